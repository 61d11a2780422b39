package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.igfreport.Finding;
import org.igfreport.ReportValidator;
import org.junit.jupiter.api.Test;

/**
 * Paragraph ends in the discussions and way forward of pdftotext renderings (the sixth draw of the
 * rendering matrix, copied unchanged into src/test/resources/regressions/, see its README): the
 * lines are measured in the font whose metrics explain the cell's wrapping (the renderings are set
 * in Liberation Serif, whose narrow lower case makes a short last line look full in sans-serif
 * metrics), and a page break after a full line that does not end a sentence ends no paragraph, even
 * before a capital.
 */
class ProseParagraphsTest {

    private static List<Finding> findings(String file) {
        return ReportValidator.builder().build().validate(Path.of("src/test/resources/regressions/" + file)).findings();
    }

    private static List<Finding> paragraphCounts(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule().equals("paragraph-count")).toList();
    }

    @Test
    void aShortLastLineInASerifCellEndsTheParagraph() {
        // w13-2015-defective/word-top.pdf.txt: three paragraphs of discussions; "regulators and
        // emergency services are too rare." leaves room for "Operators" in Times' metrics (4 % under
        // the widest line), not in Helvetica's; a page break stands inside the second paragraph
        assertThat(paragraphCounts(findings("serif-paragraph-end-and-page-break.pdf.txt"))).isEmpty();
        // w03-2017-defective/word-top.pdf.layout.txt: three one-sentence paragraphs of way forward,
        // "should be reduced and paid in instalments." / "Registries will share ..."
        assertThat(paragraphCounts(findings("serif-paragraph-end-in-a-short-cell.pdf.layout.txt"))).isEmpty();
    }

    @Test
    void aPageBreakBeforeANameEndsNoParagraph() {
        // w04-2015-defective/word-top.pdf.txt: "differ between population groups. Participants from" /
        // blank line, form feed / "Nigeria described long queues": two paragraphs of discussions, not three
        List<Finding> counts = paragraphCounts(findings("page-break-before-a-name.pdf.txt"));
        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).section()).isEqualTo("discussions");
        assertThat(counts.get(0).message()).contains("has 2 paragraphs");
    }

    @Test
    void theSerifMetricsAreTakenWhereTheyExplainTheWrapping() {
        // the w13 discussions lines: in Helvetica's metrics "as public infrastructure. A participant
        // from Fiji noted that" with "the" is narrower than the widest line, yet it wrapped
        List<Line> lines = WrappedLinesTest.lines("Speakers from Tonga described the eleven days in which",
                "the country was cut off after the volcanic eruption. Several",
                "participants said that governments should treat backup links",
                "as public infrastructure. A participant from Fiji noted that",
                "the regional cable map is not published, which makes", "planning harder.");
        assertThat(Paragraphs.serif(lines)).isTrue();
    }
}
