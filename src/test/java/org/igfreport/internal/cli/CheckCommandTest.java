package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.igfreport.internal.output.JsonWriterTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code igf-report check} on the seed reports, through {@link Main#run}. These tests hold
 * whatever the rules find: they check the shape of the output and that the exit status agrees
 * with the findings, not which findings there are.
 */
class CheckCommandTest {

    private static final Pattern FINDING = Pattern.compile("^.+:\\d+:\\d+: (error|warning|info) \\[[a-z-]+\\] .+$");
    private static final Pattern SUMMARY = Pattern.compile("^\\d+ errors?, \\d+ warnings?, \\d+ infos? in \\d+ reports?$");

    /** The seed reports: the folder's .txt files (its README and expected.json are not reports). */
    private static List<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.map(p -> "seeds/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void aFolderSearchLeavesOutReadmesAndDataFilesButANamedFileIsChecked() {
        Cli folder = Cli.run("check", "--format", "json", "seeds");
        assertThat(folder.out()).doesNotContain("seeds/README.md", "seeds/expected.json");
        Cli named = Cli.run("check", "--format", "json", "seeds/README.md");
        assertThat(named.out()).contains("seeds/README.md");
    }

    private static JsonNode json(Cli cli) {
        return JsonMapper.shared().readTree(cli.out());
    }

    @Test
    void jsonOnTheSeedsFolderFitsTheSchemaWithOneReportPerFileInSortedOrder() throws IOException {
        Cli cli = Cli.run("check", "--format", "json", "seeds");
        assertThat(cli.status()).as(cli.err()).isIn(0, 1);
        assertThat(JsonWriterTestAccess.problems(cli.out())).isEmpty();
        List<String> paths = new ArrayList<>();
        json(cli).at("/reports").forEach(r -> paths.add(r.at("/path").stringValue()));
        assertThat(paths).isEqualTo(seeds());
        assertThat(json(cli).at("/summary/reports").intValue()).isEqualTo(seeds().size());
    }

    @Test
    void theExitStatusFollowsFailOn() {
        JsonNode summary = json(Cli.run("check", "--format", "json", "seeds")).at("/summary");
        long errors = summary.at("/errors").longValue();
        long warnings = summary.at("/warnings").longValue();
        assertThat(Cli.run("check", "seeds").status()).isEqualTo(errors > 0 ? 1 : 0);
        assertThat(Cli.run("check", "--fail-on", "warning", "seeds").status()).isEqualTo(errors + warnings > 0 ? 1 : 0);
        assertThat(Cli.run("check", "--fail-on", "never", "seeds").status()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_b8681fb40b29323f.txt", "seeds/001_f98a95b21a8e4a3a.txt",
            "seeds/002_ea2340172add3216.txt", "seeds/003_04693b15ff054809.txt", "seeds/004_ff7a8bc56b674c53.txt"})
    void textReadsLikeACompiler(String seed) {
        Cli cli = Cli.run("check", "--fail-on", "never", seed);
        assertThat(cli.status()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).matches(SUMMARY).endsWith(" in 1 report");
        // before the summary, the rules found and where they are explained
        assertThat(lines.get(lines.size() - 2)).startsWith("Rules found: ").endsWith("; igf-report explain RULE tells what a rule"
                + " asks and how to fix it.");
        assertThat(lines.subList(0, lines.size() - 2)).allSatisfy(l -> assertThat(l).matches(FINDING).startsWith(seed + ":"));
        assertThat(Cli.run("check", "--quiet", "--fail-on", "never", seed).out().lines().toList())
                .isEqualTo(lines.subList(0, lines.size() - 2));
    }

    @Test
    void jsonOnOneSeedHasOneReportWithThePathAsGiven() {
        Cli cli = Cli.run("check", "--format", "json", "./seeds/../seeds/002_ea2340172add3216.txt");
        assertThat(json(cli).at("/reports").size()).isEqualTo(1);
        assertThat(json(cli).at("/reports/0/path").stringValue()).isEqualTo("seeds/002_ea2340172add3216.txt");
        assertThat(json(cli).at("/reports/0/format").stringValue()).isEqualTo("text");
    }

    @Test
    void aReportNamedTwiceIsCheckedOnce() {
        Cli cli = Cli.run("check", "--format", "json", "seeds/000_b8681fb40b29323f.txt", "seeds");
        assertThat(json(cli).at("/summary/reports").intValue()).isEqualTo(5);
        assertThat(json(cli).at("/reports/0/path").stringValue()).isEqualTo("seeds/000_b8681fb40b29323f.txt");
    }

    @Test
    void anUnknownOptionIsExit2WithOneLine() {
        Cli cli = Cli.run("check", "--bogus", "seeds");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        assertThat(cli.err()).contains("--bogus");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void badOptionValuesAreExit2() {
        for (String[] args : List.of(new String[] {"check", "--format", "xml", "seeds"},
                new String[] {"check", "--fail-on", "sometimes", "seeds"},
                new String[] {"check", "--template", "igf-1999-workshop", "seeds"},
                new String[] {"check", "--lang", "de", "seeds"},
                new String[] {"check"},
                new String[] {"frobnicate"},
                new String[0])) {
            Cli cli = Cli.run(args);
            assertThat(cli.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        }
        assertThat(Cli.run("check", "--format", "xml", "seeds").err()).contains("allowed: text, json");
    }

    @Test
    void langPicksTheSegmenterOfAFrenchReport() {
        String report = "src/test/resources/language/rapport-fr.txt";
        JsonNode auto = json(Cli.run("check", "--format", "json", report));
        JsonNode fr = json(Cli.run("check", "--format", "json", "--lang", "fr", report));
        JsonNode en = json(Cli.run("check", "--format", "json", "--lang", "EN", report));
        assertThat(auto.at("/reports/0/sections/key_issues/sentences").toString()).isEqualTo("[2,1,1]");
        assertThat(fr).isEqualTo(auto);
        assertThat(en.at("/reports/0/sections/key_issues/sentences").toString()).isEqualTo("[3,2,1]");
        assertThat(Cli.run("check", "--lang", "de", report).err()).contains("unknown language 'de'; allowed: auto, en, fr, es");
    }

    @Test
    void aMissingPathIsExit2AndNothingIsWritten() {
        Cli cli = Cli.run("check", "seeds", "no/such/report.txt");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("igf-report: no such file or folder: no/such/report.txt\n");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void outputGoesToTheFileAtomically(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/findings.json");
        Cli cli = Cli.run("check", "--format", "json", "-o", target.toString(), "seeds");
        assertThat(cli.status()).isIn(0, 1);
        assertThat(cli.out()).isEmpty();
        assertThat(JsonWriterTestAccess.problems(Files.readString(target))).isEmpty();
        Files.writeString(target, "old");
        Cli.run("check", "--output", target.toString(), "seeds/000_b8681fb40b29323f.txt");
        assertThat(Files.readString(target)).endsWith(" in 1 report\n");
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void anUnwritableOutputIsExit2(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli underAFile = Cli.run("check", "-o", file.resolve("out.json").toString(), "seeds");
        assertThat(underAFile.status()).isEqualTo(2);
        assertThat(underAFile.oneErrorLine()).as(underAFile.err()).isTrue();
        Cli aFolder = Cli.run("check", "-o", dir.toString(), "seeds");
        assertThat(aFolder.status()).isEqualTo(2);
        assertThat(aFolder.err()).contains("it is a folder");
    }

    @Test
    void neverWritesToAReportItChecks(@TempDir Path dir) throws IOException {
        Path report = Files.copy(Path.of("seeds/000_b8681fb40b29323f.txt"), dir.resolve("r.txt"));
        byte[] before = Files.readAllBytes(report);
        Cli cli = Cli.run("check", "-o", report.toString(), report.toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
        // an output inside the folder checked is not itself checked on the next run
        Path out = dir.resolve("out.json");
        Cli.run("check", "--format", "json", "-o", out.toString(), dir.toString());
        Cli again = Cli.run("check", "--format", "json", "-o", out.toString(), dir.toString());
        assertThat(JsonMapper.shared().readTree(Files.readString(out)).at("/summary/reports").intValue()).isEqualTo(1);
        assertThat(again.status()).isIn(0, 1);
    }

    @Test
    void aBadTemplateFileIsExit2(@TempDir Path dir) throws IOException {
        Path t = Files.writeString(dir.resolve("mine.yaml"), "id: [unclosed\n");
        Cli cli = Cli.run("check", "--template", t.toString(), "seeds");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        assertThat(cli.err()).contains("mine.yaml");
    }

    @Test
    void aKnownTemplateIdIsUsed() {
        Cli cli = Cli.run("check", "--format", "json", "--template", "igf-2016-workshop", "--fail-on", "never",
                "seeds/000_b8681fb40b29323f.txt");
        assertThat(cli.status()).as(cli.err()).isZero();
        String t = json(cli).at("/reports/0/template").asString(null);
        assertThat(t == null || t.equals("igf-2016-workshop")).isTrue();
    }
}
