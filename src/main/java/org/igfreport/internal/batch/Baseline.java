package org.igfreport.internal.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.output.Fingerprints;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A baseline: the findings a project has accepted ({@code check --write-baseline FILE}), so that
 * a run with {@code --baseline FILE} reports only new ones. An entry is a report's path (relative
 * to the baseline file's folder, with '/' separators, {@code ../} where the report is outside it), the rule, the section and the finding's
 * {@link Fingerprints fingerprint}, which survives edits elsewhere in the report. The file is JSON,
 * one entry per line, sorted by path, rule, section and fingerprint, so that it diffs well:
 * <pre>
 * {
 *   "tool": "igf-report",
 *   "version": 1,
 *   "findings": [
 *     {"path": "reports/ws12.docx", "rule": "paragraph-count", "section": "discussions", "fingerprint": "..."}
 *   ]
 * }
 * </pre>
 */
public final class Baseline {

    /** The version of the file's format. */
    public static final int VERSION = 1;

    /**
     * One accepted finding.
     *
     * @param path the report's path, relative to the baseline file's folder, '/' separators
     * @param rule the rule id
     * @param section the section id, or {@code null}
     * @param fingerprint the finding's fingerprint
     */
    public record Entry(String path, String rule, String section, String fingerprint) {
    }

    /** The order of the file: path, rule, section (none first), fingerprint. */
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
            .thenComparing(e -> e.section() == null ? "" : e.section()).thenComparing(Entry::fingerprint);

    private final Path dir;
    private final Map<String, List<Entry>> byPath;

    private Baseline(Path dir, Map<String, List<Entry>> byPath) {
        this.dir = dir;
        this.byPath = byPath;
    }

    /**
     * Reads a baseline file.
     *
     * @param file the file
     * @return the baseline
     * @throws BatchException when it cannot be read or is not a baseline
     */
    public static Baseline load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = ReportFinder.slashed(file);
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(Files.readString(abs, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            String why = e instanceof JacksonException j ? j.getOriginalMessage() : ReportFinder.reason(e);
            throw new BatchException(Texts.format("baseline.cannot-read", name, why));
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray() || !root.path("version").isInt()
                || root.path("version").intValue() != VERSION) {
            throw new BatchException(Texts.format("baseline.bad", name, "{\"version\": " + VERSION + ", \"findings\": [...]}"));
        }
        Map<String, List<Entry>> byPath = new LinkedHashMap<>();
        for (JsonNode f : findings.values()) {
            String path = f.path("path").asString("");
            String rule = f.path("rule").asString("");
            String fingerprint = f.path("fingerprint").asString("");
            JsonNode section = f.path("section");
            if (path.isEmpty() || rule.isEmpty() || fingerprint.isEmpty()) {
                throw new BatchException(Texts.format("baseline.bad", name, f.toString()));
            }
            byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(
                    new Entry(path, rule, section.isString() ? section.stringValue() : null, fingerprint));
        }
        return new Baseline(abs.getParent(), byPath);
    }

    /**
     * @param dir the baseline file's folder
     * @param cwd the folder the result's path is relative to
     * @param result a report's result
     * @return the report's path as the baseline writes it
     */
    static String key(Path dir, Path cwd, ReportResult result) {
        Path abs = cwd.resolve(result.path()).toAbsolutePath().normalize();
        try {
            return ReportFinder.slashed(dir.relativize(abs));
        } catch (IllegalArgumentException e) {
            return ReportFinder.slashed(abs); // another drive or file system: no relative path leads there
        }
    }

    /**
     * @param cwd the folder the result's path is relative to
     * @param result a report's result
     * @return the baseline's entries for that report which match no finding of it (in file order),
     *     and the findings it has not accepted (in report order), in that order
     */
    Split split(Path cwd, ReportResult result) {
        List<Entry> entries = byPath.getOrDefault(key(dir, cwd, result), List.of());
        List<String> fingerprints = Fingerprints.of(result.findings());
        Set<String> accepted = new HashSet<>();
        for (Entry e : entries) {
            accepted.add(e.rule() + "\u0000" + e.fingerprint());
        }
        Set<String> seen = new HashSet<>();
        List<Finding> fresh = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            Finding f = result.findings().get(i);
            String k = f.rule() + "\u0000" + fingerprints.get(i);
            if (accepted.contains(k)) {
                seen.add(k);
            } else {
                fresh.add(f);
            }
        }
        List<Entry> stale = entries.stream().filter(e -> !seen.contains(e.rule() + "\u0000" + e.fingerprint())).toList();
        return new Split(fresh, stale);
    }

    /**
     * The entries of reports this run did not check although it checked their place: the report is
     * under one of {@code roots} (a folder checked, or the file itself), but no result was for it
     * (deleted, renamed, excluded, no longer a report). Entries of reports outside every root are left
     * alone, as checkstyle, PMD and ESLint compare only what they check: naming one file on the command
     * line says nothing about the others.
     *
     * @param checked the keys ({@link #key(Path, ReportResult)}) of the results of this run
     * @param roots the absolute, normalised paths the run checked (files and folders)
     * @return those entries, in file order
     */
    List<Entry> unchecked(Set<String> checked, List<Path> roots) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> e : byPath.entrySet()) {
            if (checked.contains(e.getKey())) {
                continue;
            }
            Path abs;
            try {
                abs = dir.resolve(e.getKey()).normalize();
            } catch (java.nio.file.InvalidPathException bad) {
                continue; // a path this file system cannot name: not one of its reports
            }
            for (Path root : roots) {
                if (abs.startsWith(root)) {
                    out.addAll(e.getValue());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * @param cwd the folder the result's path is relative to
     * @param result a report's result
     * @return the report's path as this baseline writes it
     */
    String key(Path cwd, ReportResult result) {
        return key(dir, cwd, result);
    }

    /**
     * @param entry one of this baseline's entries
     * @return the absolute path of its report
     */
    Path file(Entry entry) {
        return dir.resolve(entry.path()).normalize();
    }

    /**
     * @param fresh the findings the baseline does not accept
     * @param stale the entries that no longer occur
     */
    record Split(List<Finding> fresh, List<Entry> stale) {
    }

    /**
     * @param dir the baseline file's folder
     * @param cwd the folder the result's path is relative to
     * @param result a report's result
     * @return its entries
     */
    static List<Entry> entries(Path dir, Path cwd, ReportResult result) {
        String path = key(dir, cwd, result);
        List<String> fingerprints = Fingerprints.of(result.findings());
        List<Entry> out = new ArrayList<>(fingerprints.size());
        for (int i = 0; i < fingerprints.size(); i++) {
            Finding f = result.findings().get(i);
            out.add(new Entry(path, f.rule(), f.section(), fingerprints.get(i)));
        }
        return out;
    }

    /**
     * @param entries the entries, in any order
     * @return the file's text: sorted, one entry per line, ending in a line break
     */
    static String text(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(ORDER).toList();
        StringBuilder sb = new StringBuilder("{\n  \"tool\": \"igf-report\",\n  \"version\": " + VERSION + ",\n  \"findings\": [");
        JsonMapper json = JsonMapper.shared();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ").append("{\"path\": ").append(json.writeValueAsString(e.path()))
                    .append(", \"rule\": ").append(json.writeValueAsString(e.rule()))
                    .append(", \"section\": ").append(json.writeValueAsString(e.section()))
                    .append(", \"fingerprint\": ").append(json.writeValueAsString(e.fingerprint())).append('}');
        }
        sb.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }
}
