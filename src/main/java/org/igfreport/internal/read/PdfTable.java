package org.igfreport.internal.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The bordered tables of one page as rows of cells: every glyph goes to the cell whose box holds
 * it, and the cells of one row of the table (cells side by side, a merged label beside several
 * answers included) make a {@link Band}. The glyphs outside every cell are the page's free text.
 * A page is read this way only when one of its rows has two cells or more (a single framed box is
 * not the template's table); the label is the first cell, the answer the others, left to right.
 */
final class PdfTable {

    /** One line of a cell, with the page it is on and the cell's text edges. */
    record CellLine(int page, PdfLayout.VLine line, float left, float right) {
    }

    /** A row of the table: its label lines and answer lines (one cell spanning the table has answer lines only). */
    static final class Band {
        final List<CellLine> label = new ArrayList<>();
        final List<CellLine> answer = new ArrayList<>();
        final boolean single;
        final float y0;
        final float split;
        final boolean openTop;
        boolean openBottom;

        Band(boolean single, float y0, float split, boolean openTop, boolean openBottom) {
            this.single = single;
            this.y0 = y0;
            this.split = split;
            this.openTop = openTop;
            this.openBottom = openBottom;
        }

        boolean labelBlank() {
            return label.isEmpty();
        }

        /** @return the band's text, to recognise a header row repeated on the next page */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (CellLine l : label) {
                sb.append(PdfLayout.text(l.line().glyphs)).append('\n');
            }
            sb.append('|');
            for (CellLine l : answer) {
                sb.append(PdfLayout.text(l.line().glyphs)).append('\n');
            }
            return sb.toString();
        }

        /**
         * Whether {@code next}, the first row on the next page, is the rest of this row, the
         * last on its page: a border missing at the cut, or one part without its label.
         */
        boolean continuedBy(Band next) {
            if (single != next.single || !single && Math.abs(split - next.split) > 3f) {
                return false;
            }
            if (openBottom || next.openTop) {
                return true;
            }
            if (single) {
                return false;
            }
            if (next.labelBlank() && !next.answer.isEmpty() || labelBlank() && !answer.isEmpty()) {
                return true; // one part has the whole label
            }
            // Both parts have label lines (a long label cut too): the next part goes on with a lower-case word.
            return startsLowerCase(next.label) || startsLowerCase(next.answer);
        }

        private static boolean startsLowerCase(List<CellLine> lines) {
            if (lines.isEmpty()) {
                return false;
            }
            String t = PdfLayout.text(lines.get(0).line().glyphs);
            return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
        }

        void append(Band next) {
            label.addAll(next.label);
            answer.addAll(next.answer);
            openBottom = next.openBottom;
        }
    }

    /**
     * A page split into its table rows and its free text.
     *
     * @param bands the table rows, top to bottom
     * @param free the glyphs outside every cell
     */
    record Layout(List<Band> bands, PdfLayout.Page free) {
    }

    private PdfTable() {
    }

    /**
     * @param page the page with its glyphs
     * @param cells the cells of the page's bordered tables
     * @param lineNumbers the baselines of the page's lines, top to bottom (line k+1 at index k)
     * @return the page's bands and free text, or {@code null} when the page has no table of two columns
     */
    static Layout layout(PdfLayout.Page page, List<PdfGrid.Cell> cells, float[] lineNumbers) {
        if (cells.size() < 2) {
            return null;
        }
        List<List<PdfGrid.Cell>> bands = new ArrayList<>();
        float bandBottom = -Float.MAX_VALUE;
        boolean twoColumns = false;
        for (PdfGrid.Cell c : cells) {
            if (bands.isEmpty() || c.y0() >= bandBottom - PdfGrid.TOL) {
                bands.add(new ArrayList<>());
                bandBottom = c.y1();
            } else {
                bandBottom = Math.max(bandBottom, c.y1());
            }
            List<PdfGrid.Cell> band = bands.get(bands.size() - 1);
            band.add(c);
            twoColumns |= band.size() >= 2;
        }
        if (!twoColumns) {
            return null;
        }
        List<List<PdfLayout.Glyph>> inCell = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            inCell.add(new ArrayList<>());
        }
        List<PdfLayout.Glyph> free = new ArrayList<>();
        for (PdfLayout.Glyph g : page.glyphs()) {
            float cx = g.x() + g.w() / 2;
            float cy = g.y() - 0.3f * g.size();
            int at = -1;
            for (int k = 0; k < cells.size() && at < 0; k++) {
                if (cells.get(k).holds(cx, cy)) {
                    at = k;
                }
            }
            (at < 0 ? free : inCell.get(at)).add(g);
        }
        List<Band> out = new ArrayList<>();
        for (List<PdfGrid.Cell> b : bands) {
            b.sort((p, q) -> p.x0() != q.x0() ? Float.compare(p.x0(), q.x0()) : Float.compare(p.y0(), q.y0()));
            boolean openTop = false;
            boolean openBottom = false;
            for (PdfGrid.Cell c : b) {
                openTop |= c.openTop();
                openBottom |= c.openBottom();
            }
            boolean single = b.size() == 1;
            Band band = new Band(single, b.get(0).y0(), single ? Float.NaN : b.get(0).x1(), openTop, openBottom);
            for (int k = 0; k < b.size(); k++) {
                PdfGrid.Cell c = b.get(k);
                List<CellLine> into = k == 0 && !single ? band.label : band.answer;
                into.addAll(lines(page, c, inCell.get(cells.indexOf(c)), lineNumbers));
            }
            out.add(band);
        }
        return new Layout(out, new PdfLayout.Page(page.number(), page.width(), page.height(), free));
    }

    /** The lines of one cell, numbered as lines of the page, with the cell's text edges. */
    private static List<CellLine> lines(PdfLayout.Page page, PdfGrid.Cell c, List<PdfLayout.Glyph> glyphs,
            float[] lineNumbers) {
        List<CellLine> out = new ArrayList<>();
        if (glyphs.isEmpty()) {
            return out;
        }
        List<PdfLayout.VLine> ls = PdfLayout.lines(new PdfLayout.Page(page.number(), page.width(), page.height(), glyphs));
        float left = Float.MAX_VALUE;
        for (PdfLayout.VLine l : ls) {
            left = Math.min(left, l.x0());
        }
        float padding = Math.max(0f, left - c.x0());
        float right = c.x1() - padding; // the padding taken as the same on both sides
        for (PdfLayout.VLine l : ls) {
            right = Math.max(right, l.x1()); // the text edge is at least where the longest line ends
        }
        for (PdfLayout.VLine l : ls) {
            out.add(new CellLine(page.number(), PdfLayout.renumber(l, lineNumber(lineNumbers, l.y) ), left, right));
        }
        return out;
    }

    /** The number of the page's line nearest to a baseline. */
    static int lineNumber(float[] ys, float y) {
        int lo = 0;
        int hi = ys.length - 1;
        if (hi < 0) {
            return 1;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ys[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(ys[lo - 1] - y) <= Math.abs(ys[lo] - y)) {
            lo--;
        }
        return lo + 1;
    }
}
