package org.igfreport.internal.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.text.Markers;
import org.igfreport.internal.text.Tokens;

/**
 * Where each label's table row begins in text laid out in two columns ({@code pdftotext
 * -layout}). A label cell aligned to the top starts on its row's first line; a vertically
 * centred one is printed in the middle of its answer, so the answer lines above it (whose label
 * column is blank) belong to it, not to the previous label. Which lines those are is decided by
 * the rows' extent, not by reading order: a centred label has as many answer lines above its
 * middle as below it (give or take one: a centred label may sit half a line off the answer's
 * lines; a label in a smaller font wraps between its answer's lines), and a
 * row that runs over a page break is drawn with its label at its top (LibreOffice cannot centre a
 * cell over two pages). The answer lines between two labels are shared out so that as many rows
 * as possible are centred, the others top-aligned, cutting between sentences where the counts
 * leave a choice. A template title repeated at the top of each page inside a row (a repeated
 * header row) is no boundary. Stateless.
 */
final class CellExtent {

    /** A row whose label is not centred on its answer nor at its top: the shape is wrong. */
    private static final int OFF = 1000;
    /** A row drawn with its label at its top although longer than it (a row over a page break). */
    private static final int TOP = 10;
    /** A cut that goes on with a sentence (a lower-case word after a line that does not end one). */
    private static final int MID_SENTENCE = 3;
    /** A label half a line off the middle of its answer. */
    private static final int HALF_LINE = 1;

    private CellExtent() {
    }

    /**
     * @param document the document
     * @param matches the labels found, in row order
     * @return per match, the first row of its section's content (its start row, or earlier for
     *     a centred label cell)
     */
    static int[] begins(Document document, List<LabelIndex.Match> matches) {
        return begins(document, matches, null);
    }

    /**
     * As {@link #begins(Document, List)}, also in text with no columns ({@code pdftotext} in its
     * default mode), where a centred label is printed among its answer's lines: there the labels
     * alone on their lines (outside runs) are taken as label cells, the other lines as the answer
     * column, and the rows' extent is solved as in two-column text.
     *
     * @param document the document
     * @param matches the labels found, in row order
     * @param runs per match, its content rows when in a run of labels ({@link LabelRuns#contents}),
     *     else {@code null}; {@code null} for two-column text only
     * @return as {@link #begins(Document, List)}
     */
    static int[] begins(Document document, List<LabelIndex.Match> given, int[][] runs) {
        int[] begin = new int[given.size()];
        for (int k = 0; k < begin.length; k++) {
            begin[k] = given.get(k).startRow();
        }
        if (!"text".equals(document.format())) {
            return begin;
        }
        List<Row> rows = document.rows();
        List<LabelIndex.Match> matches = given;
        boolean[] through;
        boolean[] rep;
        boolean flat = runs != null && noColumns(rows);
        if (flat) {
            Flat f = flat(document, given, runs);
            if (f == null) {
                return begin;
            }
            rows = f.rows();
            matches = f.matches();
            through = f.through();
            rep = f.rep();
        } else {
            through = repeatedHeaders(rows, matches);
            if (!centred(rows, matches, through)) {
                return begin;
            }
            rep = repeatedRows(rows.size(), matches, through);
        }
        // runs of labels beside each other (table rows with only answer lines between them),
        // each solved on its own
        List<Integer> run = new ArrayList<>();
        int prevEnd = -1;
        long cost = 0;
        for (int k = 0; k < begin.length; k++) {
            if (through[k]) {
                continue;
            }
            LabelIndex.Match m = matches.get(k);
            int s = m.startRow();
            if (!rows.get(s).isTableRow() || m.section() == null) {
                // a heading ("Gender Reporting") is a row of its own, not a label beside an
                // answer: the answer lines above it are the previous label's
                cost += solve(rows, matches, run, prevEnd, m.startRow(), rep, flat, begin);
                run.clear();
                prevEnd = m.endRow();
                continue;
            }
            if (!run.isEmpty()) {
                int last = matches.get(run.get(run.size() - 1)).endRow();
                if (answerRows(rows, rep, last, s).size() < s - last - 1 - skipped(rep, last, s)) {
                    // something else than answer lines between them: a new run
                    cost += solve(rows, matches, run, prevEnd, s, rep, flat, begin);
                    run.clear();
                    prevEnd = last;
                }
            }
            run.add(k);
        }
        cost += solve(rows, matches, run, prevEnd, rows.size(), rep, flat, begin);
        if (flat && cost > FLAT_MOST * matches.size()) {
            // the lines do not share out as centred labels would have them (labels found in
            // pieces, lines joined): each section begins at its label's row
            for (int k = 0; k < begin.length; k++) {
                begin[k] = given.get(k).startRow();
            }
        }
        return begin;
    }

    /**
     * Text with no columns seen as two: rows of label lines (label cell) and answer lines (answer
     * column), the labels extended over the rest of their words printed among their answer's
     * lines, repeated headings passed through.
     */
    private static final class Flat {
        private final List<Row> rows;
        private final List<LabelIndex.Match> matches;
        private final boolean[] through;
        private final boolean[] rep;

        Flat(List<Row> rows, List<LabelIndex.Match> matches, boolean[] through, boolean[] rep) {
            this.rows = rows;
            this.matches = matches;
            this.through = through;
            this.rep = rep;
        }

        List<Row> rows() {
            return rows;
        }

        List<LabelIndex.Match> matches() {
            return matches;
        }

        boolean[] through() {
            return through;
        }

        boolean[] rep() {
            return rep;
        }
    }

    /**
     * The most the sharing out of text with no columns may cost per label (two half lines off):
     * beyond it the lines are not shaped as centred labels print them.
     */
    private static final int FLAT_MOST = 2;

    /** The fewest labels printed between two lines of one sentence that make text with no columns centred. */
    private static final int MIN_SANDWICHED = 2;

    /**
     * Whether a line inside a wrapped label found in text with no columns is a line of the
     * answer printed between the label's lines, not a line of the label: it has a word that none
     * of the section's labels has (label matching lets a long label skip a word or two: "List of
     * Speakers and their" / "Network)" / "institutional affiliations").
     *
     * @param m a label found
     * @param text the text of a row strictly between its first and last rows
     * @return whether the row is an answer line
     */
    static boolean answerLine(LabelIndex.Match m, String text) {
        if (m.section() == null) {
            return false;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String l : m.section().labels()) {
            Tokens t = Tokens.of(l);
            for (int i = 0; i < t.size(); i++) {
                words.add(t.word(i));
            }
        }
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            if (!words.contains(t.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether no row is a table row (text with no columns). */
    private static boolean noColumns(List<Row> rows) {
        for (Row r : rows) {
            if (r.isTableRow()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text with no columns as two-column rows, when its labels are centred: a label stands
     * between two lines of which the second goes on with the first's sentence (one answer's lines
     * printed around it: "Submarine cable cuts can isolate a small island state for" / "Key
     * Issues raised (1 sentence per" / "weeks, and most have ..."), at least twice. Labels in
     * runs and headings stay full-width lines. {@code null} where the labels are not centred, or
     * a label shares its line with text.
     */
    private static Flat flat(Document document, List<LabelIndex.Match> matches, int[][] runs) {
        List<Row> rows = document.rows();
        int n = rows.size();
        boolean[] label = new boolean[n];
        boolean[] line = new boolean[n];
        // per row, where the answer begins on a label's line that also holds an answer line
        int[] split = new int[n];
        Arrays.fill(split, -1);
        List<LabelIndex.Match> out = new ArrayList<>(matches);
        for (int k = 0; k < matches.size(); k++) {
            LabelIndex.Match m = matches.get(k);
            if (runs[k] != null || m.section() == null) {
                Arrays.fill(line, m.startRow(), m.endRow() + 1, true);
                for (int p = 0; runs[k] != null && p + 1 < runs[k].length; p += 2) {
                    Arrays.fill(line, Math.max(0, runs[k][p]), Math.min(n, runs[k][p + 1] + 1), true);
                }
                continue;
            }
            int stop = k + 1 < matches.size() ? matches.get(k + 1).startRow() - 1 : n - 1;
            int end = m.endRow();
            // the rest of the label's words: on its own last line ("Key Issues raised" found, "(1
            // sentence per" after it) or on lines among the answer's ("issue)")
            Map<Integer, Integer> rest = LabelRuns.rest(document, m, new int[] {m.endRow(), stop});
            for (Map.Entry<Integer, Integer> e : rest.entrySet()) {
                label[e.getKey()] = true;
                end = Math.max(end, e.getKey());
                if (e.getValue() >= 0) {
                    split[e.getKey()] = e.getValue();
                }
            }
            String last = rows.get(m.endRow()).body().text();
            if (!label[m.endRow()] && !last.substring(Math.min(m.endOffset(), last.length())).isBlank()) {
                // a label line and an answer line on one baseline, joined ("Please describe the
                // Discussions Operators explained that ..."): a row of both columns
                split[m.endRow()] = m.endOffset();
            }
            Arrays.fill(label, m.startRow(), m.endRow() + 1, true);
            for (int r = m.startRow() + 1; r < m.endRow(); r++) {
                label[r] = !answerLine(m, rows.get(r).body().text());
            }
            out.set(k, new LabelIndex.Match(m.section(), m.startRow(), end, m.endOffset(), m.score(), m.exact(), m.loose()));
        }
        int sandwiched = 0;
        for (int k = 0; k < out.size(); k++) {
            LabelIndex.Match m = out.get(k);
            if (line[m.startRow()] || m.startRow() == 0) {
                continue;
            }
            // the next answer line: after the label's lines, or on one of them (joined to it)
            int below = m.startRow();
            while (below < n && label[below] && split[below] < 0) {
                below++;
            }
            int above = m.startRow() - 1;
            if (below >= n || label[above] || line[above] || line[below]) {
                continue;
            }
            String a = rows.get(above).body().text().strip();
            String b = rows.get(below).body().text().substring(Math.max(0, Math.min(split[below],
                    rows.get(below).body().text().length()))).strip();
            if (!a.isEmpty() && !b.isEmpty() && !Markers.endsSentence(a) && LabelRuns.continues(a, b)) {
                sandwiched++;
            }
        }
        if (sandwiched < MIN_SANDWICHED) {
            return null;
        }
        List<Row> flat = new ArrayList<>(n);
        boolean[] rep = new boolean[n];
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            Fragment none = row.body().sub(0, 0);
            if (line[r]) {
                flat.add(row);
            } else if (label[r] && split[r] >= 0) {
                int len = row.body().text().length();
                int at = Math.min(split[r], len);
                flat.add(new Row(row.body().sub(0, at), row.body().sub(at, len), row.breakAfter(), false));
            } else if (label[r]) {
                flat.add(new Row(row.body(), none, row.breakAfter(), false));
            } else {
                flat.add(new Row(none, row.body(), row.breakAfter(), false));
                // (blank lines are where pdftotext ends a block, not lines of the answer)
                rep[r] = row.body().isBlank();
            }
        }
        boolean[] through = new boolean[out.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < out.size(); k++) {
            LabelIndex.Match m = out.get(k);
            if (m.section() == null && runs[k] == null) {
                through[k] = !seen.add(rows.get(m.startRow()).body().text().strip());
                if (through[k]) {
                    Arrays.fill(rep, m.startRow(), m.endRow() + 1, true);
                }
            }
        }
        return new Flat(flat, out, through, rep);
    }

    /**
     * Shares out the answer lines of a run of labels: the lines above the first label are its
     * own, those below the last label (up to {@code stop}) are the last label's, and each row's
     * label is centred on its answer or at the top of a row over a page break. A dynamic
     * programme over the number of answer lines above each label; linear in the lines, as each
     * row allows at most three counts below its label (four in text with no columns) unless its
     * label is at its top.
     *
     * @return the least cost found ({@link #OFF} where there is no way to share the lines out)
     */
    private static long solve(List<Row> rows, List<LabelIndex.Match> matches, List<Integer> run, int prevEnd, int stop,
            boolean[] rep, boolean flat, int[] begin) {
        int n = run.size();
        if (n == 0) {
            return 0;
        }
        // the answer rows of each gap: gaps[0] above the first label, gaps[j] between label j-1 and j, gaps[n] below the last
        List<List<Integer>> gaps = new ArrayList<>(n + 1);
        int first = matches.get(run.get(0)).startRow();
        gaps.add(answerRowsAbove(rows, rep, prevEnd, first));
        for (int j = 1; j < n; j++) {
            gaps.add(answerRows(rows, rep, matches.get(run.get(j - 1)).endRow(), matches.get(run.get(j)).startRow()));
        }
        gaps.add(answerRowsBelow(rows, rep, matches.get(run.get(n - 1)).endRow(), stop));
        // the answer lines beside each label, above its middle less those below it (a label
        // wrapped between its answer's lines, in a smaller font, spans more rows than it has lines)
        int[] delta = new int[n];
        int[] slack = new int[n];
        boolean[] bare = new boolean[n];
        for (int j = 0; j < n; j++) {
            LabelIndex.Match m = matches.get(run.get(j));
            bare[j] = flat;
            for (int r = m.startRow(); r <= m.endRow(); r++) {
                if (!rows.get(r).body().isBlank()) {
                    bare[j] = false;
                    delta[j] += Integer.signum(m.startRow() + m.endRow() - 2 * r);
                } else if (r > 0 && r + 1 < rows.size() && !rows.get(r - 1).body().isBlank()
                        && !rows.get(r + 1).body().isBlank() && (r < m.endRow() || answerOnly(rows.get(r + 1)))) {
                    // a label line of its own between two answer lines: the label's lines and the
                    // answer's have other heights, so counting lines measures the middle less well
                    slack[j]++;
                }
            }
        }
        int width = 0;
        if (flat) {
            List<String> answer = new ArrayList<>();
            for (List<Integer> gap : gaps) {
                for (int r : gap) {
                    answer.add(rows.get(r).body().text());
                }
            }
            width = LabelRuns.width(answer);
        }
        int[] starts = flat ? entryStarts(rows, matches, run) : null;
        // cost[j][a]: least cost of rows 0..j-1 with a answer lines above label j (a row of gap j)
        int[][] cost = new int[n][];
        int[][] from = new int[n][];
        cost[0] = new int[gaps.get(0).size() + 1];
        Arrays.fill(cost[0], Integer.MAX_VALUE);
        cost[0][gaps.get(0).size()] = 0;
        for (int j = 1; j < n; j++) {
            int f = gaps.get(j).size();
            cost[j] = new int[f + 1];
            from[j] = new int[f + 1];
            Arrays.fill(cost[j], Integer.MAX_VALUE);
            int[] prev = cost[j - 1];
            for (int a = 0; a < prev.length; a++) {
                if (prev[a] == Integer.MAX_VALUE) {
                    continue;
                }
                // row j-1 has a lines above its label; b below it, f - b above label j
                int t = a + delta[j - 1];
                int lo = a == 0 ? 0 : Math.max(0, t - 1);
                int hi = a == 0 ? f : Math.min(f, t + (flat ? 2 : 1));
                for (int b = lo; b <= hi; b++) {
                    int end = matches.get(run.get(j - 1)).endRow();
                    boolean broken = b > 0 && overBreak(rep, end, gaps.get(j).get(b - 1));
                    int c = prev[a] + rowCost(a, b, delta[j - 1], slack[j - 1], broken, flat, bare[j - 1])
                            + people(rows, starts, matches.get(run.get(j - 1)), gaps.get(j - 1), a, gaps.get(j), b)
                            + (flat ? named(rows, matches.get(run.get(j - 1)), gaps.get(j - 1), a, gaps.get(j), b) : 0)
                            + (flat ? flatCut(rows, gaps.get(j), b, firstAnswer(rows, matches.get(run.get(j))), width)
                                    : cutCost(rows, gaps.get(j), b, matches.get(run.get(j)).startRow()));
                    if (c < cost[j][f - b]) {
                        cost[j][f - b] = c;
                        from[j][f - b] = a;
                    }
                }
            }
        }
        // the last row: all the lines below its label are its own
        int below = gaps.get(n).size();
        int bestA = -1;
        int best = Integer.MAX_VALUE;
        int[] last = cost[n - 1];
        for (int a = 0; a < last.length; a++) {
            if (last[a] == Integer.MAX_VALUE) {
                continue;
            }
            boolean broken = below > 0
                    && overBreak(rep, matches.get(run.get(n - 1)).endRow(), gaps.get(n).get(below - 1));
            int c = last[a] + rowCost(a, below, delta[n - 1], slack[n - 1], broken, flat, bare[n - 1])
                    + people(rows, starts, matches.get(run.get(n - 1)), gaps.get(n - 1), a, gaps.get(n), below)
                    + (flat ? named(rows, matches.get(run.get(n - 1)), gaps.get(n - 1), a, gaps.get(n), below) : 0);
            if (c < best) {
                best = c;
                bestA = a;
            }
        }
        if (bestA < 0) {
            // no way to share the lines out (labels out of order, answer lines of another shape):
            // each section begins at its label's row
            return OFF;
        }
        for (int j = n - 1; j >= 0; j--) {
            List<Integer> gap = gaps.get(j);
            int a = bestA;
            begin[run.get(j)] = a == 0 ? matches.get(run.get(j)).startRow() : gap.get(gap.size() - a);
            if (j > 0) {
                bestA = from[j][a];
            }
        }
        return best;
    }

    /**
     * The cost of a row with a answer lines above its label and b below it, delta more above its
     * middle than below it beside the label, slack label lines of its own between answer lines
     * (each a line the count may be off by: the answer's paragraphs spaced, the label's lines
     * smaller), broken whether a page's repeated title stands among its b lines below (the row
     * runs over a page break, where its label is drawn at its top).
     */
    private static int rowCost(int a, int b, int delta, int slack, boolean broken) {
        if (b < 0) {
            return a == 0 ? HALF_LINE : OFF;
        }
        int d = Math.abs(a + delta - b);
        if (d == 0 || a == 0 && b == 0) {
            // (no answer line above or below it: the label is the taller cell, the answer at its top)
            return 0;
        }
        if (d == 1) {
            return HALF_LINE;
        }
        if (d <= 1 + slack) {
            return 2 * HALF_LINE;
        }
        if (a == 0 && broken) {
            // the shape a row over a page break is drawn in: no cheaper than a centred row
            return HALF_LINE;
        }
        return a == 0 ? TOP : OFF;
    }

    /**
     * {@link #rowCost(int, int, int, int, boolean)}, in text with no columns ({@code flat}): the
     * answer line beside a label's first line is printed after it, so it may count as one below
     * it; a label with no answer line at all ({@code bare}: an empty cell) costs half a line, as
     * cells are filled more often than not.
     */
    private static int rowCost(int a, int b, int delta, int slack, boolean broken, boolean flat, boolean bare) {
        if (!flat) {
            return rowCost(a, b, delta, slack, broken);
        }
        if (b == 0 && a == 0 && bare) {
            return HALF_LINE;
        }
        // (an answer of an even number of lines has none beside the label's middle)
        return Math.min(rowCost(a, b, delta, slack, broken), b > 0 ? rowCost(a, b - 1, delta, slack, broken) : OFF);
    }

    /**
     * The cost of cutting a gap's answer lines after its first b in text with no columns: where
     * the last line kept leaves room for the next line's first word ({@link LabelRuns#cut}); the
     * next is the next label's first answer line when the whole gap is kept; half a line at most
     * after a sentence's end.
     */
    private static int flatCut(List<Row> rows, List<Integer> gap, int b, int next, int width) {
        if (b == 0) {
            return 0;
        }
        int after = b < gap.size() ? gap.get(b) : next;
        String line = rows.get(gap.get(b - 1)).body().text().strip();
        String text = rows.get(after).body().text().strip();
        if (line.isEmpty() || text.isEmpty()) {
            return 0;
        }
        int c = (int) Math.round(LabelRuns.cut(line, text, width));
        if (!LabelRuns.continues(line, text) && (entry(line) && entry(text)
                || Markers.startsListItem(text) || Markers.presentationAtStart(text))) {
            // a whole entry "Name, Organisation" then another ("Tariq Hussain, Internet Society" /
            // "Beatriz Nascimento, ..."), or a line then a numbered item or a presentation's opening
            // ("1. Courts in ..."): one answer's last line and the next's first may be there,
            // whatever room the characters seem to leave
            return 0;
        }
        // a sentence that ends a full line may end the answer as well as go on with the next
        return Markers.endsSentence(line) && Character.isUpperCase(text.charAt(0)) ? Math.min(c, HALF_LINE) : c;
    }

    /**
     * The cost of giving a one-person section (moderator, rapporteur) two entries shaped as
     * people's ("Aigerim Nurlanovna (Internet Society Pakistan" / "Chapter)" / "Meera Krishnan,
     * Internet Society Pakistan Chapter"): as much as a label two half lines off, where the counts
     * of lines alone cannot tell which cell the second entry is in.
     *
     * @param starts per row, how many rows before it begin a person's entry ({@link #entryStarts})
     * @param m the row's label
     * @param above the gap above it, of which its last a lines are the row's
     * @param below the gap below it, of which its first b lines are the row's
     */
    private static int people(List<Row> rows, int[] starts, LabelIndex.Match m, List<Integer> above, int a,
            List<Integer> below, int b) {
        if (starts == null || m.section() == null || m.section().kind() != SectionKind.PERSON) {
            return 0;
        }
        int lo = a > 0 ? above.get(above.size() - a) : m.startRow();
        int hi = b > 0 ? below.get(Math.min(b, below.size()) - 1) : m.endRow();
        // the row's first line begins an entry whatever the line before it
        int entries = starts[hi + 1] - starts[lo + 1] + (entry(rows.get(lo).body().text().strip()) ? 1 : 0);
        return entries > 1 ? 2 * HALF_LINE : 0;
    }

    /**
     * The cost of giving a date or time cell an answer with a line shaped as a name
     * (capitalised words, no digit: "Kenya Human Rights Commission and Paradigm", the organiser's
     * first line printed above its centred label): more than leaving the cell empty
     * ({@link #rowCost} of a bare label), as {@link LabelRuns} prices such an answer.
     *
     * @param m the row's label
     * @param above the gap above it, of which its last a lines are the row's
     * @param below the gap below it, of which its first b lines are the row's
     */
    private static int named(List<Row> rows, LabelIndex.Match m, List<Integer> above, int a, List<Integer> below,
            int b) {
        if (m.section() == null || m.section().kind() != SectionKind.TIME && m.section().kind() != SectionKind.DATE
                || a == 0 && b == 0) {
            return 0;
        }
        for (int i = 0; i < a + b; i++) {
            int r = i < a ? above.get(above.size() - a + i) : below.get(Math.min(i - a, below.size() - 1));
            String line = rows.get(r).body().text().strip();
            if (LabelRuns.nameLike(line) && !LabelRuns.timeLike(line) && !LabelRuns.dateLike(line)) {
                return 2 * HALF_LINE;
            }
        }
        return 0;
    }

    /**
     * Per row r, how many rows before r begin a person's entry (shaped as one, not carrying the
     * line before on); {@code null} where no label of the run is a one-person section's.
     */
    private static int[] entryStarts(List<Row> rows, List<LabelIndex.Match> matches, List<Integer> run) {
        boolean any = false;
        for (int k : run) {
            any |= matches.get(k).section() != null && matches.get(k).section().kind() == SectionKind.PERSON;
        }
        if (!any) {
            return null;
        }
        int[] out = new int[rows.size() + 1];
        String prev = null;
        for (int r = 0; r < rows.size(); r++) {
            String t = rows.get(r).body().text().strip();
            boolean start = !t.isEmpty() && entry(t) && (prev == null || !LabelRuns.continues(prev, t));
            out[r + 1] = out[r] + (start ? 1 : 0);
            prev = t.isEmpty() ? prev : t;
        }
        return out;
    }

    /** Whether a line is shaped as a person's entry: a name, then a comma or a parenthesis and more. */
    private static boolean entry(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) != ',' && line.charAt(at) != '(') {
            at++;
        }
        return at + 2 < line.length() && LabelRuns.personLike(line);
    }

    /** The first answer row at or after a label's first row (its first row where none is). */
    private static int firstAnswer(List<Row> rows, LabelIndex.Match m) {
        for (int r = m.startRow(); r < rows.size(); r++) {
            if (!rows.get(r).body().isBlank()) {
                return r;
            }
        }
        return m.startRow();
    }

    /** Whether a repeated header's row stands after row {@code after} and before row {@code last}. */
    private static boolean overBreak(boolean[] rep, int after, int last) {
        for (int r = after + 1; r < last; r++) {
            if (rep[r]) {
                return true;
            }
        }
        return false;
    }

    /** The cost of cutting a gap's answer rows after its first b (the rest going to the label at row next). */
    private static int cutCost(List<Row> rows, List<Integer> gap, int b, int next) {
        int c = b < gap.size() ? gap.get(b) : next;
        int before = b > 0 ? gap.get(b - 1) : c - 1;
        return cutsBetweenSentences(rows, before, c) ? 0 : MID_SENTENCE;
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
     * Which headings found are a heading repeated at the top of a page inside the table (the
     * template's title as a repeated header row in two-column text): the same text as an earlier
     * heading, with answer lines (label column blank) right above and below it. Such a row ends
     * no section; its answer goes on after it.
     *
     * @param document the document
     * @param matches the labels and headings found, in row order
     * @return per match, whether it is such a repeated heading
     */
    static boolean[] repeatedHeaders(Document document, List<LabelIndex.Match> matches) {
        if (!"text".equals(document.format())) {
            return new boolean[matches.size()];
        }
        return repeatedHeaders(document.rows(), matches);
    }

    /**
     * @param document the document
     * @param matches the labels and headings found, in row order
     * @param through per match, whether it is a repeated header ({@link #repeatedHeaders})
     * @return per row, whether it is a row of a repeated header
     */
    static boolean[] repeatedRows(Document document, List<LabelIndex.Match> matches, boolean[] through) {
        return repeatedRows(document.rows().size(), matches, through);
    }

    private static boolean[] repeatedHeaders(List<Row> rows, List<LabelIndex.Match> matches) {
        boolean[] out = new boolean[matches.size()];
        for (int k = 0; k < matches.size(); k++) {
            LabelIndex.Match m = matches.get(k);
            int s = m.startRow();
            int e = m.endRow();
            if (m.section() != null || s != e || s == 0 || e + 1 >= rows.size()
                    || !answerText(rows.get(s - 1)) || !answerText(rows.get(e + 1))) {
                continue;
            }
            String text = headingText(rows.get(s));
            for (int j = 0; j < k && !out[k] && text != null; j++) {
                LabelIndex.Match h = matches.get(j);
                out[k] = h.section() == null && h.startRow() == h.endRow() && text.equals(headingText(rows.get(h.startRow())));
            }
        }
        return out;
    }

    /** The text of a heading's row: a full-width line, or a label cell beside a blank answer; else {@code null}. */
    private static String headingText(Row r) {
        if (!r.isTableRow()) {
            return r.body().text().strip();
        }
        return r.body().isBlank() ? r.label().text().strip() : null;
    }

    private static boolean answerText(Row r) {
        return answerOnly(r) && !r.body().isBlank();
    }

    /**
     * Whether the table's label cells are vertically centred: answer lines stand above the first
     * label, or a label has a line of its own between answer lines above and below it (a centred
     * label half a line off the answer's lines).
     */
    static boolean centred(List<Row> rows, List<LabelIndex.Match> matches) {
        return centred(rows, matches, new boolean[matches.size()]);
    }

    private static boolean centred(List<Row> rows, List<LabelIndex.Match> matches, boolean[] through) {
        int prevEnd = -1;
        boolean first = true;
        for (int k = 0; k < matches.size(); k++) {
            LabelIndex.Match m = matches.get(k);
            int s = m.startRow();
            if (through[k]) {
                continue;
            }
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
     * Whether rows before and c can be the last answer line of one label and the first of the
     * next: row c does not carry on row before's sentence (a word in lower case, or any word
     * after a comma or a joining word such as "of", after a line that does not end a sentence).
     */
    private static boolean cutsBetweenSentences(List<Row> rows, int before, int c) {
        if (before < 0 || c <= 0 || c >= rows.size()) {
            return true;
        }
        String b = rows.get(before).body().text().strip();
        String a = rows.get(c).body().text().strip();
        if (unclosed(b) || unopened(a)) {
            return false; // inside brackets: "Name (Organisation of" / "Country)"
        }
        // (nor an entry's: "University of Cape Town, Faculty of" / "Law")
        return b.isEmpty() || a.isEmpty() || Markers.endsSentence(b) || !LabelRuns.continues(b, a);
    }

    /** Whether a line opens a bracket it does not close. */
    private static boolean unclosed(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Whether a line closes a bracket it did not open. */
    private static boolean unopened(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return true;
            }
        }
        return false;
    }

    /** The rows of repeated headers between rows after and s (exclusive). */
    private static int skipped(boolean[] rep, int after, int s) {
        int n = 0;
        for (int r = after + 1; r < s; r++) {
            n += rep[r] ? 1 : 0;
        }
        return n;
    }

    /** Per row, whether it is a row of a repeated header. */
    private static boolean[] repeatedRows(int size, List<LabelIndex.Match> matches, boolean[] through) {
        boolean[] out = new boolean[size];
        for (int k = 0; k < matches.size(); k++) {
            if (through[k]) {
                Arrays.fill(out, matches.get(k).startRow(), matches.get(k).endRow() + 1, true);
            }
        }
        return out;
    }

    /** The answer rows (label column blank) right above row s, after row {@code after}, in order, repeated headers skipped. */
    private static List<Integer> answerRowsAbove(List<Row> rows, boolean[] rep, int after, int s) {
        List<Integer> out = new ArrayList<>();
        for (int r = s - 1; r > after; r--) {
            if (rep[r]) {
                continue;
            }
            if (!answerOnly(rows.get(r))) {
                break;
            }
            out.add(r);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The answer rows between rows after and s, as answerRowsAbove (stopping at a row that is not one). */
    private static List<Integer> answerRows(List<Row> rows, boolean[] rep, int after, int s) {
        return answerRowsAbove(rows, rep, after, s);
    }

    /** The answer rows right below row {@code after}, before row stop, repeated headers skipped. */
    private static List<Integer> answerRowsBelow(List<Row> rows, boolean[] rep, int after, int stop) {
        List<Integer> out = new ArrayList<>();
        for (int r = after + 1; r < stop; r++) {
            if (rep[r]) {
                continue;
            }
            if (!answerOnly(rows.get(r))) {
                break;
            }
            out.add(r);
        }
        return out;
    }

    private static boolean answerOnly(Row r) {
        return r.isTableRow() && r.label().isBlank();
    }
}
