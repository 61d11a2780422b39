package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.igfreport.internal.output.JsonWriterTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void theCiOutputsAndTheMavenLogNameTheRowAndTheParagraphToo(@TempDir Path project) throws Exception {
        String row = "row \"List of Speakers and their institutional affiliations\", paragraph 2";
        assertThat(Cli.run("check", "--format", "github", DOCX).out()).as("no line: the paragraph number Word never shows")
                .contains("::warning file=" + DOCX + ",title=[speaker-affiliation]::" + row + ": The speaker \"Peter Smith\"")
                .contains("::error file=" + DOCX + ",title=[section-empty]::row \"Time\": The section")
                .contains("::error file=" + DOCX + ",line=12,col=1,title=[section-missing]::");
        assertThat(Cli.run("check", "--format", "junit", DOCX).out())
                .contains(DOCX + ": " + row + ": warning [speaker-affiliation]")
                .contains(DOCX + ":12:1: error [section-missing]");
        assertThat(Cli.run("check", "--format", "markdown", DOCX).out())
                .contains("| " + DOCX + " | row \"List of Speakers and their institutional affiliations\", paragraph 2 | warning |")
                .contains("| " + DOCX + " | 12 | error |");
        JsonNode quality = JsonMapper.shared().readTree(Cli.run("check", "--format", "codequality", DOCX).out());
        assertThat(quality.at("/2/description").stringValue()).startsWith(row + ": The speaker \"Peter Smith\"");
        assertThat(quality.at("/2/location/lines/begin").intValue()).isEqualTo(14);

        java.util.List<String> log = new java.util.ArrayList<>();
        org.igfreport.internal.maven.CheckMojo mojo = new org.igfreport.internal.maven.CheckMojo();
        mojo.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                log.add(content.toString());
            }

            @Override
            public void error(CharSequence content) {
                log.add(content.toString());
            }
        });
        Path reports = Files.createDirectories(project.resolve("reports"));
        Files.copy(Path.of(DOCX), reports.resolve("ws.docx"));
        for (String[] field : new String[][] {{"basedir", ""}, {"failOn", "never"}}) {
            java.lang.reflect.Field f = mojo.getClass().getDeclaredField(field[0]);
            f.setAccessible(true);
            f.set(mojo, field[0].equals("basedir") ? project.toFile() : field[1]);
        }
        mojo.execute();
        assertThat(log).contains("reports/ws.docx: " + row + ": [speaker-affiliation] The speaker \"Peter Smith\" is listed"
                + " without an institutional affiliation. Add it after the name, e.g. \"Peter Smith (Organisation)\".")
                .anyMatch(l -> l.startsWith("reports/ws.docx:12: [section-missing]"));
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
