package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check --write-baseline FILE} accepts today's findings; {@code check --baseline FILE}
 * reports only new ones, whatever was inserted above them, and {@code baseline-stale} for fixed ones.
 */
class BaselineTest {

    @TempDir
    Path project;

    private Path report;
    private Path baseline;
    private String original;

    @BeforeEach
    void accept() throws Exception {
        report = Files.createDirectories(project.resolve("reports")).resolve("ws.txt");
        original = Files.readString(Path.of("examples/office/defective.txt"));
        Files.writeString(report, original);
        baseline = project.resolve("ci/baseline.json");
        Cli write = Cli.run("check", "-q", "--write-baseline", baseline.toString(), project.resolve("reports").toString());
        assertThat(write.status()).as(write.err()).isZero();
        assertThat(write.out()).as("the findings are still printed").contains("[section-empty]");
    }

    private JsonNode findings() {
        Cli run = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), project.resolve("reports").toString());
        assertThat(run.err()).isEmpty();
        return JsonMapper.shared().readTree(run.out()).at("/reports/0/findings");
    }

    private static List<String> rules(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("rule").stringValue() + " " + f.get("section").asString("")));
        return out;
    }

    private void edit(String after, String inserted) throws Exception {
        String text = Files.readString(report);
        assertThat(text).contains(after);
        Files.writeString(report, text.replace(after, after + inserted));
    }

    @Test
    void theBaselineIsSortedStableAndRelativeToItsFolder() throws Exception {
        String text = Files.readString(baseline, StandardCharsets.UTF_8);
        List<String> entries = text.lines().filter(l -> l.startsWith("    {")).toList();
        assertThat(entries).hasSize(6).isSorted().allMatch(l -> l.contains("\"path\": \"../reports/ws.txt\""));
        assertThat(text).startsWith("{\n  \"tool\": \"igf-report\",\n  \"version\": 1,\n");
        Cli again = Cli.run("check", "-q", "--write-baseline", baseline.toString(), project.resolve("reports").toString());
        assertThat(again.status()).isZero();
        assertThat(Files.readString(baseline)).as("written again over itself, byte for byte").isEqualTo(text);
        assertThat(rules(findings())).isEmpty();
    }

    @Test
    void linesInsertedAboveTheFindingsChangeNothingAndOneNewProblemIsOneNewFinding() throws Exception {
        // a speaker above Peter Smith's entry, a key issue above the one with two sentences (now issue 2)
        edit("Ana Lima, Ministry of Communications, Brazil\n", "\nRosa Ortiz, University of Chile\n");
        edit("Key Issues raised (1 sentence per issue):\n", "\nSmall firms need clear rules for data transfers.\n");
        assertThat(Cli.run("check", report.toString()).out()).as("the lines moved").contains("ws.txt:19:1: warning [speaker-affiliation]")
                .contains("Key issue 2 has 2 sentences");
        assertThat(rules(findings())).isEmpty();

        edit("Mei Chen, Tsinghua University\n", "\nJohn Roe\n");
        assertThat(rules(findings())).containsExactly("speaker-affiliation speakers");
        assertThat(findings().at("/0/message").stringValue()).contains("John Roe");
    }

    @Test
    void aFixedFindingIsAStaleEntryAndFailsNothing() throws Exception {
        Files.writeString(report, original.replace("Peter Smith\n", "Peter Smith, University of Oxford\n"));
        JsonNode findings = findings();
        assertThat(rules(findings)).containsExactly("baseline-stale speakers");
        assertThat(findings.at("/0/severity").stringValue()).isEqualTo("info");
        assertThat(findings.at("/0/message").stringValue()).contains("speaker-affiliation");
        assertThat(Cli.run("check", "--baseline", baseline.toString(), "--fail-on", "warning", report.toString()).status())
                .isZero();
    }

    @Test
    void aDeletedOrRenamedReportLeavesItsEntriesStale() throws Exception {
        Path renamed = report.resolveSibling("ws-2025.txt");
        Files.move(report, renamed);
        Cli run = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), project.resolve("reports").toString());
        JsonNode reports = JsonMapper.shared().readTree(run.out()).at("/reports");
        assertThat(reports.get(0).at("/path").stringValue()).endsWith("reports/ws-2025.txt");
        assertThat(rules(reports.get(0).at("/findings"))).as("the renamed report's findings are new").hasSize(6)
                .doesNotContain("baseline-stale");
        assertThat(reports.get(1).at("/path").stringValue()).endsWith("reports/ws.txt");
        assertThat(rules(reports.get(1).at("/findings"))).hasSize(6).allMatch(r -> r.startsWith("baseline-stale "));
        assertThat(reports.get(1).at("/findings/0/severity").stringValue()).isEqualTo("info");
        assertThat(reports.get(1).at("/findings/0/message").stringValue()).contains("not checked");

        Files.delete(renamed);
        Cli gone = Cli.run("check", "--baseline", baseline.toString(), "--fail-on", "warning", project.resolve("reports").toString());
        assertThat(gone.status()).as("stale entries fail nothing").isZero();
        assertThat(gone.out()).contains("reports/ws.txt:1:1: info [baseline-stale]").contains("0 errors, 0 warnings, 6 infos");
    }

    @Test
    void onlyTheEntriesUnderThePathsCheckedAreCompared() throws Exception {
        Path other = report.resolveSibling("other.txt");
        Files.writeString(other, original);
        assertThat(Cli.run("check", "-q", "--write-baseline", baseline.toString(), project.resolve("reports").toString()).status())
                .isZero();
        Files.delete(other);
        // one file named, or read from standard input under its name: the other report's entries are not compared
        Cli one = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), report.toString());
        assertThat(JsonMapper.shared().readTree(one.out()).at("/reports")).hasSize(1);
        assertThat(rules(JsonMapper.shared().readTree(one.out()).at("/reports/0/findings"))).isEmpty();
        Cli stdin = Cli.runWithInput(original, "check", "--format", "json", "--baseline", baseline.toString(),
                "--stdin-filename", report.toString(), "-");
        assertThat(JsonMapper.shared().readTree(stdin.out()).at("/reports")).as(stdin.err()).hasSize(1);
        assertThat(rules(JsonMapper.shared().readTree(stdin.out()).at("/reports/0/findings"))).isEmpty();
        // its folder checked: they are
        Cli all = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), project.resolve("reports").toString());
        JsonNode reports = JsonMapper.shared().readTree(all.out()).at("/reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).at("/path").stringValue()).endsWith("reports/other.txt");
        assertThat(rules(reports.get(1).at("/findings"))).hasSize(6).allMatch(r -> r.startsWith("baseline-stale "));
        // excluded by the configuration: not checked, so stale too
        Files.writeString(other, original);
        Path config = Files.writeString(project.resolve("igf.yaml"), "exclude:\n  - \"other.txt\"\n");
        Cli excluded = Cli.run("check", "--format", "json", "--config", config.toString(), "--baseline", baseline.toString(),
                project.resolve("reports").toString());
        assertThat(rules(JsonMapper.shared().readTree(excluded.out()).at("/reports/1/findings"))).hasSize(6)
                .allMatch(r -> r.startsWith("baseline-stale "));
    }

    @Test
    void aBaselineThatIsNotOneIsAnErrorOfTheCommand() throws Exception {
        Files.writeString(baseline, "{\"findings\": 3}");
        Cli run = Cli.run("check", "--baseline", baseline.toString(), report.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.oneErrorLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("baseline.json");
    }
}
