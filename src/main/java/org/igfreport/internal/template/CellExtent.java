package org.igfreport.internal.template;

import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.text.Markers;

/**
 * Where each label's table row begins in text laid out in two columns ({@code pdftotext
 * -layout}). A label cell aligned to the top starts on its row's first line; a vertically
 * centred one is printed in the middle of its answer, so the answer lines above it (whose label
 * column is blank) belong to it, not to the previous label. Which lines those are is decided by
 * the rows' extent, not by reading order: a centred label has as many answer lines above it as
 * below it, so the answer lines between two labels are shared out that way. Stateless.
 */
final class CellExtent {

    private CellExtent() {
    }

    /**
     * @param document the document
     * @param matches the labels found, in row order
     * @return per match, the first row of its section's content (its start row, or earlier for
     *     a centred label cell)
     */
    static int[] begins(Document document, List<LabelIndex.Match> matches) {
        int[] begin = new int[matches.size()];
        for (int k = 0; k < begin.length; k++) {
            begin[k] = matches.get(k).startRow();
        }
        if (!"text".equals(document.format()) || !centred(document.rows(), matches)) {
            return begin;
        }
        List<Row> rows = document.rows();
        int prevEnd = -1;
        int prevAbove = 0;
        boolean prevTable = false;
        for (int k = 0; k < begin.length; k++) {
            LabelIndex.Match m = matches.get(k);
            int s = m.startRow();
            // a heading ("Gender Reporting") is a row of its own, not a label beside an answer: the
            // answer lines above it are the previous label's
            if (!rows.get(s).isTableRow() || m.section() == null) {
                prevEnd = m.endRow();
                prevAbove = 0;
                prevTable = false;
                continue;
            }
            int free = answerLinesAbove(rows, s, prevEnd);
            // the previous centred label has as many answer lines below it as above it, give or
            // take the half line a centred label may be off the answer's lines: of those counts,
            // the first that does not cut a sentence
            int below = 0;
            if (prevTable) {
                below = Math.min(prevAbove, free);
                for (int b : new int[] {prevAbove, prevAbove + 1, prevAbove - 1}) {
                    if (b >= 0 && b <= free && cutsBetweenSentences(rows, s - (free - b))) {
                        below = b;
                        break;
                    }
                }
            }
            int above = free - below;
            begin[k] = s - above;
            prevEnd = m.endRow();
            prevAbove = above;
            prevTable = true;
        }
        return begin;
    }

    /**
     * Whether a row is a line of a label alone, its answer column blank, in two-column text: a
     * line of a centred or wrapped label that falls between the answer's lines, not a blank line
     * of the answer (a paragraph break).
     *
     * @param document the document
     * @param m a label found
     * @param r a row
     * @return whether row r is one of m's label lines with nothing in the answer column
     */
    static boolean labelLine(Document document, LabelIndex.Match m, int r) {
        if (r < m.startRow() || r > m.endRow() || !"text".equals(document.format())) {
            return false;
        }
        Row row = document.rows().get(r);
        return row.isTableRow() && !row.label().isBlank() && row.body().isBlank();
    }

    /**
     * Whether the table's label cells are vertically centred: answer lines stand above the first
     * label, or a label has a line of its own between answer lines above and below it (a centred
     * label half a line off the answer's lines).
     */
    static boolean centred(List<Row> rows, List<LabelIndex.Match> matches) {
        int prevEnd = -1;
        boolean first = true;
        for (int k = 0; k < matches.size(); k++) {
            LabelIndex.Match m = matches.get(k);
            int s = m.startRow();
            if (!rows.get(s).isTableRow() || m.section() == null) {
                prevEnd = m.endRow();
                continue;
            }
            if (first && textAbove(rows, s, prevEnd)) {
                return true;
            }
            first = false;
            int next = k + 1 < matches.size() ? matches.get(k + 1).startRow() : rows.size();
            if (rows.get(s).body().isBlank() && s - 1 > prevEnd && answerOnly(rows.get(s - 1))
                    && !rows.get(s - 1).body().isBlank() && textAbove(rows, next, m.endRow())) {
                return true;
            }
            prevEnd = m.endRow();
        }
        return false;
    }

    /** Whether an answer line (label column blank) with text stands between row {@code after} and row {@code s}, right above s. */
    private static boolean textAbove(List<Row> rows, int s, int after) {
        for (int r = s - 1; r > after && answerOnly(rows.get(r)); r--) {
            if (!rows.get(r).body().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether rows c-1 and c can be the last answer line of one label and the first of the next:
     * row c does not carry on row c-1's sentence (a word in lower case after a line that does
     * not end a sentence).
     */
    private static boolean cutsBetweenSentences(List<Row> rows, int c) {
        if (c <= 0 || c >= rows.size()) {
            return true;
        }
        String before = rows.get(c - 1).body().text().strip();
        String after = rows.get(c).body().text().strip();
        return before.isEmpty() || after.isEmpty() || Markers.endsSentence(before)
                || !Character.isLowerCase(after.charAt(0));
    }

    private static int answerLinesAbove(List<Row> rows, int s, int after) {
        int n = 0;
        for (int r = s - 1; r > after && answerOnly(rows.get(r)); r--) {
            n++;
        }
        return n;
    }

    private static boolean answerOnly(Row r) {
        return r.isTableRow() && r.label().isBlank();
    }
}
