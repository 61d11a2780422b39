package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rendering matrix (issue 12): every source report under {@code src/test/resources/rendering/}
 * was rendered by the real tools (python-docx, LibreOffice, pdftotext; {@code generate.py}) as
 * Word with top-aligned and with centred label cells, the PDF of each, {@code pdftotext} default,
 * {@code -layout} and {@code -raw} text of each PDF, LibreOffice's text export, Markdown and YAML.
 * Every rendering must give exactly the source's findings at warning or error (rule, section,
 * severity, as a multiset), its template and the exit status of {@code check} with
 * {@code --fail-on error}. Only the findings {@code expected.json} declares uncertain for that
 * rendering (the rendering destroyed the information, e.g. a paragraph that ends on a full line
 * with no blank line after it) are not compared.
 *
 * <p>{@code known-failures.txt} lists the renderings the readers do not read right yet: they are
 * reported as skipped with what goes wrong, and a listed rendering that passes fails
 * {@link #knownFailuresStillFail()}, so the list can only shrink.
 */
class RenderingMatrixTest {

    static final Path ROOT = Path.of("src/test/resources/rendering");
    static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");
    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Rendering path (source/file) to its mismatch, "" when it gives the source's findings. */
    private static final Map<String, String> RESULTS = new ConcurrentHashMap<>();

    /** Every (source, rendering) pair: source folder and file name, in sorted order. */
    static List<Path> renderings() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> !f.getFileName().toString().equals("expected.json")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    /** The rendering kind: the file name, e.g. {@code word-centred.pdf.layout.txt}. */
    static String kind(Path rendering) {
        return rendering.getFileName().toString();
    }

    static String id(Path rendering) {
        return rendering.getParent().getFileName() + "/" + rendering.getFileName();
    }

    /** known-failures.txt: rendering path to reason. */
    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(KNOWN_FAILURES)) {
            return out;
        }
        for (String line : Files.readAllLines(KNOWN_FAILURES, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int space = t.indexOf(' ');
            out.put(space < 0 ? t : t.substring(0, space), space < 0 ? "" : t.substring(space + 1).strip());
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRenderingGivesTheSourcesFindings() throws IOException {
        List<Path> all = renderings();
        assertThat(all).as("renderings under " + ROOT).hasSizeGreaterThanOrEqualTo(6 * 12);
        Map<String, String> known = knownFailures();
        return all.stream().map(r -> DynamicTest.dynamicTest(id(r), () -> {
            String mismatch = result(r);
            if (known.containsKey(id(r))) {
                if (mismatch.isEmpty()) {
                    fail(id(r) + " now gives its source's findings: remove it from " + KNOWN_FAILURES);
                }
                Assumptions.abort("known failure (" + known.get(id(r)) + "):\n" + mismatch);
            }
            if (!mismatch.isEmpty()) {
                fail(mismatch);
            }
        }));
    }

    /** The list of known failures can only shrink: each entry names a rendering that still fails. */
    @TestFactory
    Stream<DynamicTest> knownFailuresStillFail() throws IOException {
        Set<String> existing = new java.util.HashSet<>(renderings().stream().map(RenderingMatrixTest::id).toList());
        return knownFailures().keySet().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            assertThat(existing).as("the rendering named in " + KNOWN_FAILURES).contains(id);
            assertThat(result(ROOT.resolve(id)))
                    .as(id + " gives its source's findings now: remove it from " + KNOWN_FAILURES)
                    .isNotEmpty();
        }));
    }

    /** The comparison itself must see a difference: a finding too many, one too few, another exit. */
    @Test
    void comparisonSeesEveryKindOfDifference() {
        Expectation want = new Expectation("s", "igf-2017-workshop", 0,
                List.of(new Key("paragraph-count", "discussions", "warning")), Map.of(), Map.of());
        assertThat(compare("x", want, "igf-2017-workshop", List.of())).contains("missing", "paragraph-count");
        Finding extra = new Finding("speaker-affiliation", Severity.WARNING, "speakers", "m", Location.START, "Foundation)", null);
        Finding para = new Finding("paragraph-count", Severity.WARNING, "discussions", "m", Location.START, "", null);
        assertThat(compare("x", want, "igf-2017-workshop", List.of(para, extra))).contains("extra", "Foundation)");
        Finding error = new Finding("section-missing", Severity.ERROR, "time", "m", Location.START, "", null);
        assertThat(compare("x", want, "igf-2017-workshop", List.of(para, error))).contains("exit 1 (expected 0)");
        assertThat(compare("x", want, "igf-2016-workshop", List.of(para))).contains("template igf-2016-workshop");
        assertThat(compare("x", want, "igf-2017-workshop", List.of(para))).isEmpty();
    }

    /** Pass counts per rendering kind, for the README and the engineers fixing the readers. */
    @AfterAll
    static void writeSummary() throws IOException {
        if (RESULTS.isEmpty()) {
            return;
        }
        Map<String, int[]> perKind = new TreeMap<>();
        for (Map.Entry<String, String> e : RESULTS.entrySet()) {
            int[] c = perKind.computeIfAbsent(e.getKey().substring(e.getKey().indexOf('/') + 1), k -> new int[2]);
            c[1]++;
            if (e.getValue().isEmpty()) {
                c[0]++;
            }
        }
        StringBuilder sb = new StringBuilder("# Rendering matrix: renderings that give their source's findings\n\n");
        sb.append("| rendering | pass |\n|---|---|\n");
        int pass = 0;
        for (Map.Entry<String, int[]> e : perKind.entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append('/').append(e.getValue()[1]).append(" |\n");
            pass += e.getValue()[0];
        }
        sb.append("\nAll: ").append(pass).append('/').append(RESULTS.size()).append("\n\n## Failures\n");
        RESULTS.entrySet().stream().filter(e -> !e.getValue().isEmpty()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("\n```\n").append(e.getValue()).append("```\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "rendering-matrix.md"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static String result(Path rendering) {
        return RESULTS.computeIfAbsent(id(rendering), k -> {
            Expectation want = Expectation.read(rendering.getParent().resolve("expected.json"));
            ReportResult r = VALIDATOR.validate(rendering);
            return compare(id(rendering), want, r.template(), r.findings());
        });
    }

    /**
     * @return "" when the rendering gives the source's findings, else a message naming the
     *     rendering, the missing and the extra findings (with messages, locations and excerpts)
     */
    static String compare(String rendering, Expectation want, String template, List<Finding> findings) {
        Map<Key, String> uncertain = want.uncertain().getOrDefault(kind(Path.of(rendering)), Map.of());
        List<Key> missing = new ArrayList<>(want.findings().stream().filter(k -> !uncertain.containsKey(k)).toList());
        List<Finding> extra = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            Key k = new Key(f.rule(), f.section(), f.severity().id());
            if (uncertain.containsKey(k)) {
                continue;
            }
            if (!missing.remove(k)) {
                extra.add(f);
            }
        }
        int exit = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
        boolean exitUncertain = uncertain.keySet().stream().anyMatch(k -> k.severity().equals("error"));
        boolean templateOk = want.template().equals(template);
        if (missing.isEmpty() && extra.isEmpty() && templateOk && (exit == want.exit() || exitUncertain)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(rendering).append(": template ").append(template)
                .append(templateOk ? "" : " (expected " + want.template() + ")").append(", exit ").append(exit)
                .append(exit == want.exit() ? "" : " (expected " + want.exit() + ")").append('\n');
        for (Key k : missing) {
            sb.append("  missing ").append(k).append(" (").append(want.why().getOrDefault(k, "")).append(")\n");
        }
        extra.sort(Comparator.naturalOrder());
        Set<Key> shown = new java.util.HashSet<>();
        for (Finding f : extra) {
            Key k = new Key(f.rule(), f.section(), f.severity().id());
            if (want.findings().contains(k)) {
                if (!shown.add(k)) {
                    continue;
                }
                // which of these is the one too many cannot be told by key: show them all
                List<Finding> same = findings.stream().filter(g -> new Key(g.rule(), g.section(), g.severity().id()).equals(k)).toList();
                sb.append("  extra   ").append(k).append(": ").append(same.size()).append(" found, ")
                        .append(want.findings().stream().filter(k::equals).count()).append(" expected; all of them:\n");
                same.forEach(g -> describe(sb.append("         "), g));
                continue;
            }
            describe(sb.append("  extra   ").append(k), f);
        }
        if (!uncertain.isEmpty()) {
            sb.append("  not compared (uncertain in this rendering): ").append(uncertain.keySet()).append('\n');
        }
        return sb.toString();
    }

    private static void describe(StringBuilder sb, Finding f) {
        Location l = f.location();
        sb.append(" at ").append(l.page() != null ? "page " + l.page() + " " : "").append("line ").append(l.line())
                .append(": ").append(f.message()).append("\n          excerpt: \"").append(f.excerpt()).append("\"\n");
    }

    /** A finding as the matrix compares it. */
    record Key(String rule, String section, String severity) {
        @Override
        public String toString() {
            return rule + " " + section + " " + severity;
        }
    }

    /** One source's expected.json. */
    record Expectation(String source, String template, int exit, List<Key> findings, Map<Key, String> why,
            Map<String, Map<Key, String>> uncertain) {

        static final Map<Path, Expectation> CACHE = new ConcurrentHashMap<>();

        static Expectation read(Path file) {
            return CACHE.computeIfAbsent(file, f -> {
                JsonNode root = JSON.readTree(f.toFile());
                List<Key> findings = new ArrayList<>();
                Map<Key, String> why = new LinkedHashMap<>();
                for (JsonNode n : root.get("findings")) {
                    Key k = key(n);
                    findings.add(k);
                    why.merge(k, n.path("why").asString(""), (a, b) -> a + "; " + b);
                }
                Map<String, Map<Key, String>> uncertain = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : root.get("uncertain").properties()) {
                    Map<Key, String> m = new LinkedHashMap<>();
                    for (JsonNode n : e.getValue()) {
                        m.put(key(n), n.get("reason").asString());
                    }
                    uncertain.put(e.getKey(), m);
                }
                return new Expectation(root.get("source").asString(), root.get("template").asString(),
                        root.get("exit").asInt(), findings, why, uncertain);
            });
        }

        private static Key key(JsonNode n) {
            return new Key(n.get("rule").asString(), n.get("section").isNull() ? null : n.get("section").asString(),
                    n.get("severity").asString());
        }
    }
}
