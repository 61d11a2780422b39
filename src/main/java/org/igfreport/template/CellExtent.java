package org.igfreport.template;

import java.util.List;
import org.igfreport.document.Document;
import org.igfreport.document.Row;

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
            if (!rows.get(s).isTableRow()) {
                prevEnd = m.endRow();
                prevAbove = 0;
                prevTable = false;
                continue;
            }
            int free = answerLinesAbove(rows, s, prevEnd);
            // the previous centred label has as many answer lines below it as above it
            int below = prevTable ? Math.min(prevAbove, free) : 0;
            int above = free - below;
            begin[k] = s - above;
            prevEnd = m.endRow();
            prevAbove = above;
            prevTable = true;
        }
        return begin;
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
