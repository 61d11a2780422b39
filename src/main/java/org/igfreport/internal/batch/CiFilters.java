package org.igfreport.internal.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Texts;

/**
 * What a run does to each result after checking it, the same for the command line and the Maven
 * goal: the configuration's {@code suppressions:} ({@link ConfigSuppressions}), then the baseline
 * ({@code --baseline}: accepted findings dropped, {@code baseline-stale} for entries that no longer
 * occur), while collecting the entries of {@code --write-baseline}. {@link #finish()} gives the
 * {@code unused-suppression} findings of the configuration file, as a result of its own. The
 * severities of {@code rules:} apply to the findings made here. Results are handed in one at a
 * time, in order (not thread-safe).
 */
public final class CiFilters {

    private static final String UNUSED = "unused-suppression";
    private static final String STALE = "baseline-stale";

    private final Config cfg;
    private final Path configFile;
    private final Path configDir;
    private final Path cwd;
    private final Baseline baseline;
    private final Path writeBaseline;
    private final boolean[] pathMatched;
    private final boolean[] used;
    private final List<Baseline.Entry> written = new ArrayList<>();
    /** The baseline's keys of the reports checked in this run. */
    private final java.util.Set<String> checked = new java.util.HashSet<>();
    /** The paths this run checks (absolute), or {@code null} when not told ({@link #checking}). */
    private List<Path> roots;
    /** The same paths as given (relative or absolute), in the same order. */
    private List<Path> given;

    /**
     * @param cfg the configuration
     * @param configFile the configuration file, or {@code null}
     * @param cwd the working folder results' paths are relative to
     * @param baselineFile the baseline to filter by ({@code --baseline}), or {@code null}
     * @param writeBaselineFile where to write the current findings as a baseline, or {@code null}
     * @throws BatchException when the baseline cannot be read
     */
    public CiFilters(Config cfg, Path configFile, Path cwd, Path baselineFile, Path writeBaselineFile) {
        this.cfg = cfg;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.configFile = configFile == null ? null : this.cwd.resolve(configFile).normalize();
        this.configDir = this.configFile == null ? this.cwd : this.configFile.getParent();
        this.baseline = baselineFile == null ? null : Baseline.load(this.cwd.resolve(baselineFile));
        this.writeBaseline = writeBaselineFile == null ? null : this.cwd.resolve(writeBaselineFile).normalize();
        this.pathMatched = new boolean[cfg.suppressions().size()];
        this.used = new boolean[cfg.suppressions().size()];
    }

    /**
     * Tells what this run checks, so that {@link #finish()} can report the baseline's entries for
     * reports under those paths that were not checked (deleted, renamed, excluded) as
     * {@code baseline-stale}. Entries of reports outside them are not compared: checking one file
     * says nothing about the others.
     *
     * @param paths the files and folders named (relative to the working folder, or absolute; for
     *     standard input, the name it is checked under)
     */
    public void checking(List<Path> paths) {
        List<Path> abs = new ArrayList<>(paths.size());
        for (Path p : paths) {
            abs.add(cwd.resolve(p).toAbsolutePath().normalize());
        }
        roots = List.copyOf(abs);
        given = List.copyOf(paths);
    }

    /**
     * How a file this run did not check (a baseline's report, the configuration file) is shown: as the
     * reports are, in the terms of the command line (as checkstyle and ESLint show paths as given). Under a
     * path checked: that path as given, then the rest ({@code ../reports/old.txt} for {@code check ../reports});
     * else relative to the working folder, with {@code ../} when outside it, unless every path given was
     * absolute (then absolute).
     */
    String shown(Path file) {
        if (roots != null) {
            for (int i = 0; i < roots.size(); i++) {
                if (file.startsWith(roots.get(i))) {
                    return ReportFinder.slashed(given.get(i).resolve(roots.get(i).relativize(file)).normalize());
                }
            }
        }
        if (file.startsWith(cwd)) {
            return ReportFinder.slashed(cwd.relativize(file));
        }
        boolean absolute = given != null && !given.isEmpty();
        for (Path g : given == null ? List.<Path>of() : given) {
            absolute &= g.isAbsolute();
        }
        if (!absolute) {
            try {
                return ReportFinder.slashed(cwd.relativize(file));
            } catch (IllegalArgumentException e) {
                // another drive: no relative path leads there
            }
        }
        return ReportFinder.slashed(file);
    }

    /** @return whether this run writes a baseline (and so always exits with 0) */
    public boolean writesBaseline() {
        return writeBaseline != null;
    }

    /** @return the files this run reads or writes besides reports, which a folder search must not check */
    public List<Path> ownFiles() {
        return writeBaseline == null ? List.of() : List.of(writeBaseline);
    }

    /**
     * @param result a report's result, as checked
     * @return it with the configuration's suppressions and the baseline applied
     */
    public ReportResult apply(ReportResult result) {
        List<Finding> findings = suppress(result);
        ReportResult r = new ReportResult(result.path(), result.format(), result.template(), findings, result.sections(), result.facts());
        if (writeBaseline != null) {
            written.addAll(Baseline.entries(writeBaseline.getParent(), cwd, r));
        }
        if (baseline == null) {
            return r;
        }
        checked.add(baseline.key(cwd, r));
        Baseline.Split split = baseline.split(cwd, r);
        List<Finding> out = new ArrayList<>(split.fresh());
        Severity level = severity(STALE);
        if (level != null) {
            for (Baseline.Entry e : split.stale()) {
                var at = e.section() == null ? null : r.sections().get(e.section());
                out.add(finding(STALE, level, e.section(), at == null ? Location.START : Location.of(at.line(), 1, 1),
                        STALE, e.rule()));
            }
        }
        return new ReportResult(r.path(), r.format(), r.template(), out, r.sections(), r.facts());
    }

    private List<Finding> suppress(ReportResult result) {
        List<ConfigSuppressions.Entry> entries = cfg.suppressions();
        if (entries.isEmpty()) {
            return result.findings();
        }
        Path abs = cwd.resolve(result.path()).toAbsolutePath().normalize();
        boolean[] here = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            here[i] = ConfigSuppressions.matchesPath(entries.get(i), configDir, abs);
            pathMatched[i] |= here[i];
        }
        List<Finding> out = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            boolean covered = false;
            for (int i = 0; i < entries.size(); i++) {
                if (here[i] && entries.get(i).covers(f)) {
                    covered = true;
                    used[i] = true;
                }
            }
            if (!covered) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * @return the {@code baseline-stale} findings of the baseline's entries for reports under the
     *     paths checked ({@link #checking}) that were not checked, one result per report, in the
     *     baseline's order; then the configuration file's {@code unused-suppression} findings (a
     *     suppression whose path matched a report checked in this run but which suppressed nothing),
     *     as one result (also a suppression whose path matched no report although the run checked
     *     every report it could match); empty when there are none
     */
    public List<ReportResult> finish() {
        List<ReportResult> out = new ArrayList<>(unchecked());
        ReportResult unused = unused();
        if (unused != null) {
            out.add(unused);
        }
        return out;
    }

    /** The results of the baseline's reports under the paths checked that were not checked. */
    private List<ReportResult> unchecked() {
        Severity level = severity(STALE);
        if (baseline == null || roots == null || level == null) {
            return List.of();
        }
        Map<Path, List<Finding>> byFile = new java.util.LinkedHashMap<>();
        for (Baseline.Entry e : baseline.unchecked(checked, roots)) {
            byFile.computeIfAbsent(baseline.file(e), f -> new ArrayList<>())
                    .add(finding(STALE, level, e.section(), Location.START, "baseline-stale.unchecked", e.rule()));
        }
        List<ReportResult> out = new ArrayList<>(byFile.size());
        for (Map.Entry<Path, List<Finding>> e : byFile.entrySet()) {
            Path file = e.getKey();
            String shown = shown(file);
            out.add(new ReportResult(shown, org.igfreport.internal.read.Readers.forName(shown).format(), null,
                    e.getValue(), Map.of()));
        }
        return out;
    }

    private ReportResult unused() {
        Severity level = severity(UNUSED);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if ((pathMatched[i] || allChecked(cfg.suppressions().get(i))) && !used[i] && level != null) {
                ConfigSuppressions.Entry e = cfg.suppressions().get(i);
                findings.add(finding(UNUSED, level, e.section(), Location.of(e.line(), 1, 1), "unused-suppression.config",
                        e.rule(), e.path()));
            }
        }
        if (findings.isEmpty()) {
            return null;
        }
        return new ReportResult(shown(configFile), "yaml", null, findings, Map.of());
    }

    /**
     * @param e a suppression
     * @return whether this run checked every report its path could match: the folder its pattern names
     *     before the first wildcard (or the file, for a pattern without one) is under a path checked,
     *     so a pattern that matched no report (a misspelt name, a report since deleted) is unused
     */
    private boolean allChecked(ConfigSuppressions.Entry e) {
        if (roots == null) {
            return false;
        }
        String p = e.path();
        int wild = 0;
        while (wild < p.length() && "*?[{\\".indexOf(p.charAt(wild)) < 0) {
            wild++;
        }
        String literal = wild == p.length() ? p : p.substring(0, p.lastIndexOf('/', wild) + 1);
        Path target;
        try {
            target = configDir.resolve(literal).normalize();
        } catch (java.nio.file.InvalidPathException bad) {
            return false;
        }
        for (Path root : roots) {
            if (target.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the baseline of {@code --write-baseline} (atomically, over an old one), when asked for.
     *
     * @throws BatchException when it cannot be written
     */
    public void writeBaseline() {
        if (writeBaseline == null) {
            return;
        }
        try (AtomicOutput out = new AtomicOutput(writeBaseline)) {
            out.stream().write(Baseline.text(written).getBytes(StandardCharsets.UTF_8));
            out.commit();
        } catch (java.io.IOException e) {
            throw new BatchException(Texts.format("output.cannot-write", writeBaseline, ReportFinder.reason(e)));
        }
    }

    /** The severity the configuration gives a rule, its default info where it says nothing, {@code null} when off. */
    private Severity severity(String rule) {
        String level = cfg.rules().get(rule);
        if (level == null) {
            return Severity.INFO;
        }
        return level.equals("off") ? null : Severity.of(level);
    }

    private static Finding finding(String rule, Severity severity, String section, Location at, String key, Object... args) {
        return new Finding(rule, severity, section, Messages.format(key, args), at, "", null, key, List.of(args));
    }
}
