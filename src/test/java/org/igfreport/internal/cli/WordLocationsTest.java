package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.igfreport.internal.output.JsonWriterTestAccess;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For a Word table, findings name the row (its label) and the paragraph within its answer cell,
 * which Word users can follow; JSON and SARIF keep the line (the paragraph number) and add both.
 */
class WordLocationsTest {

    private static final String DOCX = "examples/office/table-defective.docx";

    @Test
    void textAndHtmlNameTheRowAndTheParagraph() {
        String text = Cli.run("check", DOCX).out();
        assertThat(text).contains(DOCX + ": row \"List of Speakers and their institutional affiliations\", paragraph 2: warning"
                + " [speaker-affiliation] The speaker \"Peter Smith\"")
                .contains(DOCX + ": row \"Time\": error [section-empty]")
                .contains(DOCX + ":12:1: error [section-missing]"); // no row: the section is not there
        assertThat(Cli.run("check", "--format", "html", DOCX).out())
                .contains("row &quot;List of Speakers and their institutional affiliations&quot;, paragraph 2");
    }

    @Test
    void aRowIsNamedByItsLabelNotTheHintBelowItInTheSameCell() {
        // init's blank Word form: each label cell holds the label, then a hint paragraph
        String text = Cli.run("check", "src/test/resources/forms/igf-2019-session-blank.docx").out();
        assertThat(text).contains("igf-2019-session-blank.docx: row \"2. Discussion Areas\": error [section-empty]")
                .doesNotContain("The areas the discussion covered.\":");
    }

    @Test
    void jsonAndSarifKeepTheLineAndAddTheRowAndParagraph() {
        String json = Cli.run("check", "--format", "json", DOCX).out();
        assertThat(JsonWriterTestAccess.problems(json)).isEmpty();
        JsonNode findings = JsonMapper.shared().readTree(json).at("/reports/0/findings");
        JsonNode speaker = findings.get(2);
        assertThat(speaker.at("/rule").stringValue()).isEqualTo("speaker-affiliation");
        assertThat(speaker.at("/location/line").intValue()).isEqualTo(14);
        assertThat(speaker.at("/location/row").stringValue()).isEqualTo("List of Speakers and their institutional affiliations");
        assertThat(speaker.at("/location/paragraph").intValue()).isEqualTo(2);
        assertThat(findings.get(1).at("/location").has("row")).as("section-missing: no row").isFalse();
        assertThat(findings.get(4).at("/location/row").stringValue()).as("a long label is shortened")
                .endsWith("\u2026").hasSizeLessThanOrEqualTo(60);
        String txt = Cli.run("check", "--format", "json", "examples/office/defective.txt").out();
        assertThat(txt).doesNotContain("\"row\"").doesNotContain("\"paragraph\"");

        JsonNode sarif = JsonMapper.shared().readTree(Cli.run("check", "--format", "sarif", DOCX).out()).at("/runs/0/results/2");
        assertThat(sarif.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(14);
        assertThat(sarif.at("/properties/row").stringValue()).isEqualTo("List of Speakers and their institutional affiliations");
        assertThat(sarif.at("/properties/paragraph").intValue()).isEqualTo(2);
    }
}
