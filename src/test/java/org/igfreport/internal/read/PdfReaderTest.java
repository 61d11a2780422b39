package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

/** The PDF reader rebuilds the two-column template from glyph positions. */
class PdfReaderTest {

    private static final PdfReader READER = new PdfReader();

    private static Document read(List<OfficeFixtures.Part> parts, boolean header) {
        return READER.read(OfficeFixtures.pdf(parts, header), "r.pdf", Limits.DEFAULTS);
    }

    @Test
    void tellsTheLabelColumnFromTheAnswerColumn() {
        Document d = read(OfficeFixtures.compliant(), false);
        assertThat(d.unreadable()).isFalse();
        assertThat(d.format()).isEqualTo("pdf");
        Row title = d.rows().get(0);
        // A short full-width line that fits in the label column cannot be told from a label.
        assertThat(title.isTableRow() ? title.label().text() : title.body().text())
                .isEqualTo("IGF 2017 Reporting Template");
        Row date = d.rows().stream().filter(r -> r.isTableRow() && r.label().text().equals("Date")).findFirst()
                .orElseThrow();
        assertThat(date.body().text()).isEqualTo("19 December 2017");
        assertThat(date.body().column()).isEqualTo("Date".length() + 2);
        assertThat(date.body().page()).isEqualTo(1);
    }

    @Test
    void wrappedLinesAreSoftAndParagraphEndsHard() {
        Document d = read(OfficeFixtures.compliant(), false);
        List<Row> rows = d.rows();
        int first = indexOfBodyStarting(rows, "Participants discussed how");
        assertThat(rows.get(first).breakAfter()).isEqualTo(Break.SOFT);
        int second = indexOfBodyStarting(rows, "The second part of the discussion");
        assertThat(rows.get(second - 1).breakAfter()).isEqualTo(Break.HARD);
        assertThat(rows.get(second).label().text()).isEmpty();
    }

    @Test
    void aTableRowGoesOnAcrossThePageBreak() {
        // In the defective report the page break falls inside the way-forward paragraph, beside the label's last line.
        Document d = read(OfficeFixtures.defective(), true);
        List<Row> rows = d.rows();
        Row firstOnPage2 = rows.stream().filter(r -> r.body().page() == 2).findFirst().orElseThrow();
        assertThat(firstOnPage2.isTableRow()).as("page 2 continues the table: " + firstOnPage2).isTrue();
        assertThat(firstOnPage2.body().text()).as("the sentence goes on").matches("[a-z].*");
        assertThat(firstOnPage2.body().line()).as("the header line is counted").isEqualTo(2);
        int i = rows.indexOf(firstOnPage2);
        Row lastOnPage1 = rows.get(i - 1);
        assertThat(lastOnPage1.body().page()).isEqualTo(1);
        assertThat(lastOnPage1.isTableRow()).isTrue();
        assertThat(lastOnPage1.body().text()).doesNotEndWith(".");
        assertThat(lastOnPage1.breakAfter()).isEqualTo(Break.SOFT);
    }

    @Test
    void dropsRunningHeadersAndPageNumbers() {
        Document d = read(OfficeFixtures.compliant(), true);
        assertThat(d.rows()).noneMatch(r -> r.body().text().contains("draft for the secretariat"));
        assertThat(d.rows()).noneMatch(r -> r.body().text().strip().matches("\\d+") && !r.isTableRow());
        assertThat(d.rows().stream().map(r -> r.body().page()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void everyFragmentHasPageAndLineOnThePage() {
        Document d = read(OfficeFixtures.compliant(), true);
        for (Row r : d.rows()) {
            assertThat(r.body().page()).isNotNull();
            assertThat(r.body().line()).isBetween(1, 80);
            if (r.isTableRow()) {
                assertThat(r.label().line()).isEqualTo(r.body().line());
            }
        }
    }

    @Test
    void pageNumbersAreRecognised() {
        assertThat(PdfLayout.isPageNumber("7")).isTrue();
        assertThat(PdfLayout.isPageNumber("Page 7 of 12")).isTrue();
        assertThat(PdfLayout.isPageNumber("- 3 -")).isTrue();
        assertThat(PdfLayout.isPageNumber("7/12")).isTrue();
        assertThat(PdfLayout.isPageNumber("2017 Reporting")).isFalse();
        assertThat(PdfLayout.isPageNumber("60 participants")).isFalse();
    }

    @Test
    void pagesPastTheLimitAreNotReadAndWarnedAbout() {
        Document d = READER.read(OfficeFixtures.pdf(OfficeFixtures.compliant(), true), "r.pdf",
                Limits.DEFAULTS.withMaxPages(1));
        assertThat(d.unreadable()).isFalse();
        assertThat(d.rows()).allMatch(r -> r.body().page() == 1);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("input-unreadable");
            assertThat(f.severity()).isEqualTo(org.igfreport.internal.base.Severity.WARNING);
            assertThat(f.message()).isEqualTo(Unreadable.warning("too-many-pages", "2", "1").message());
        });
    }

    private static int indexOfBodyStarting(List<Row> rows, String start) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).body().text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no row starts with " + start);
    }

    /**
     * The compliant report without its Time answer, with text added to page 1 that nobody sees:
     * "10:10 - 11:40" where the Time answer belongs, drawn with text render mode 3 (invisible),
     * and a sentence drawn to the right of the page, outside its crop box. Made with PDFBox.
     */
    static byte[] withInvisibleText() {
        List<OfficeFixtures.Part> parts = new java.util.ArrayList<>();
        for (OfficeFixtures.Part p : OfficeFixtures.compliant()) {
            parts.add("Time".equals(p.label()) ? new OfficeFixtures.Part("Time", List.of("")) : p);
        }
        byte[] visible = OfficeFixtures.pdf(parts, false);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(visible);
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var page = pdf.getPage(0);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
                cs.newLineAtOffset(230, 656); // the Time row's line (OfficeFixtures' geometry)
                cs.showText("10:10 - 11:40");
                cs.endText();
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(700, 400); // the page is 612 points wide
                cs.showText("Off the page where nobody reads it.");
                cs.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void invisibleAndOffPageTextIsNotReportText() {
        Document d = READER.read(withInvisibleText(), "r.pdf", Limits.DEFAULTS);
        assertThat(d.unreadable()).isFalse();
        assertThat(d.rows()).noneMatch(r -> r.body().text().contains("11:40") || r.body().text().contains("nobody"));
        Row time = d.rows().stream().filter(r -> r.isTableRow() && r.label().text().equals("Time")).findFirst()
                .orElseThrow();
        // both hidden lines are listed on page 1; the invisible answer at the Time label's line
        assertThat(d.hidden()).extracting(org.igfreport.internal.base.Location::page).containsOnly(1);
        assertThat(d.hidden()).extracting(org.igfreport.internal.base.Location::line).contains(time.label().line());
        assertThat(read(OfficeFixtures.compliant(), false).hidden()).isEmpty();
    }
}
