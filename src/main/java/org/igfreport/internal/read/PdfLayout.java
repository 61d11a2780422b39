package org.igfreport.internal.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.text.Markers;

/**
 * Rebuilds the rows of a PDF page from its glyphs and their positions, independent of PDFBox so
 * that it can be tested on its own: glyphs on one baseline make a line; a page whose line starts
 * cluster at a second x position, with (almost) no line running across it, is two-column (the
 * IGF Word template's label and answer cells); lines repeated at the same height on most pages
 * (running headers and footers) and lone page numbers at the top or bottom are dropped; and the
 * end of each row is marked {@link Break#HARD} or {@link Break#SOFT} from vertical gaps, first-line
 * indents, bullets and short lines that end a sentence. A table row that runs over a page break
 * goes on as the same paragraph unless the page ends with a sentence and the next page starts
 * one (then the page break is taken for a paragraph end).
 */
final class PdfLayout {

    /**
     * Points by which the next line's first word must fit inside a bordered cell's text edge for
     * the line to count as ended on purpose: the positions PDFBox gives are exact to a hundredth
     * of a point, so this only absorbs rounding; a wrapped line never leaves room for the word.
     */
    static final float FIT_SLACK = 0.5f;

    /** The smallest distance between the left margin and the answer column, in points. */
    private static final float MIN_COLUMN_OFFSET = 40f;

    /**
     * One glyph.
     *
     * @param text its Unicode text
     * @param x its left edge (points from the left)
     * @param y its baseline (points from the top)
     * @param w its width
     * @param size its font size in points
     * @param space the width of a space in its font
     */
    record Glyph(String text, float x, float y, float w, float size, float space) {
        float end() {
            return x + w;
        }
    }

    /**
     * The glyphs of one page.
     *
     * @param number the 1-based page number
     * @param width the page width in points
     * @param height the page height in points
     * @param glyphs the glyphs in content order
     */
    record Page(int number, float width, float height, List<Glyph> glyphs) {
    }

    /** A line of glyphs on one baseline, sorted by x. */
    static final class VLine {
        final List<Glyph> glyphs = new ArrayList<>();
        final int lineNo;
        final float y;
        float size;
        boolean dropped;

        VLine(int lineNo, float y) {
            this.lineNo = lineNo;
            this.y = y;
        }

        float x0() {
            return glyphs.get(0).x();
        }

        float x1() {
            float e = 0;
            for (Glyph g : glyphs) {
                e = Math.max(e, g.end());
            }
            return e;
        }
    }

    /** A row in the making, with the geometry that decides its break. */
    private static final class Out {
        String label;
        String body;
        int page;
        int lineNo;
        float y;
        float x0;
        float x1;
        float size;
        boolean table;
        float colX;
        float listTextX = Float.NaN;
        /** For a line of a bordered cell: the label's own line and page, the cell's right text edge, the width of the first word. */
        int labelLine;
        int labelPage;
        float cellRight = Float.NaN;
        float firstWord = Float.NaN;
        /** For a line of a bordered cell: the width of a space between its words. */
        float space = Float.NaN;
        /** The last line of a bordered cell: its paragraph ends there. */
        boolean cellEnd;
    }

    private PdfLayout() {
    }

    /**
     * @param pages the pages with their glyphs
     * @return the rows of the document in reading order
     */
    static List<Row> rows(List<Page> pages) {
        return rows(pages, List.of());
    }

    /**
     * @param pages the pages with their glyphs
     * @param grids per page, the cells of its bordered tables ({@link PdfGrid}); a page without
     *        (or past the end of the list) is read by its column geometry
     * @return the rows of the document in reading order
     */
    static List<Row> rows(List<Page> pages, List<List<PdfGrid.Cell>> grids) {
        return rows(pages, grids, false);
    }

    /**
     * @param pages the pages with their glyphs
     * @param grids per page, the cells of its bordered tables
     * @param wholeLabels whether a bordered label cell is given whole on its row's first line, its
     *        paragraphs one line each ({@link #labelParagraphs}), as the Word reader gives it: for
     *        {@code templates import}, which takes the first paragraph as the label and the rest as
     *        its help; the checker reads a label cell line by line beside its answer
     * @return the rows of the document in reading order
     */
    static List<Row> rows(List<Page> pages, List<List<PdfGrid.Cell>> grids, boolean wholeLabels) {
        List<List<VLine>> lines = new ArrayList<>();
        List<PdfTable.Layout> tables = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            PdfTable.Layout t = null;
            if (i < grids.size() && !grids.get(i).isEmpty()) {
                List<VLine> all = lines(p);
                float[] ys = new float[all.size()];
                for (int k = 0; k < ys.length; k++) {
                    ys[k] = all.get(k).y;
                }
                t = PdfTable.layout(p, grids.get(i), ys);
                if (t != null) {
                    List<VLine> free = new ArrayList<>();
                    for (VLine l : lines(t.free())) {
                        free.add(renumber(l, PdfTable.lineNumber(ys, l.y)));
                    }
                    lines.add(free);
                }
            }
            tables.add(t);
            if (t == null) {
                lines.add(lines(p));
            }
        }
        dropRunningText(pages, lines);
        float[] columns = new float[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            columns[i] = tables.get(i) == null ? answerColumn(lines.get(i)) : Float.NaN;
        }
        inheritColumns(lines, columns, tables);
        List<Out> outs = new ArrayList<>();
        PdfTable.Band open = null;
        String header = null;
        for (int i = 0; i < pages.size(); i++) {
            float left = leftMargin(lines.get(i));
            PdfTable.Layout t = tables.get(i);
            if (t == null) {
                if (open != null) {
                    cellOuts(open, outs, wholeLabels);
                    open = null;
                }
                header = null;
                for (VLine l : lines.get(i)) {
                    if (!l.dropped) {
                        outs.add(out(pages.get(i).number(), l, columns[i], left));
                    }
                }
                continue;
            }
            // The page's free lines and table rows, top to bottom.
            List<VLine> free = new ArrayList<>();
            for (VLine l : lines.get(i)) {
                if (!l.dropped) {
                    free.add(l);
                }
            }
            List<PdfTable.Band> bands = new ArrayList<>(t.bands());
            String first = bands.isEmpty() ? null : bands.get(0).text();
            if (first != null && first.equals(header) && first.length() > 2
                    && (free.isEmpty() || free.get(0).y > bands.get(0).y0)) {
                bands.remove(0); // the header row repeated on this page
            }
            header = first;
            int f = 0;
            int b = 0;
            boolean top = true;
            while (f < free.size() || b < bands.size()) {
                boolean band = f >= free.size() || b < bands.size() && bands.get(b).y0 < free.get(f).y;
                if (band) {
                    PdfTable.Band next = bands.get(b++);
                    if (open != null && top && open.continuedBy(next)) {
                        open.append(next);
                    } else {
                        if (open != null) {
                            cellOuts(open, outs, wholeLabels);
                        }
                        open = next;
                    }
                } else {
                    if (open != null) {
                        cellOuts(open, outs, wholeLabels);
                        open = null;
                    }
                    outs.add(out(pages.get(i).number(), free.get(f++), Float.NaN, left));
                }
                top = false;
            }
            if (open != null && (f < free.size() || free.size() > 0 && free.get(free.size() - 1).y > open.y0)) {
                cellOuts(open, outs, wholeLabels); // free text after the last row: the row does not go on
                open = null;
            }
        }
        if (open != null) {
            cellOuts(open, outs, wholeLabels);
        }
        return breaks(outs);
    }

    /**
     * The lines of a table row. The label's lines go beside the answer's lines in order, the first
     * beside the first (a label centred or bottom-aligned in its cell reads at the top of its
     * answer, as in the Word file); label lines past the answer's last get rows of their own.
     * Not by baseline: the answer's paragraph spacing shifts its lines against the label's, and a
     * label line between two answer lines would make a row without answer text, a paragraph end
     * in the middle of the answer.
     */
    private static void cellOuts(PdfTable.Band band, List<Out> outs, boolean wholeLabels) {
        List<PdfTable.CellLine> label = band.single ? List.of() : band.label;
        if (wholeLabels && !label.isEmpty()) {
            int before = outs.size();
            cellOuts(band, List.of(label.get(0)), outs);
            outs.get(before).label = labelParagraphs(label);
            return;
        }
        cellOuts(band, label, outs);
    }

    private static void cellOuts(PdfTable.Band band, List<PdfTable.CellLine> label, List<Out> outs) {
        List<PdfTable.CellLine> answer = band.answer;
        if (label.isEmpty() && answer.isEmpty()) {
            return;
        }
        if (!outs.isEmpty()) {
            outs.get(outs.size() - 1).cellEnd = true; // a table row starts a new paragraph
        }
        for (int k = 0; k < Math.max(label.size(), answer.size()); k++) {
            outs.add(cellOut(band, k < label.size() ? label.get(k) : null, k < answer.size() ? answer.get(k) : null));
        }
        outs.get(outs.size() - 1).cellEnd = true;
    }

    private static Out cellOut(PdfTable.Band band, PdfTable.CellLine l, PdfTable.CellLine a) {
        PdfTable.CellLine ref = a != null ? a : l;
        Out o = new Out();
        o.table = !band.single;
        o.label = l == null ? "" : text(l.line().glyphs);
        o.body = a == null ? "" : text(a.line().glyphs);
        o.page = ref.page();
        o.lineNo = ref.line().lineNo;
        o.labelLine = l == null ? o.lineNo : l.line().lineNo;
        o.labelPage = l == null ? o.page : l.page();
        o.y = ref.line().y;
        o.size = ref.line().size;
        o.x0 = ref.line().x0();
        o.x1 = ref.line().x1();
        o.colX = ref.left();
        if (a != null) {
            o.cellRight = a.right();
            o.firstWord = firstWord(a.line().glyphs);
            o.space = wordSpace(a.line().glyphs, a.line().size);
            int marker = Markers.listMarkerLength(o.body);
            if (marker > 0) {
                o.listTextX = textStartAfterMarker(a.line().glyphs, o.body, marker);
            }
        }
        return o;
    }

    /**
     * A label cell's text, one line per paragraph: a line goes on the previous one's paragraph
     * when it is in the same type size and the previous line left no room for its first word (it
     * wrapped); a smaller or larger type (a hint in small italics below a bold label), or a line
     * that ended with room to spare, ends the paragraph.
     */
    static String labelParagraphs(List<PdfTable.CellLine> lines) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            PdfTable.CellLine l = lines.get(k);
            String t = text(l.line().glyphs).strip();
            if (k > 0) {
                PdfTable.CellLine prev = lines.get(k - 1);
                VLine p = prev.line();
                float size = Math.max(1f, p.size);
                boolean sameType = Math.abs(l.line().size - p.size) < 0.1f * size;
                float word = firstWord(l.line().glyphs);
                boolean wrapped = !p.glyphs.isEmpty() && !Float.isNaN(word)
                        && p.x1() + 0.25f * size + word >= prev.right() - 0.3f * size;
                if (!(sameType && wrapped)) {
                    b.append('\n');
                } else if (!endsWithHyphen(b)) {
                    b.append(' '); // a word broken at its hyphen ("1-" / "paragraph") is joined without one
                }
            }
            b.append(t);
        }
        return b.toString();
    }

    private static boolean endsWithHyphen(CharSequence s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '-' && s.charAt(n - 2) != ' ';
    }

    /** The width of a line's first word: from its first glyph to the last before a space. */
    private static float firstWord(List<Glyph> gs) {
        if (gs.isEmpty()) {
            return Float.NaN;
        }
        Glyph first = gs.get(0);
        float end = first.end();
        for (int k = 1; k < gs.size(); k++) {
            Glyph g = gs.get(k);
            Glyph prev = gs.get(k - 1);
            float space = Math.max(0.15f * g.size(), Math.min(0.5f * g.space(), 0.3f * g.size()));
            if (g.x() - prev.end() > space) {
                break;
            }
            end = g.end();
        }
        return end - first.x();
    }

    /**
     * The width of a space between the words of a line: the narrowest gap between two of its
     * words (left-aligned text keeps the font's own space), or for a line of one word the font's
     * space width; a quarter of the type size when the font gives none that is plausible.
     */
    static float wordSpace(List<Glyph> gs, float size) {
        float min = Float.NaN;
        for (int k = 1; k < gs.size(); k++) {
            Glyph g = gs.get(k);
            float gap = g.x() - gs.get(k - 1).end();
            if (gap > wordGap(g) && !(gap >= min)) {
                min = gap;
            }
        }
        if (!Float.isNaN(min)) {
            return min;
        }
        float s = gs.isEmpty() ? Float.NaN : gs.get(gs.size() - 1).space();
        return s >= 0.15f * size && s <= 0.5f * size ? s : 0.25f * size;
    }

    /** The smallest gap between two glyphs that is a space between words (not kerning). */
    private static float wordGap(Glyph g) {
        return Math.max(0.15f * g.size(), Math.min(0.5f * g.space(), 0.3f * g.size()));
    }

    /** Groups glyphs into lines by baseline, top to bottom, and numbers them from 1 on the page. */
    static List<VLine> lines(Page page) {
        List<Glyph> gs = new ArrayList<>(page.glyphs());
        gs.sort((a, b) -> Float.compare(a.y(), b.y()));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        for (Glyph g : gs) {
            int last = groups.size() - 1;
            if (last >= 0 && Math.abs(g.y() - ys.get(last)) <= 0.4f * g.size()) {
                groups.get(last).add(g);
            } else {
                groups.add(new ArrayList<>(List.of(g)));
                ys.add(g.y());
            }
        }
        List<VLine> out = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            List<Glyph> group = groups.get(k);
            group.sort((a, b) -> Float.compare(a.x(), b.x()));
            VLine line = new VLine(out.size() + 1, ys.get(k));
            float[] sizes = new float[group.size()];
            int n = 0;
            Glyph prev = null;
            for (Glyph g : group) {
                if (g.text().isBlank()) {
                    continue;
                }
                if (prev != null && prev.text().equals(g.text()) && Math.abs(prev.x() - g.x()) < Math.max(0.5f, 0.3f * g.w())) {
                    continue; // fake bold: the same glyph drawn twice
                }
                line.glyphs.add(g);
                sizes[n++] = g.size();
                prev = g;
            }
            if (n == 0) {
                continue;
            }
            Arrays.sort(sizes, 0, n);
            line.size = sizes[n / 2];
            out.add(line);
        }
        for (int k = 0; k < out.size(); k++) {
            out.set(k, renumber(out.get(k), k + 1));
        }
        return out;
    }

    static VLine renumber(VLine l, int no) {
        if (l.lineNo == no) {
            return l;
        }
        VLine c = new VLine(no, l.y);
        c.glyphs.addAll(l.glyphs);
        c.size = l.size;
        return c;
    }

    /** The text of glyphs, with spaces where the gaps are wide enough and symbol-font bullets mapped. */
    static String text(List<Glyph> gs) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : gs) {
            if (prev != null) {
                float gap = g.x() - prev.end();
                float space = Math.max(0.15f * g.size(), Math.min(0.5f * g.space(), 0.3f * g.size()));
                if (gap > space && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }
            sb.append(glyphText(g.text()));
            prev = g;
        }
        return sb.toString().strip();
    }

    private static String glyphText(String t) {
        if (t.length() == 1) {
            char c = t.charAt(0);
            if (c == '\uF0B7' || c == '\uF0D8' || c == '\uF076' || c == '\uF0FC' || c == '\uF0A8') {
                return "\u2022";
            }
            if (c == '\uF0A7') {
                return "\u25AA";
            }
            if (c >= '\uFB00' && c <= '\uFB06') {
                return Normalizer.normalize(t, Normalizer.Form.NFKC);
            }
            if (c == '\u00A0') {
                return " ";
            }
        }
        return t;
    }

    /**
     * Drops running headers and footers (the same text, digits aside, at the same height in the
     * top or bottom sixth of most pages) and lone page numbers at the top or bottom of a page.
     */
    private static void dropRunningText(List<Page> pages, List<List<VLine>> lines) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (VLine l : lines.get(i)) {
                if (inMargin(pages.get(i), l, 6)) {
                    seen.computeIfAbsent(key(l), k -> new HashSet<>()).add(i);
                }
            }
        }
        int n = pages.size();
        int needed = Math.max(2, (int) Math.ceil(n * 0.6));
        for (int i = 0; i < n; i++) {
            for (VLine l : lines.get(i)) {
                boolean running = n >= 2 && inMargin(pages.get(i), l, 6) && seen.get(key(l)).size() >= needed;
                boolean number = inMargin(pages.get(i), l, 8) && isPageNumber(text(l.glyphs));
                l.dropped = running || number;
            }
        }
    }

    private static boolean inMargin(Page p, VLine l, int fraction) {
        float h = p.height() > 0 ? p.height() : 792f;
        return l.y < h / fraction || l.y > h - h / fraction;
    }

    private static String key(VLine l) {
        String t = text(l.glyphs);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            sb.append(Character.isDigit(c) ? '#' : c);
        }
        return Math.round(l.y / 3f) + "|" + sb;
    }

    /** "7", "- 7 -", "Page 7", "7 of 12", "7/12". */
    static boolean isPageNumber(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("page")) {
            t = t.substring(4).strip();
        }
        if (t.startsWith("-") && t.endsWith("-") && t.length() > 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        int i = 0;
        int digits = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 4) {
            return false;
        }
        String rest = t.substring(i).strip();
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.startsWith("of")) {
            rest = rest.substring(2).strip();
        } else if (rest.startsWith("/")) {
            rest = rest.substring(1).strip();
        } else {
            return false;
        }
        return !rest.isEmpty() && rest.length() <= 4 && rest.chars().allMatch(Character::isDigit);
    }

    private static float leftMargin(List<VLine> lines) {
        float left = Float.MAX_VALUE;
        for (VLine l : lines) {
            if (!l.dropped) {
                left = Math.min(left, l.x0());
            }
        }
        return left == Float.MAX_VALUE ? 0 : left;
    }

    /**
     * The x where the answer column starts on a two-column page, or NaN: the most common start
     * of a run of text (a line start, or text after a wide gap) well right of the left margin,
     * shared by a fair part of the lines, with almost no line running across it.
     */
    private static float answerColumn(List<VLine> lines) {
        float left = leftMargin(lines);
        List<Float> starts = new ArrayList<>();
        int count = 0;
        for (VLine l : lines) {
            if (l.dropped) {
                continue;
            }
            count++;
            Glyph prev = null;
            for (Glyph g : l.glyphs) {
                if (prev == null || g.x() - prev.end() > 1.5f * g.size()) {
                    if (g.x() > left + MIN_COLUMN_OFFSET) {
                        starts.add(g.x());
                    }
                }
                prev = g;
            }
        }
        if (count < 2 || starts.isEmpty()) {
            return Float.NaN;
        }
        starts.sort(Float::compare);
        float best = Float.NaN;
        int bestCount = 0;
        for (int a = 0; a < starts.size(); a++) {
            int b = a;
            while (b < starts.size() && starts.get(b) - starts.get(a) <= 3f) {
                b++;
            }
            if (b - a > bestCount) {
                bestCount = b - a;
                best = starts.get(a);
            }
        }
        if (bestCount < 2 || bestCount * 5 < count) {
            return Float.NaN;
        }
        return crossing(lines, best) * 4 <= count ? best : Float.NaN;
    }

    /** The number of lines whose text runs across the column start without a gap. */
    private static int crossing(List<VLine> lines, float column) {
        int n = 0;
        for (VLine l : lines) {
            if (!l.dropped && crosses(l, column)) {
                n++;
            }
        }
        return n;
    }

    private static boolean crosses(VLine l, float column) {
        float leftEnd = Float.NaN;
        boolean right = false;
        for (Glyph g : l.glyphs) {
            if (g.x() < column - 2f) {
                leftEnd = Float.isNaN(leftEnd) ? g.end() : Math.max(leftEnd, g.end());
            } else {
                right = true;
            }
        }
        return !Float.isNaN(leftEnd) && (leftEnd > column - 4f || right && leftEnd > column - 0.6f * l.size);
    }

    /**
     * A page without a column of its own (a page that only continues the answers of a table
     * row) takes the nearest other page's column when none of its lines runs across it.
     */
    private static void inheritColumns(List<List<VLine>> lines, float[] columns, List<PdfTable.Layout> tables) {
        for (int i = 0; i < columns.length; i++) {
            if (!Float.isNaN(columns[i]) || tables.get(i) != null) {
                continue;
            }
            for (int d = 1; d < columns.length; d++) {
                float c = Float.NaN;
                if (i - d >= 0 && !Float.isNaN(columns[i - d])) {
                    c = columns[i - d];
                } else if (i + d < columns.length && !Float.isNaN(columns[i + d])) {
                    c = columns[i + d];
                }
                if (!Float.isNaN(c)) {
                    if (crossing(lines.get(i), c) == 0 && hasAnswerText(lines.get(i), c)) {
                        columns[i] = c;
                    }
                    break;
                }
            }
        }
    }

    private static boolean hasAnswerText(List<VLine> lines, float column) {
        for (VLine l : lines) {
            if (!l.dropped && l.x1() > column) {
                return true;
            }
        }
        return false;
    }

    private static Out out(int page, VLine l, float column, float left) {
        Out o = new Out();
        o.page = page;
        o.lineNo = l.lineNo;
        o.y = l.y;
        o.size = l.size;
        if (Float.isNaN(column) || crosses(l, column)) {
            o.body = text(l.glyphs);
            o.x0 = l.x0();
            o.x1 = l.x1();
            o.colX = left;
        } else {
            List<Glyph> lg = new ArrayList<>();
            List<Glyph> bg = new ArrayList<>();
            for (Glyph g : l.glyphs) {
                (g.x() < column - 2f ? lg : bg).add(g);
            }
            o.table = true;
            o.label = text(lg);
            o.body = text(bg);
            o.x0 = bg.isEmpty() ? column : bg.get(0).x();
            o.x1 = bg.isEmpty() ? column : bg.get(bg.size() - 1).end();
            o.colX = column;
        }
        int marker = Markers.listMarkerLength(o.body);
        if (marker > 0) {
            List<Glyph> gs = o.table ? bodyGlyphs(l, column) : l.glyphs;
            o.listTextX = textStartAfterMarker(gs, o.body, marker);
        }
        return o;
    }

    private static List<Glyph> bodyGlyphs(VLine l, float column) {
        List<Glyph> bg = new ArrayList<>();
        for (Glyph g : l.glyphs) {
            if (g.x() >= column - 2f) {
                bg.add(g);
            }
        }
        return bg;
    }

    /** The x of the first glyph after a list marker of {@code markerChars} characters (spaces included). */
    private static float textStartAfterMarker(List<Glyph> gs, String text, int markerChars) {
        int visible = 0;
        for (int k = 0; k < markerChars && k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                visible++;
            }
        }
        int seen = 0;
        for (Glyph g : gs) {
            if (seen >= visible) {
                return g.x();
            }
            seen += g.text().strip().length();
        }
        return Float.NaN;
    }

    /** Decides each row's break from the geometry of it and the next row, and makes the rows. */
    private static List<Row> breaks(List<Out> outs) {
        float tablePitch = pitch(outs, true);
        float fullPitch = pitch(outs, false);
        Map<String, Float> rights = new HashMap<>();
        for (Out o : outs) {
            rights.merge(o.page + "|" + o.table, o.x1, Math::max);
        }
        List<Row> rows = new ArrayList<>(outs.size());
        float paraListX = Float.NaN;
        for (int i = 0; i < outs.size(); i++) {
            Out o = outs.get(i);
            if (!Float.isNaN(o.listTextX)) {
                paraListX = o.listTextX;
            }
            Out next = i + 1 < outs.size() ? outs.get(i + 1) : null;
            float right = Float.isNaN(o.cellRight) ? rights.get(o.page + "|" + o.table) : o.cellRight;
            Break br = o.cellEnd ? Break.HARD : decide(o, next, o.table ? tablePitch : fullPitch, right, paraListX);
            if (br == Break.HARD) {
                paraListX = Float.NaN;
            }
            Fragment body;
            Fragment label = null;
            if (o.table) {
                label = new Fragment(o.label, o.labelLine > 0 ? o.labelLine : o.lineNo, 1, o.labelPage > 0 ? o.labelPage : o.page, null);
                body = new Fragment(o.body, o.lineNo, o.label.length() + 2, o.page, null);
            } else {
                body = new Fragment(o.body, o.lineNo, 1, o.page, null);
            }
            rows.add(new Row(label, body, br, false));
        }
        return rows;
    }

    private static Break decide(Out o, Out next, float pitch, float right, float paraListX) {
        if (next == null || next.table != o.table || o.body.isBlank() || next.body.isBlank()) {
            return Break.HARD;
        }
        if (Markers.startsListItem(next.body) || Markers.presentationAtStart(next.body)) {
            return Break.HARD;
        }
        float indent = 0.8f * Math.max(6f, o.size);
        boolean underListText = !Float.isNaN(paraListX) && Math.abs(next.x0 - paraListX) < 3f;
        if (next.x0 > next.colX + indent && next.x0 > o.x0 + indent * 0.5f && !underListText) {
            return Break.HARD;
        }
        if (!Float.isNaN(o.cellRight) && !Float.isNaN(next.firstWord)
                && o.x1 + o.space + next.firstWord <= o.cellRight - FIT_SLACK) {
            return Break.HARD; // in a bordered cell: the next word would have fitted, so the line was ended
        }
        String t = o.body.strip();
        float width = right - o.colX;
        // In a bordered cell the exact test above decided whether the line was ended on purpose.
        boolean shortEnd = Float.isNaN(o.cellRight) && Markers.endsSentence(t) && width > 0 && o.x1 < right - 0.2f * width
                && nextWordWouldFit(o, next, right);
        if (next.page != o.page) {
            if (!Float.isNaN(o.cellRight) && !Float.isNaN(next.firstWord)) {
                // In a bordered cell the exact test above found no room for the next word: the line
                // was wrapped, whatever sentence it ends (a paragraph ending on a full line at the
                // foot of a page cannot be told from a wrap; a wrap is much the likelier). The two
                // lines are one cell (a new row is a new band), so a label line beside the next
                // line does not start a row either: it is the rest of a label cut by the page.
                return Break.SOFT;
            }
            if (o.table && !next.label.isBlank() && labelEnded(o.label)) {
                return Break.HARD; // a new table row starts at the top of the page
            }
            // Over a page break there is no gap to see: a sentence that ends the page, followed
            // by one that starts the next, is taken for a paragraph end.
            boolean capital = !next.body.isEmpty() && Character.isUpperCase(next.body.codePointAt(0));
            return shortEnd || Markers.endsSentence(t) && capital ? Break.HARD : Break.SOFT;
        }
        float gap = next.y - o.y;
        if (gap > 1.2f * pitch || gap < 0) {
            return Break.HARD;
        }
        return shortEnd ? Break.HARD : Break.SOFT;
    }

    /**
     * Whether the next line's first word would have fitted at the end of this line: only then
     * was the line ended on purpose. In a narrow column a sentence may end far from the right
     * edge just because the next word is long.
     */
    private static boolean nextWordWouldFit(Out o, Out next, float right) {
        String line = o.body.strip();
        if (line.isEmpty() || o.x1 <= o.x0) {
            return true;
        }
        float perChar = (o.x1 - o.x0) / line.length();
        String nb = next.body.strip();
        int w = 0;
        while (w < nb.length() && !Character.isWhitespace(nb.charAt(w))) {
            w++;
        }
        return o.x1 + perChar * (w + 1) < right;
    }

    /** Whether a table row's label is over by this line: blank here, or ending like a whole label. */
    private static boolean labelEnded(String label) {
        String t = label.strip();
        return t.isEmpty() || t.endsWith(":") || t.endsWith("?");
    }

    /** The usual distance between two lines of one paragraph: a low quantile of the line gaps. */
    private static float pitch(List<Out> outs, boolean table) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < outs.size(); i++) {
            Out a = outs.get(i);
            Out b = outs.get(i + 1);
            if (a.table == table && b.table == table && a.page == b.page && !a.body.isBlank() && !b.body.isBlank()) {
                float g = b.y - a.y;
                if (g > 0.5f * a.size) {
                    gaps.add(g);
                }
            }
        }
        if (gaps.isEmpty()) {
            return 1.2f * 12f;
        }
        gaps.sort(Float::compare);
        return Math.max(gaps.get(gaps.size() / 4), 0.9f * outs.get(0).size);
    }
}
