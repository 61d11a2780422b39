package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.igfreport.Limits;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDFs that LibreOffice saved from Word files (src/test/resources/pdf-tables, made by
 * make_fixtures.py) are read by their table borders: whatever the label cell's vertical alignment,
 * the PDF gives the findings of its Word file.
 */
class PdfTablesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final Path DIR = Path.of("src/test/resources/pdf-tables");

    static Stream<Arguments> layouts() {
        return Stream.of("centred", "top", "bottom", "midpage", "long").flatMap(layout ->
                Stream.of("compliant", "defective").map(kind -> Arguments.of(layout + "-" + kind)));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void thePdfGivesTheFindingsOfItsWordFile(String name) {
        ReportResult word = VALIDATOR.validate(DIR.resolve(name + ".docx"));
        ReportResult pdf = VALIDATOR.validate(DIR.resolve(name + ".pdf"));
        assertThat(word.template()).isEqualTo("igf-2017-workshop");
        assertThat(pdf.template()).isEqualTo(word.template());
        List<String> expected = findings(word);
        if (name.equals("long-defective")) {
            // At 15 pt "Communications, Brazil" ends a full line, so "Peter Smith" on the next line
            // cannot be told from its continuation: the one finding the geometry cannot give.
            expected = expected.stream().filter(f -> !f.equals("speaker-affiliation speakers")).toList();
        }
        assertThat(findings(pdf)).isEqualTo(expected);
        pdf.sections().forEach((id, s) -> {
            if (!id.equals("speakers")) { // wrapped speakers without paragraph spacing: see above
                assertThat(s.paragraphs()).as(id).isEqualTo(word.sections().get(id).paragraphs());
            }
        });
    }

    @Test
    void aCentredLabelReadsAtTheTopOfItsAnswer() throws IOException {
        Document d = read("centred-compliant");
        Row rapporteur = d.rows().stream().filter(r -> r.isTableRow() && r.label().text().startsWith("Rapporteur"))
                .findFirst().orElseThrow();
        assertThat(rapporteur.body().text()).isEqualTo("John Roe, University of Geneva");
        int key = indexOfLabel(d.rows(), "Key Issues raised");
        assertThat(d.rows().get(key).body().text()).isEqualTo("Data localisation rules raise costs");
        assertThat(d.rows().get(key).label().line()).as("the label keeps its own line on the page")
                .isGreaterThan(d.rows().get(key).body().line());
        assertThat(d.rows().get(key).body().page()).isEqualTo(1);
    }

    /**
     * A centred four-line label beside an answer of three paragraphs with paragraph spacing (s05
     * of the rendering matrix): the spacing puts label lines between answer lines, and each label
     * line must still go beside an answer line, not on a row without answer text (a paragraph end
     * in the middle of a paragraph).
     */
    @Test
    void aCentredLabelBesideSpacedParagraphsLeavesTheParagraphsWhole() throws IOException {
        Path pdf = Path.of("src/test/resources/rendering/s05-2015-compliant/word-centred.pdf");
        List<Row> rows = new PdfReader().read(Files.readAllBytes(pdf), "word-centred.pdf", org.igfreport.internal.base.Limits.DEFAULTS).rows();
        int start = indexOfLabel(rows, "Please describe any Participant");
        List<Row> cell = rows.subList(start, rows.size());
        assertThat(cell).allSatisfy(r -> assertThat(r.body().text()).isNotBlank());
        assertThat(cell).filteredOn(r -> r.breakAfter() == org.igfreport.internal.document.Break.HARD).extracting(r -> r.body().text())
                .containsExactly("see the benefit from the start.", "members.", "measured.");
        assertThat(cell.get(3).label().text()).isEqualTo("takeaways: (3 paragraphs)");
    }

    @Test
    void fourPointsAfterATwelvePointParagraphEndIt() {
        // src/test/resources/regressions/README.md: the way forward's first paragraph ends on a full
        // line; only the 4 pt after it (a gap of 1.29 line pitches) tells it from a wrapped line
        Path dir = Path.of("src/test/resources/regressions");
        ReportResult word = VALIDATOR.validate(dir.resolve("spaced-paragraphs-12pt.docx"));
        ReportResult pdf = VALIDATOR.validate(dir.resolve("spaced-paragraphs-12pt.pdf"));
        assertThat(pdf.sections().get("way_forward").paragraphs()).isEqualTo(3);
        assertThat(findings(pdf)).isEqualTo(findings(word));
    }

    @Test
    void aSentenceEndingAFullLineAtTheFootOfAPageDoesNotEndTheParagraph() {
        // src/test/resources/regressions/README.md: presentation 3 wraps over the page break after
        // "...public interest content." on a full line, and the next page starts "Broadcasters..."
        Path dir = Path.of("src/test/resources/regressions");
        ReportResult word = VALIDATOR.validate(dir.resolve("page-break-after-a-sentence-on-a-full-line.docx"));
        ReportResult pdf = VALIDATOR.validate(dir.resolve("page-break-after-a-sentence-on-a-full-line.pdf"));
        assertThat(pdf.sections().get("presentations").paragraphs()).isEqualTo(3);
        assertThat(findings(pdf)).isEqualTo(findings(word));
    }

    @Test
    void aPageBreakInsideACellBesideTheRestOfItsLabelIsNoParagraphEnd() {
        // src/test/resources/regressions/README.md: the discussions row runs over a page break after
        // "...drills involving operators," beside "during the workshop session:", and its label's
        // last line "(3 paragraphs)" stands beside "regulators and emergency services are too rare."
        Path dir = Path.of("src/test/resources/regressions");
        ReportResult word = VALIDATOR.validate(dir.resolve("row-over-a-page-break-beside-its-cut-label.docx"));
        ReportResult pdf = VALIDATOR.validate(dir.resolve("row-over-a-page-break-beside-its-cut-label.pdf"));
        assertThat(pdf.sections().get("discussions").paragraphs()).isEqualTo(3);
        assertThat(findings(pdf)).isEqualTo(findings(word));
    }

    @Test
    void aLineThatLeavesRoomForTheNextWordEndsItsParagraphWithoutAGap() {
        // src/test/resources/regressions/README.md: "should be reduced and paid in instalments." /
        // "Participants asked for an impact review..." at the cell's usual line pitch; "Participants"
        // and a space would have fitted before the cell's right edge (2.8 pt to spare)
        Path dir = Path.of("src/test/resources/regressions");
        ReportResult word = VALIDATOR.validate(dir.resolve("paragraph-end-with-room-for-the-next-word.docx"));
        ReportResult pdf = VALIDATOR.validate(dir.resolve("paragraph-end-with-room-for-the-next-word.pdf"));
        assertThat(pdf.sections().get("way_forward").paragraphs()).isEqualTo(3);
        assertThat(findings(pdf)).isEqualTo(findings(word));
    }

    @Test
    void aRowCutByAPageBreakIsOneCellAndTheRepeatedHeaderIsReadOnce() throws IOException {
        Document d = read("long-compliant");
        assertThat(d.rows().stream().filter(r -> r.body().text().equals("IGF 2017 Workshop Report"))).hasSize(1);
        int i = indexOfLabel(d.rows(), "Please describe the");
        List<Row> rows = d.rows();
        int pageTwo = i;
        while (rows.get(pageTwo).body().page() == 1) {
            pageTwo++;
        }
        assertThat(rows.get(pageTwo).isTableRow()).isTrue();
        assertThat(rows.get(pageTwo).label().text()).isEmpty();
        assertThat(rows.get(pageTwo - 1).breakAfter()).isEqualTo(org.igfreport.internal.document.Break.SOFT);
    }

    @Test
    void textAboveTheTableIsFullWidth() throws IOException {
        Document d = read("midpage-compliant");
        assertThat(d.rows().get(1).isTableRow()).isFalse();
        assertThat(d.rows().get(1).body().text()).startsWith("This report was written by the rapporteur");
        assertThat(d.rows().get(1).breakAfter()).isEqualTo(org.igfreport.internal.document.Break.SOFT);
    }

    @Test
    void aTableWithoutBordersIsReadByItsColumns() throws IOException {
        List<Row> rows = read("borderless-compliant").rows();
        // The fallback finds the label column from the x positions of the lines (top-aligned rows).
        assertThat(rows).anyMatch(r -> r.isTableRow() && r.label().text().equals("Date")
                && r.body().text().equals("19 December 2017"));
    }

    private static Document read(String name) throws IOException {
        return new PdfReader().read(Files.readAllBytes(DIR.resolve(name + ".pdf")), name + ".pdf", org.igfreport.internal.base.Limits.DEFAULTS);
    }

    private static int indexOfLabel(List<Row> rows, String start) {
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).isTableRow() && rows.get(k).label().text().startsWith(start)) {
                return k;
            }
        }
        throw new AssertionError("no label " + start);
    }

    private static List<String> findings(ReportResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.section()).sorted().toList();
    }
}
