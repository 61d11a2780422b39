package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Cells from ruling lines: synthetic segment sets and the rulings LibreOffice draws. */
class PdfGridTest {

    private static PdfGrid.Segment h(float y, float x0, float x1) {
        return new PdfGrid.Segment(x0, y, x1, y);
    }

    private static PdfGrid.Segment v(float x, float y0, float y1) {
        return new PdfGrid.Segment(x, y0, x, y1);
    }

    @Test
    void aTwoByTwoTableDrawnCellByCellGivesFourCells() {
        List<PdfGrid.Segment> s = new ArrayList<>();
        // Each cell's own border, as a word processor draws it: overlapping, slightly off pieces.
        for (float[] c : new float[][] {{100, 100, 200, 150}, {200, 100, 400, 150}, {100, 150, 200, 220}, {200, 150, 400, 220}}) {
            s.add(h(c[1], c[0], c[2]));
            s.add(h(c[3] + 0.4f, c[0], c[2] - 0.3f));
            s.add(v(c[0], c[1], c[3]));
            s.add(v(c[2] - 0.5f, c[1], c[3]));
        }
        List<PdfGrid.Cell> cells = PdfGrid.cells(s);
        assertThat(cells).hasSize(4);
        assertThat(cells.get(0).x0()).isEqualTo(100f);
        assertThat(cells.get(1).x1()).isCloseTo(400f, org.assertj.core.data.Offset.offset(1f));
        assertThat(cells).noneMatch(c -> c.openTop() || c.openBottom());
    }

    @Test
    void aMissingInnerBorderMergesCells() {
        // Row 1 spans both columns (no vertical at x=200 there), row 2 has two cells.
        List<PdfGrid.Segment> s = List.of(h(100, 100, 400), h(150, 100, 400), h(220, 100, 400),
                v(100, 100, 220), v(400, 100, 220), v(200, 150, 220));
        List<PdfGrid.Cell> cells = PdfGrid.cells(s);
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0)).isEqualTo(new PdfGrid.Cell(100, 100, 400, 150, false, false));
    }

    @Test
    void aRowCutByThePageWithoutBottomBorderIsOpen() {
        // The side borders run down to the page's end, where no horizontal line closes the row.
        List<PdfGrid.Segment> s = List.of(h(100, 100, 400), h(150, 100, 400),
                v(100, 100, 700), v(200, 100, 700), v(400, 100, 700));
        List<PdfGrid.Cell> cells = PdfGrid.cells(s);
        assertThat(cells).hasSize(4);
        assertThat(cells.subList(2, 4)).allMatch(c -> c.openBottom() && !c.openTop() && c.y1() == 700f);
    }

    @Test
    void linesThatCloseNoBoxGiveNoCells() {
        assertThat(PdfGrid.cells(List.of(h(100, 100, 400), h(120, 100, 400)))).isEmpty();
        assertThat(PdfGrid.cells(List.of(h(100, 100, 400), v(500, 100, 300)))).isEmpty();
    }

    @Test
    void theBordersLibreOfficeDrawsGiveTheTemplatesTwoColumns() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/pdf-tables/centred-compliant.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PdfGrid.Cell> cells = PdfGrid.cells(new PdfRulings(doc.getPage(0), new PdfBudget(new ReadBudget(org.igfreport.internal.base.Limits.DEFAULTS))).collect());
            // Session Title .. Discussions, label and answer: 9 rows of two cells on page 1.
            assertThat(cells).hasSize(18);
            float split = cells.get(0).x1();
            assertThat(cells).allMatch(c -> Math.abs(c.x0() - split) < 1 || Math.abs(c.x1() - split) < 1);
            assertThat(cells.get(cells.size() - 1).y1()).isLessThan(doc.getPage(0).getCropBox().getHeight());
        }
        byte[] borderless = Files.readAllBytes(Path.of("src/test/resources/pdf-tables/borderless-compliant.pdf"));
        try (PDDocument doc = Loader.loadPDF(borderless)) {
            assertThat(PdfGrid.cells(new PdfRulings(doc.getPage(0), new PdfBudget(new ReadBudget(org.igfreport.internal.base.Limits.DEFAULTS))).collect())).isEmpty();
        }
    }
}
