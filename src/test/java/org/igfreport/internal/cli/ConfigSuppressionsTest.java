package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code suppressions:} of the configuration file work for every format, Word and PDF included
 * (which have no comments to suppress a finding in), and one that suppresses nothing is reported.
 */
class ConfigSuppressionsTest {

    @TempDir
    Path project;

    @BeforeEach
    void reports() throws Exception {
        Path reports = Files.createDirectories(project.resolve("reports"));
        Files.copy(Path.of("examples/office/table-defective.docx"), reports.resolve("ws12.docx"));
        Files.copy(Path.of("examples/office/defective.pdf"), reports.resolve("ws13.pdf"));
    }

    private Cli check(String config) throws Exception {
        Path file = Files.writeString(project.resolve(".igf-report.yaml"), config);
        return Cli.run("check", "--config", file.toString(), project.resolve("reports").toString());
    }

    @Test
    void aWordAndAPdfFindingAreSuppressedByPathRuleSectionAndText() throws Exception {
        Cli before = check("rules: {}\n");
        assertThat(before.out()).contains("ws12.docx: row \"Please describe the Discussions")
                .contains("ws13.pdf:9:1: warning [speaker-affiliation] The speaker \"Peter Smith\"");
        Cli after = check("""
                suppressions:
                  - {path: "reports/ws12.docx", rule: paragraph-count, section: discussions, reason: "agreed with the Secretariat"}
                  - path: "reports/*.pdf"
                    rule: speaker-affiliation
                    text: "peter  SMITH"
                    reason: a private person, who asked not to be named with an organisation
                """);
        assertThat(after.err()).isEmpty();
        assertThat(after.out()).doesNotContain("Please describe the Discussions").doesNotContain("ws13.pdf:9:1")
                .doesNotContain("unused-suppression")
                .contains("ws12.docx: row \"Please describe any Participant") // the other paragraph-count stays
                .contains("ws12.docx: row \"List of Speakers"); // the speaker in the Word file: another path
        assertThat(before.out().lines().count() - after.out().lines().count()).isEqualTo(2);
    }

    @Test
    void aSuppressionThatSuppressesNothingIsReportedAtItsLine() throws Exception {
        Cli run = check("""
                rules:
                  paragraph-count: warning
                suppressions:
                  - {path: "reports/*.pdf", rule: date-format, reason: "the date was checked by hand"}
                  - {path: "elsewhere/*.pdf", rule: date-format, reason: "not checked in this run"}
                """);
        assertThat(run.out()).contains(".igf-report.yaml:4:1: info [unused-suppression] This suppression of date-format"
                + " (for \"reports/*.pdf\") matches no finding")
                .doesNotContain("elsewhere");
        assertThat(run.out().lines().filter(l -> l.contains("[unused-suppression]")).count()).isEqualTo(1);
        Cli off = check("""
                rules:
                  unused-suppression: off
                suppressions:
                  - {path: "reports/*.pdf", rule: date-format, reason: "the date was checked by hand"}
                """);
        assertThat(off.out()).doesNotContain("unused-suppression");
    }

    @Test
    void aSuppressionWhosePathMatchesNoReportIsUnusedWhenEveryReportItCouldMatchWasChecked() throws Exception {
        String config = """
                suppressions:
                  - {path: "reports/ws12.dox", rule: paragraph-count, reason: "a misspelt name"}
                  - {path: "reports/old/*.docx", rule: date-format, reason: "reports since deleted"}
                  - {path: "elsewhere/*.pdf", rule: date-format, reason: "not checked in this run"}
                """;
        Cli run = check(config);
        assertThat(run.out()).contains(".igf-report.yaml:2:1: info [unused-suppression] This suppression of paragraph-count"
                + " (for \"reports/ws12.dox\")")
                .contains(".igf-report.yaml:3:1: info [unused-suppression] This suppression of date-format (for \"reports/old/*.docx\")")
                .doesNotContain("elsewhere");
        Path file = project.resolve(".igf-report.yaml");
        Cli one = Cli.run("check", "--config", file.toString(), project.resolve("reports/ws13.pdf").toString());
        assertThat(one.out()).as("one report checked: the others may match").doesNotContain("unused-suppression");
    }

    @Test
    void aSuppressionWithoutAReasonOrWithAnUnknownRuleIsAConfigurationError() throws Exception {
        Cli noReason = check("""
                suppressions:
                  - path: "reports/*.pdf"
                    rule: date-format
                """);
        assertThat(noReason.status()).isEqualTo(2);
        assertThat(noReason.err()).contains(".igf-report.yaml:2:").contains("reason");
        Cli unknown = check("""
                suppressions:
                  - {path: "**", rule: date-formats, reason: "typo"}
                """);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("date-formats");
    }
}
