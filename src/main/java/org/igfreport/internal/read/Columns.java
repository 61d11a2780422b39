package org.igfreport.internal.read;

import java.util.List;

/**
 * Finds the boundary between the label column and the answer column of a two-column table laid
 * out as aligned text ({@code pdftotext -layout}): the column at which, on many lines, a run of
 * two or more spaces ends (a label, then its answer) or the text starts (an answer line whose
 * label column is blank). Each page (lines after a form feed) gets its own boundary, as the tool
 * lays out each page on its own. Linear in the text; no regular expressions.
 */
final class Columns {

    /** Boundaries beyond this column are not sought (a label column is narrower). */
    static final int MAX_COLUMN = 120;
    /** The least indent that can be an answer line under a blank label cell. */
    private static final int MIN_INDENT = 8;

    private Columns() {
    }

    /**
     * @param raw the lines as read (form feeds kept: they start a page)
     * @param lines the same lines, form feeds replaced by spaces
     * @return per line, the column (0-based offset) where the answer cell starts, or 0 where the
     *     line's page is not a two-column layout; {@code null} when no page is
     */
    static int[] boundaries(List<String> raw, List<String> lines) {
        int n = lines.size();
        int[] out = new int[n];
        int[] all = new int[2 * (MAX_COLUMN + 1)];
        int allLines = 0;
        int[] weak = new int[n];
        boolean any = false;
        int start = 0;
        // pages first, each on its own
        while (start < n) {
            int end = start + 1;
            while (end < n && raw.get(end).indexOf('\f') < 0) {
                end++;
            }
            int[] counts = new int[2 * (MAX_COLUMN + 1)];
            int nonBlank = 0;
            for (int i = start; i < end; i++) {
                if (!lines.get(i).isBlank()) {
                    nonBlank++;
                    count(lines.get(i), counts);
                }
            }
            for (int k = 0; k < counts.length; k++) {
                all[k] += counts[k];
            }
            allLines += nonBlank;
            int x = best(counts, lines, start, end, nonBlank, 3);
            if (x > 0) {
                java.util.Arrays.fill(out, start, end, x);
                any = true;
            } else if (nonBlank >= 3) {
                // a short page (a table's last rows, its own column offset) whose every line
                // splits at one column, on two lines with a label and an answer
                int y = best(counts, lines, start, end, nonBlank, 2);
                if (y > 0 && counts[2 * y] + counts[2 * y + 1] == nonBlank) {
                    java.util.Arrays.fill(weak, start, end, y);
                }
            }
            start = end;
        }
        // a short page (a table's last rows) takes the document's boundary when its lines fit it
        int x = best(all, lines, 0, n, allLines, 5);
        if (x > 0) {
            start = 0;
            while (start < n) {
                int end = start + 1;
                while (end < n && raw.get(end).indexOf('\f') < 0) {
                    end++;
                }
                if (out[start] == 0 && fits(lines, start, end, x)) {
                    java.util.Arrays.fill(out, start, end, x);
                    any = true;
                }
                start = end;
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == 0 && weak[i] > 0 && any) {
                out[i] = weak[i];
            }
        }
        if (any) {
            // a page of answer lines and label lines apart from them (a centred label wrapped
            // between its answer's lines): no line has both, the answer's indent is the boundary
            start = 0;
            while (start < n) {
                int end = start + 1;
                while (end < n && raw.get(end).indexOf('\f') < 0) {
                    end++;
                }
                if (out[start] == 0) {
                    int y = indent(lines, start, end);
                    if (y > 0) {
                        java.util.Arrays.fill(out, start, end, y);
                    }
                }
                start = end;
            }
        }
        return any ? out : null;
    }

    /**
     * The column at which at least three and half the non-blank lines of a page start after an
     * indent, when nearly all its lines split there (the others are label lines, left of it);
     * else 0.
     */
    private static int indent(List<String> lines, int start, int end) {
        int[] counts = new int[MAX_COLUMN + 1];
        int nonBlank = 0;
        for (int i = start; i < end; i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            nonBlank++;
            int k = 0;
            while (k < l.length() && k <= MAX_COLUMN && l.charAt(k) == ' ') {
                k++;
            }
            if (k >= MIN_INDENT && k <= MAX_COLUMN) {
                counts[k]++;
            }
        }
        int y = 0;
        for (int k = MIN_INDENT; k <= MAX_COLUMN; k++) {
            if (counts[k] > counts[y]) {
                y = k;
            }
        }
        if (y == 0 || counts[y] < 3 || counts[y] * 2 < nonBlank) {
            return 0;
        }
        int fit = 0;
        for (int i = start; i < end; i++) {
            if (!lines.get(i).isBlank() && splits(lines.get(i), y)) {
                fit++;
            }
        }
        return nonBlank - fit <= Math.max(2, nonBlank / 10) ? y : 0;
    }

    /** Counts, per column, the gaps of 2+ spaces after text that end there, and the indents. */
    private static void count(String line, int[] counts) {
        int len = Math.min(line.length(), MAX_COLUMN + 1);
        int i = 0;
        boolean text = false;
        while (i < len) {
            if (line.charAt(i) != ' ') {
                text = true;
                i++;
                continue;
            }
            int runStart = i;
            while (i < len && line.charAt(i) == ' ') {
                i++;
            }
            if (i < len && i <= MAX_COLUMN) {
                if (text && i - runStart >= 2) {
                    counts[2 * i]++;
                    return; // the first gap of a line is its column boundary
                } else if (!text && i >= MIN_INDENT) {
                    counts[2 * i + 1]++;
                    return;
                }
            }
        }
    }

    /**
     * The column with the most lines split there, when enough lines are: at least {@code least}
     * lines with text on both sides, and one line in ten or (a page of long answers beside one
     * short label) half the lines split or indented exactly there; and nearly every line fitting it.
     */
    private static int best(int[] counts, List<String> lines, int start, int end, int nonBlank, int least) {
        int bestX = 0;
        int bestSupport = 0;
        for (int x = 1; x <= MAX_COLUMN; x++) {
            int gaps = counts[2 * x];
            int support = gaps + counts[2 * x + 1];
            if (gaps >= least && (gaps * 10 >= nonBlank || support * 2 >= nonBlank) && support > bestSupport) {
                bestX = x;
                bestSupport = support;
            }
        }
        return bestX > 0 && fits(lines, start, end, bestX) ? bestX : 0;
    }

    /** Whether nearly all the non-blank lines from start to end split at column x (all but two, or 10 %: a heading, a note), and one does. */
    private static boolean fits(List<String> lines, int start, int end, int x) {
        int nonBlank = 0;
        int fit = 0;
        int both = 0;
        for (int i = start; i < end; i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            nonBlank++;
            if (splits(l, x)) {
                fit++;
                if (l.length() > x && !l.substring(0, x).isBlank()) {
                    both++;
                }
            }
        }
        return both > 0 && nonBlank - fit <= Math.max(2, nonBlank / 10);
    }

    /**
     * @param line a line
     * @param x a column boundary
     * @return whether the line splits there: blank, all left of it (a label line), or its left
     *     part blank or ending in two spaces
     */
    static boolean splits(String line, int x) {
        if (line.length() <= x) {
            return true;
        }
        if (x >= 2 && line.charAt(x - 1) == ' ' && line.charAt(x - 2) == ' ') {
            return true;
        }
        for (int i = 0; i < x; i++) {
            if (line.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where line i's answer cell starts, in a two-column page.
     *
     * <p>Mostly at the page's boundary, when the line splits there. But a label line as wide as
     * its cell comes out of {@code pdftotext -layout} run into its answer with a single space
     * ("Discussions that took place radio operators, who kept contact with outer"), the answer
     * shifted off its column: inside a label (the lines right above and below split at the
     * boundary, one of them with label text) and not at the top of a page (where a repeated
     * header stands), such a line is cut at its last single space before the boundary.
     *
     * @param raw the lines as read (form feeds kept)
     * @param lines the same lines, form feeds replaced by spaces
     * @param columns the boundaries ({@link #boundaries}), or {@code null}
     * @param i a line
     * @return the offset where its answer starts, or -1 where the line is not cut in two
     */
    static int cut(List<String> raw, List<String> lines, int[] columns, int i) {
        if (columns == null || columns[i] <= 0) {
            return -1;
        }
        int x = columns[i];
        String l = lines.get(i);
        if (splits(l, x)) {
            return x;
        }
        if (i == 0 || i + 1 >= lines.size() || raw.get(i).indexOf('\f') >= 0 || raw.get(i + 1).indexOf('\f') >= 0
                || columns[i - 1] != x || columns[i + 1] != x) {
            return -1;
        }
        String before = lines.get(i - 1);
        String after = lines.get(i + 1);
        if (before.isBlank() || after.isBlank() || !splits(before, x) || !splits(after, x)
                || (!hasLabel(before, x) && !hasLabel(after, x))) {
            return -1;
        }
        for (int p = Math.min(x, l.length()) - 1; p > 0; p--) {
            if (l.charAt(p) == ' ') {
                return l.charAt(p - 1) != ' ' && p + 1 < l.length() && l.charAt(p + 1) != ' ' ? p + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean hasLabel(String line, int x) {
        for (int i = 0; i < Math.min(x, line.length()); i++) {
            if (line.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    /** @return the text without trailing spaces */
    static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        return s.substring(0, e);
    }
}
