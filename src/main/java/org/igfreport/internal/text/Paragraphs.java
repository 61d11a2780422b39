package org.igfreport.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;

/**
 * Splits lines into paragraphs the way a reader sees them. A blank line always ends a
 * paragraph, and so does a line the reader marked {@link Break#HARD}. In hard-wrapped text (a
 * PDF or e-mail saved as text, a table cell as {@code pdftotext} prints it, without blank lines
 * between paragraphs) a line break ends a paragraph only after a line that ends a sentence and
 * leaves room for the next line's first word (measured against the width of the section's own
 * lines), or before a bullet or a "Presentation N" marker; a blank gap inside a sentence (a page
 * break) does not end one. Where a sentence ends on a full line the text cannot tell, and the
 * count is an estimate ({@link Split#estimated()}). In text that is not wrapped every line is a
 * paragraph. Linear in the number of characters.
 */
public final class Paragraphs {

    /** Proportional fonts: a line of n characters may hold a few more narrow ones; the next word must fit with this margin. */
    private static final int SLACK_PERCENT = 8;

    /** Up to this many lines, a section's widest line is a poor estimate of its column's width. */
    static final int FEW_LINES = 12;

    private Paragraphs() {
    }

    /**
     * The paragraphs of a section and how sure they are.
     *
     * @param paragraphs the paragraphs, none empty
     * @param width the width the section's text was hard-wrapped at, or 0 if it was not
     * @param estimated whether a paragraph end was decided from line lengths where the text cannot
     *     tell (a sentence that ends on a full line, followed by a capital)
     */
    public record Split(List<Block> paragraphs, int width, boolean estimated) {
        /** Makes the list immutable. */
        public Split {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * @param lines a section's content lines
     * @return its paragraphs, none empty
     */
    public static List<Block> split(List<Line> lines) {
        return analyse(lines).paragraphs();
    }

    /**
     * @param lines a section's content lines
     * @return its paragraphs, the width they were wrapped at and whether the count is an estimate
     */
    public static Split analyse(List<Line> lines) {
        return analyse(lines, 0);
    }

    /**
     * As {@link #analyse(List)}, knowing the printed width at which the document's column evidently
     * wraps ({@link #columnWidths}): a section's own widest wrapped line is often narrower than its
     * column (a few short paragraphs), which makes a sentence that ends with room for the next word
     * look like one that ends a full line. The column's width is taken only when the section's own
     * is within 10 % of it (else the section wraps at another width: another column, other type), when
     * the section has at most {@value #FEW_LINES} lines (the widest of a few lines estimates the column
     * poorly; that of many lines well), and only in a section without blank lines between its lines (where blank lines mark the
     * paragraphs, the lines between them are not measured against more than their own width).
     *
     * @param lines a section's content lines
     * @param columnWidth the document's measured column width, or 0
     * @return its paragraphs, the width they were wrapped at and whether the count is an estimate
     */
    public static Split analyse(List<Line> lines, int columnWidth) {
        return analyse(lines, columnWidth, 0, false);
    }

    /**
     * As {@link #analyse(List, int)}, for prose (discussions, way forward): the line lengths are
     * measured in the font whose metrics explain the section's wrapping best ({@link #serif}), and a
     * page break after a full line that does not end a sentence ends no paragraph, whatever case
     * the next line begins with ("Participants from" / page break / "Nigeria described").
     *
     * @param lines a section's content lines
     * @param columnWidth the document's column width measured in {@link #measure}'s sans-serif metrics, or 0
     * @param serifColumnWidth the same measured in serif metrics ({@link #measureSerif}), or 0
     * @return its paragraphs, the width they were wrapped at and whether the count is an estimate
     */
    public static Split analyseProse(List<Line> lines, int columnWidth, int serifColumnWidth) {
        long[] fit = wrapping(lines);
        int font = serif(fit) ? 1 : 0;
        // metrics in which every evidently wrapped line overflows the widest line are those the text was
        // set in: a line measured within the widest one fitted, up to kerning
        int slack = fit != null && fit[2 * font + 1] > fit[2 * font] ? MATCHED_SLACK_PER_MILLE : MEASURED_SLACK_PERCENT * 10;
        return analyse(lines, font == 1 ? serifColumnWidth : columnWidth, font, slack, true);
    }

    private static Split analyse(List<Line> lines, int columnWidth, int font, boolean prose) {
        return analyse(lines, columnWidth, font, MEASURED_SLACK_PERCENT * 10, prose);
    }

    private static Split analyse(List<Line> lines, int columnWidth, int font, int slack, boolean prose) {
        int width = width(lines);
        int measured = measuredWidth(lines, font);
        if (measured > 0 && columnWidth > measured && measured * 10L >= columnWidth * 9L && lines.size() <= FEW_LINES
                && !hasBlankGap(lines)) {
            measured = columnWidth; // the same column, the section's own lines a little short of it
        }
        List<Block> out = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        boolean estimated = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                flush(current, out);
                continue;
            }
            current.add(line.text().strip());
            int n = i + 1;
            while (n < lines.size() && lines.get(n).isBlank()) {
                n++;
            }
            if (n >= lines.size()) {
                break;
            }
            Line next = lines.get(n);
            if (n > i + 1) {
                // a blank gap: a paragraph end, unless a wrapped sentence runs on over it (a page break)
                if (!(width > 0 && pageBreakInside(line, next, width, prose))) {
                    flush(current, out);
                }
                i = n - 1;
                continue;
            }
            int end = end(line, next, width, measured, font, slack);
            if (end == END || end == GUESS_END) {
                flush(current, out);
            }
            estimated |= end == GUESS_END || end == GUESS_ON;
        }
        flush(current, out);
        return new Split(out, width, estimated);
    }

    private static void flush(List<Fragment> current, List<Block> out) {
        if (!current.isEmpty()) {
            out.add(new Block(current));
            current.clear();
        }
    }

    /**
     * The width a section's text was hard-wrapped at: the longest of its lines whose break the
     * reader does not know, when at least one of them evidently wraps (it does not end a sentence
     * and the next line goes on in lower case); else the width measured on the whole document
     * ({@link Line#wrapWidth()}), or 0.
     *
     * @param lines a section's lines
     * @return the width in characters, or 0
     */
    public static int width(List<Line> lines) {
        int max = 0;
        boolean wraps = false;
        int document = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            document = Math.max(document, l.wrapWidth());
            if (l.breakAfter() != Break.UNKNOWN || l.isBlank()) {
                continue;
            }
            String t = l.text().text().strip();
            max = Math.max(max, t.length());
            if (!wraps && i + 1 < lines.size() && t.length() >= 20 && !Markers.endsSentence(t)) {
                String next = lines.get(i + 1).text().text().strip();
                wraps = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            }
        }
        return wraps && max <= 200 ? max : document;
    }

    private static final int ON = 0;
    private static final int END = 1;
    private static final int GUESS_ON = 2;
    private static final int GUESS_END = 3;

    /** Whether a paragraph ends between two non-blank lines, and whether the text says so. */
    static boolean endsParagraph(Line line, Line next) {
        int end = end(line, next, line.wrapWidth(), 0, 0, MEASURED_SLACK_PERCENT * 10);
        return end == END || end == GUESS_END;
    }

    /**
     * @param width the wrap width in characters, or 0
     * @param measured the wrap width as {@link #measure measured} on the section's own wrapped lines, or 0
     * @param font 0 for the sans-serif metrics ({@link #measure}), 1 for the serif ones ({@link #measureSerif})
     * @param slack the margin the next word must fit with, in thousandths of the width
     */
    private static int end(Line line, Line next, int width, int measured, int font, int slack) {
        if (line.breakAfter() == Break.HARD) {
            return END;
        }
        if (line.breakAfter() == Break.SOFT) {
            return ON;
        }
        String n = next.text().text().strip();
        if (Markers.startsListItem(n) || Markers.presentationAtStart(n)) {
            return END;
        }
        if (width <= 0) {
            return END;
        }
        String t = line.text().text().strip();
        if (!endsSentence(t)) {
            return ON;
        }
        if (t.length() > width * 5 / 4) {
            return END; // longer than the wrap width: not a wrapped line
        }
        if (!n.isEmpty() && Character.isLowerCase(n.charAt(0))) {
            return ON; // "e.g." or "Dr." at the end of a line
        }
        if (measured > 0) {
            return fitsMeasured(t, n, measured, font, slack) ? END : GUESS_ON;
        }
        return fits(t, n, width) ? END : GUESS_ON;
    }

    /**
     * Character widths of a common proportional sans-serif font (Helvetica's metrics, which Arial and
     * Liberation Sans share), in thousandths of the font size, for the printable ASCII characters from
     * the space on. Serif fonts differ in detail but keep the proportions (narrow i, l, t, f, r and
     * punctuation; wide m, w and capitals), which is what tells a full line from a short one.
     */
    private static final short[] ADVANCE = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p to ~
    };

    /**
     * The same for a common serif font (Times' metrics, which Times New Roman and Liberation Serif
     * share): its narrow lower case (a, c, e, s, z) against wide capitals and m, w differ enough from
     * the sans-serif proportions to make a full line look short, or a short one full.
     */
    private static final short[] SERIF_ADVANCE = {
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space to /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0 to ?
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ to O
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P to _
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` to o
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541 // p to ~
    };

    /** The width of a character outside printable ASCII in the serif metrics. */
    private static final int SERIF_OTHER_ADVANCE = 500;

    /** The width of a character outside printable ASCII (accented letters and the like): an average letter. */
    private static final int OTHER_ADVANCE = 556;

    /** Tolerance for the font not being the one measured: the next word must fit with this margin. */
    private static final int MEASURED_SLACK_PERCENT = 2;

    /** The margin in metrics that evidently match the text's font ({@link #analyseProse}): kerning, in thousandths. */
    private static final int MATCHED_SLACK_PER_MILLE = 5;

    /**
     * The printed width of a text in a proportional font, estimated from {@link #ADVANCE}: in hard-wrapped
     * text a line's character count misleads (a line of narrow letters holds more of them), its printed
     * width is what the wrapping compared with the column.
     *
     * @param text a line's text
     * @return its width in thousandths of the font size
     */
    public static int measure(CharSequence text) {
        return advance(text, 0);
    }

    /**
     * As {@link #measure}, in a serif font's metrics ({@link #SERIF_ADVANCE}).
     *
     * @param text a line's text
     * @return its width in thousandths of the font size
     */
    public static int measureSerif(CharSequence text) {
        return advance(text, 1);
    }

    private static int advance(CharSequence text, int font) {
        short[] advance = font == 1 ? SERIF_ADVANCE : ADVANCE;
        int other = font == 1 ? SERIF_OTHER_ADVANCE : OTHER_ADVANCE;
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= ' ' && c <= '~' ? advance[c - ' '] : other;
        }
        return w;
    }

    /**
     * Whether the serif metrics explain a section's wrapping better than the sans-serif ones. Where
     * a line evidently wraps (it does not end a sentence and the next line goes on in lower case),
     * the line with the next line's first word was wider than the column, which is at least as wide
     * as every line: in the font the text was set in, the narrowest such overflow is wider than the
     * widest line, in another font's metrics it may not be. The metrics whose narrowest overflow
     * stands further above the widest line are taken; sans-serif when no line evidently wraps or
     * neither does better.
     *
     * @param lines a section's lines
     * @return whether to measure them in serif metrics
     */
    static boolean serif(List<Line> lines) {
        return serif(wrapping(lines));
    }

    /**
     * {@link #serif(List)} for lines of text whose breaks the reader does not know (an answer run
     * of pdftotext's default text, before it is cut into sections).
     *
     * @param lines the lines
     * @return whether to measure them in serif metrics
     */
    public static boolean serifLines(List<String> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(new Line(Fragment.of(l, 0, 0), Break.UNKNOWN, 0));
        }
        return serif(out);
    }

    /**
     * The printed width of a text in the sans-serif ({@code font} 0, {@link #measure}) or the serif
     * ({@code font} 1, {@link #measureSerif}) metrics.
     *
     * @param text a line's text
     * @param font 0 or 1
     * @return its width in thousandths of the font size
     */
    public static int measure(CharSequence text, int font) {
        return font == 1 ? measureSerif(text) : measure(text);
    }

    /** {@link #serif(List)} from a section's {@link #wrapping}: overflow / widest, compared without division. */
    private static boolean serif(long[] fit) {
        return fit != null && fit[3] * fit[0] > fit[1] * fit[2];
    }

    /**
     * The widest line and the narrowest overflow (an evidently wrapped line with the next line's first
     * word) of a section, in sans-serif then serif metrics ({@code [widest, overflow, widest, overflow]}),
     * or null where no line evidently wraps or a line is too long to be a wrapped one.
     */
    private static long[] wrapping(List<Line> lines) {
        long[] widest = new long[2];
        long[] overflow = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.breakAfter() != Break.UNKNOWN || l.isBlank()) {
                continue;
            }
            String t = l.text().text().strip();
            if (t.length() > 200) {
                return null;
            }
            for (int f = 0; f < 2; f++) {
                widest[f] = Math.max(widest[f], measure(t, f));
            }
            if (i + 1 < lines.size() && t.length() >= 20 && !Markers.endsSentence(t)) {
                String next = lines.get(i + 1).text().text().strip();
                if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    int word = 0;
                    while (word < next.length() && !Character.isWhitespace(next.charAt(word))) {
                        word++;
                    }
                    for (int f = 0; f < 2; f++) {
                        overflow[f] = Math.min(overflow[f], measure(t, f) + measure(" ", f) + measure(next.subSequence(0, word), f));
                    }
                }
            }
        }
        if (overflow[0] == Long.MAX_VALUE || widest[0] == 0 || widest[1] == 0) {
            return null;
        }
        return new long[] {widest[0], overflow[0], widest[1], overflow[1]};
    }

    /**
     * The printed width ({@link #measure}) the section's text was wrapped at: that of its widest line whose
     * break the reader does not know, when at least one line evidently wraps (see {@link #width}); else 0.
     */
    static int measuredWidth(List<Line> lines) {
        return measuredWidth(lines, 0);
    }

    private static int measuredWidth(List<Line> lines, int font) {
        int max = 0;
        boolean wraps = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.breakAfter() != Break.UNKNOWN || l.isBlank()) {
                continue;
            }
            String t = l.text().text().strip();
            if (t.length() > 200) {
                return 0;
            }
            max = Math.max(max, measure(t, font));
            if (!wraps && i + 1 < lines.size() && t.length() >= 20 && !Markers.endsSentence(t)) {
                String next = lines.get(i + 1).text().text().strip();
                wraps = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            }
        }
        return wraps ? max : 0;
    }

    /** Whether the first word of {@code next} would have fitted on {@code line}, by printed width. */
    static boolean fitsMeasured(String line, String next, int measured) {
        return fitsMeasured(line, next, measured, 0, MEASURED_SLACK_PERCENT * 10);
    }

    private static boolean fitsMeasured(String line, String next, int measured, int font, int slack) {
        int word = 0;
        while (word < next.length() && !Character.isWhitespace(next.charAt(word))) {
            word++;
        }
        long need = measure(line, font) + measure(" ", font) + measure(next.subSequence(0, word), font);
        return need * 1000 <= (long) measured * (1000 - slack);
    }

    /** Whether the first word of {@code next} would have fitted on {@code line} (with a margin for proportional fonts). */
    public static boolean fits(String line, String next, int width) {
        int word = 0;
        while (word < next.length() && !Character.isWhitespace(next.charAt(word))) {
            word++;
        }
        return (line.length() + 1 + word) * 100 <= width * (100 - SLACK_PERCENT);
    }

    /**
     * A blank gap between a full line that does not end a sentence and a line that goes on in lower
     * case; in prose also one that goes on in upper case (a name: "Participants from" / "Nigeria")
     * after a line that ends in a word or a comma, unless the next line starts a list item or a
     * presentation.
     */
    private static boolean pageBreakInside(Line line, Line next, int width, boolean prose) {
        if (line.breakAfter() != Break.UNKNOWN) {
            return false;
        }
        String t = line.text().text().strip();
        String n = next.text().text().strip();
        if (Markers.endsSentence(t) || n.isEmpty() || fits(t, n, width)) {
            return false;
        }
        if (Character.isLowerCase(n.charAt(0))) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return prose && (Character.isLetterOrDigit(last) || last == ',') && !Markers.startsListItem(n)
                && !Markers.presentationAtStart(n);
    }

    /**
     * The printed width ({@link #measure}) at which the document's text evidently wraps, for
     * full-width rows and for table rows ({@code [full, table]}), or 0 where too few lines wrap:
     * from the lines whose break the reader does not know, that do not end a sentence and whose
     * next line goes on in lower case. The widest of them, leaving out lines wider than 5/4 of the
     * 80th percentile (a cover note wrapped at the page's width when the answers wrap in a column).
     * Linear in the text, but for sorting the widths.
     *
     * @param rows the document's rows
     * @return the two widths
     */
    public static int[] columnWidths(List<Row> rows) {
        return new int[] {columnWidth(rows, false, 0), columnWidth(rows, true, 0)};
    }

    /**
     * As {@link #columnWidths}, in serif metrics ({@link #measureSerif}).
     *
     * @param rows the document's rows
     * @return the two widths
     */
    public static int[] serifColumnWidths(List<Row> rows) {
        return new int[] {columnWidth(rows, false, 1), columnWidth(rows, true, 1)};
    }

    private static int columnWidth(List<Row> rows, boolean table, int font) {
        List<Integer> widths = new ArrayList<>();
        for (int r = 0; r + 1 < rows.size(); r++) {
            Row a = rows.get(r);
            Row b = rows.get(r + 1);
            if (a.isTableRow() != table || b.isTableRow() != table || a.breakAfter() != Break.UNKNOWN
                    || a.body().isBlank() || b.body().isBlank()) {
                continue;
            }
            String t = a.body().text().strip();
            String next = b.body().text().strip();
            if (t.length() >= 20 && t.length() <= 200 && !Markers.endsSentence(t) && Character.isLowerCase(next.charAt(0))) {
                widths.add(measure(t, font));
            }
        }
        if (widths.size() < 3) {
            return 0;
        }
        widths.sort(null);
        int cap = widths.get(Math.min(widths.size() - 1, widths.size() * 4 / 5)) * 5 / 4;
        int max = 0;
        for (int w : widths) {
            if (w <= cap) {
                max = Math.max(max, w);
            }
        }
        return max;
    }

    /**
     * Whether a line ends a sentence: it ends with a sentence's terminator, and not with a title
     * that precedes a name ("Prof.", "Dr.") or an abbreviation that introduces more text ("e.g."),
     * which a narrow column often leaves at a line's end ("Presentation 1 (Aigerim Nurlanovna): Prof."
     * / "Nurlanovna presented").
     *
     * @param t a line's text, stripped
     * @return whether it ends a sentence
     */
    static boolean endsSentence(String t) {
        if (!Markers.endsSentence(t) || !t.endsWith(".")) {
            return Markers.endsSentence(t);
        }
        int from = t.length() - 1;
        while (from > 0 && !Character.isWhitespace(t.charAt(from - 1)) && t.charAt(from - 1) != '(') {
            from--;
        }
        String word = t.substring(from, t.length() - 1).toLowerCase(java.util.Locale.ROOT);
        return !(EnglishWords.PREPOSITIVE.contains(word) || EnglishWords.CONTINUING.contains(word));
    }

    /** Whether a blank line stands between two of the section's non-blank lines. */
    private static boolean hasBlankGap(List<Line> lines) {
        boolean text = false;
        boolean blank = false;
        for (Line l : lines) {
            if (l.isBlank()) {
                blank = text;
            } else if (blank) {
                return true;
            } else {
                text = true;
            }
        }
        return false;
    }
}
