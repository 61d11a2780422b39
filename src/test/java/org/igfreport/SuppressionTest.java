package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline suppressions: what they hide, what they don't, and reporting the ones that hide nothing. */
class SuppressionTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    private static String seed002() throws Exception {
        return Files.readString(Path.of("seeds/002_ea2340172add3216.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> rules(ReportResult r) {
        return r.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aCommentDisablesARuleFromItsLineOn() throws Exception {
        String text = seed002().replace("- Key Issues raised (1 sentence per issue)",
                "<!-- igf-report-disable sentences-per-item -->\n- Key Issues raised (1 sentence per issue)");
        ReportResult r = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.md");
        assertThat(rules(r)).doesNotContain("sentences-per-item", "unused-suppression").contains("gender-summary");
    }

    @Test
    void anEnableCommentEndsTheRange() throws Exception {
        String text = seed002()
                .replace("- Key Issues raised (1 sentence per issue)",
                        "<!-- igf-report-disable sentences-per-item -->\n- Key Issues raised (1 sentence per issue)")
                .replace("The extent towhich", "<!-- igf-report-enable sentences-per-item -->\n\nThe extent towhich");
        ReportResult r = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.md");
        // key issue 1 is covered, key issue 3 (after the enable comment) is not
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("sentences-per-item")).hasSize(1)
                .allSatisfy(f -> assertThat(f.message()).startsWith("Key issue 3"));
    }

    @Test
    void aSuppressionThatHidesNothingIsReportedAsInfo() throws Exception {
        String text = "<!-- igf-report-disable speaker-affiliation -->\n" + seed002();
        ReportResult r = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.txt");
        Finding unused = r.findings().stream().filter(f -> f.rule().equals("unused-suppression")).findFirst().orElseThrow();
        assertThat(unused.severity()).isEqualTo(Severity.INFO);
        assertThat(unused.location().line()).isEqualTo(1);
        assertThat(unused.message()).contains("speaker-affiliation");
        assertThat(rules(r)).contains("sentences-per-item");
    }

    @Test
    void plainTextReportsTakeTheSameComment() throws Exception {
        String text = seed002().replace("Gender Reporting", "<!-- igf-report-disable gender-summary -->\nGender Reporting");
        ReportResult r = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.txt");
        assertThat(rules(r)).doesNotContain("gender-summary").contains("gender-participants");
    }

    @Test
    void structuredReportsListRulesUnderAKey() throws Exception {
        String yaml = Files.readString(Path.of("examples/reports/defective.yaml"), StandardCharsets.UTF_8);
        ReportResult before = VALIDATOR.validate(yaml.getBytes(StandardCharsets.UTF_8), "r.yaml");
        assertThat(rules(before)).contains("sentences-per-item");
        String withKey = "x-igf-report-disable: [sentences-per-item, word-count]\n" + yaml;
        ReportResult after = VALIDATOR.validate(withKey.getBytes(StandardCharsets.UTF_8), "r.yaml");
        assertThat(rules(after)).doesNotContain("sentences-per-item");
        assertThat(after.findings()).filteredOn(f -> f.rule().equals("unused-suppression"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("word-count"));
    }
}
