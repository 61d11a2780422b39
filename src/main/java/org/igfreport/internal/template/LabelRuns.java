package org.igfreport.internal.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.text.Markers;
import org.igfreport.internal.text.Paragraphs;
import org.igfreport.internal.text.Tokens;

/**
 * Pairs labels with answers in text where a table's label cells come out as one run of labels
 * followed by one run of answers ({@code pdftotext} in its default mode prints a page's label
 * column, then its answer column). The answer run is cut into units where a line ends an entry
 * or a paragraph (a blank line, or a line that leaves room for the next line's first word and
 * is not carried on by it), and the units are shared out, in order, among the run's labels so
 * that each label gets what its section kind looks like (a date, a time, one value, entries with
 * affiliations, sentences, "Presentation 1 (...)" paragraphs, prose). The first label run of a
 * page may begin with the rest of the previous page's last answer. Where two neighbouring
 * labels take the same kind of content (two prose sections) the cut between them is a guess:
 * the one that gives each section the paragraphs the template asks for. Stateless.
 */
final class LabelRuns {

    /** The cost of leaving a label's answer empty: cells are filled far more often than not. */
    private static final double EMPTY = 3.0;

    /**
     * The fewest labels with nothing between them that make a run: shorter runs are sections
     * left empty in ordinary text (the pdftotext default output of a template table puts most of
     * a page's labels in one run).
     */
    private static final int MIN_RUN = 6;

    /**
     * The fewest labels that make a run once the document has shown a run of {@link #MIN_RUN}:
     * the labels of a later page (its rows may be few and long).
     */
    private static final int MIN_NEXT_RUN = 2;

    private LabelRuns() {
    }

    /**
     * @param document the document
     * @param matches the labels found, in row order
     * @return per match, its content rows {@code {from, to}} (inclusive; {@code to < from} for
     *     none), or {@code null} where the match is not in a run (its content is what follows it)
     */
    static int[][] contents(Document document, List<LabelIndex.Match> matches) {
        return contents(document, matches, new boolean[matches.size()]);
    }

    /**
     * As {@link #contents(Document, List)}, also marking the labels whose answer's end or start
     * is a guess: two neighbouring answers that look alike (prose, presentation summaries) came
     * as one run of lines, with no blank line where the one was cut from the other, so where the
     * first ends is not in the text (pdftotext prints a page's labels apart from its answers).
     *
     * @param document the document
     * @param matches the labels found, in row order
     * @param guessed per match, set to {@code true} where its answer's end or start is a guess
     * @return as {@link #contents(Document, List)}
     */
    static int[][] contents(Document document, List<LabelIndex.Match> matches, boolean[] guessed) {
        int[] begins = new int[matches.size()];
        for (int k = 0; k < begins.length; k++) {
            begins[k] = matches.get(k).startRow();
        }
        return contents(document, matches, guessed, begins, new int[matches.size()][]);
    }

    /**
     * As {@link #contents(Document, List, boolean[])}, also giving a label that is not in a run
     * but right before one the run's first units where they carry its answer on (a label whose
     * answer runs over a page break, on whose next page pdftotext prints the labels apart from
     * the answers: "Please describe the Discussions ..." on page 1, its last paragraphs after the
     * next page's labels).
     *
     * @param document the document
     * @param matches the labels found, in row order
     * @param guessed as {@link #contents(Document, List, boolean[])}
     * @param begins per match, the first row of its content (see {@link CellExtent#begins})
     * @param tails per match not in a run, set to the rows {@code {from, to}} that its answer goes
     *     on with after its own (the first units of the run after it); left {@code null} for none
     * @return as {@link #contents(Document, List)}
     */
    static int[][] contents(Document document, List<LabelIndex.Match> matches, boolean[] guessed, int[] begins,
            int[][] tails) {
        int[][] out = new int[matches.size()][];
        if (!"text".equals(document.format())) {
            return out;
        }
        List<Row> rows = document.rows();
        int[] column = Column.widths(rows);
        int prevLast = -1;
        boolean seen = false;
        int k = 0;
        while (k < matches.size()) {
            int end = k;
            while (end + 1 < matches.size() && adjacent(rows, matches.get(end), matches.get(end + 1))) {
                end++;
            }
            int named = 0;
            for (int j = k; j <= end; j++) {
                if (matches.get(j).section() != null) {
                    named++;
                }
            }
            boolean few = named < (seen ? MIN_NEXT_RUN : MIN_RUN);
            if (few && named >= MIN_NEXT_RUN && alone(rows, matches.get(end))) {
                few = !shared(rows, matches, k, end, column);
            }
            if (few || !alone(rows, matches.get(end))) {
                if (matches.get(end).section() != null) {
                    prevLast = end;
                }
                k = end + 1;
                continue;
            }
            int from = matches.get(end).endRow() + 1;
            int to = end + 1 < matches.size() ? labelTail(rows, from, matches.get(end + 1).startRow() - 1, matches.get(end))
                    : rows.size() - 1;
            List<Integer> groupMatch = new ArrayList<>();
            List<SectionKind> kinds = new ArrayList<>();
            List<TemplateSection> sections = new ArrayList<>();
            // the previous label's answer may go on here: after its own run's share, or, for a
            // label not in a run, after what follows it up to this run when the run opens with a
            // heading (the template's title atop a new page)
            boolean open = prevLast >= 0 && out[prevLast] == null && matches.get(k).section() == null;
            if (prevLast >= 0 && (out[prevLast] != null || open)) {
                groupMatch.add(prevLast);
                kinds.add(matches.get(prevLast).section().kind());
                sections.add(matches.get(prevLast).section());
            }
            boolean carry = !groupMatch.isEmpty();
            for (int j = k; j <= end; j++) {
                if (matches.get(j).section() != null) {
                    groupMatch.add(j);
                    kinds.add(matches.get(j).section().kind());
                    sections.add(matches.get(j).section());
                    out[j] = new int[] {0, -1};
                }
            }
            List<String> lines = new ArrayList<>();
            for (int r = from; r <= to; r++) {
                lines.add(rows.get(r).isTableRow() ? rows.get(r).label().text() + " " + rows.get(r).body().text()
                        : rows.get(r).body().text());
            }
            int carried = -1;
            if (carry) {
                int[] prev = open ? new int[] {begins[prevLast], matches.get(k).startRow() - 1} : out[prevLast];
                List<String> before = new ArrayList<>();
                for (int p = 0; p + 1 < prev.length; p += 2) {
                    for (int r = prev[p]; r <= prev[p + 1]; r++) {
                        LabelIndex.Match pm = matches.get(prevLast);
                        if (r < pm.startRow() || r > pm.endRow()) {
                            before.add(rows.get(r).body().text());
                        }
                    }
                }
                carried = paragraphs(before, column);
            }
            // (a run's last answer, when any label of the document follows it, may go on after those labels --
            // typically the next page's: its paragraphs here need not be all. No page break is looked for: a run
            // whose last section is not the document's last pays nothing there for too few paragraphs)
            int[] group = partition(lines, sections, carried, column, end + 1 < matches.size(), new double[1]);
            for (int g = 1; g < groupMatch.size(); g++) {
                if (alike(sections.get(g - 1)) && alike(sections.get(g)) && unmarkedCut(lines, group, g)) {
                    guessed[groupMatch.get(g - 1)] = true;
                    guessed[groupMatch.get(g)] = true;
                }
            }
            for (int g = 0; g < groupMatch.size(); g++) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < group.length; i++) {
                    if (group[i] == g) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (first < 0) {
                    continue;
                }
                int m = groupMatch.get(g);
                if (carry && g == 0 && open) {
                    tails[m] = new int[] {from + first, from + last};
                } else if (carry && g == 0) {
                    // the rest of the previous page's last answer: its content runs on
                    int[] prev = out[m];
                    int[] extra = {from + first, from + last};
                    out[m] = prev[1] < prev[0] ? extra : new int[] {prev[0], prev[1], extra[0], extra[1]};
                } else {
                    out[m] = new int[] {from + first, from + last};
                }
            }
            prevLast = groupMatch.get(groupMatch.size() - 1);
            seen = true;
            k = end + 1;
        }
        return out;
    }

    /** Whether a section's answer is prose that the next prose answer could go on (or start) from. */
    private static boolean alike(TemplateSection section) {
        return section.kind() == SectionKind.PROSE || section.kind() == SectionKind.PRESENTATIONS;
    }

    /**
     * Whether the lines of group {@code g - 1} and of group {@code g} meet with no blank line
     * between the last line of the one and the first line of the other.
     */
    private static boolean unmarkedCut(List<String> lines, int[] group, int g) {
        int lastPrev = -1;
        int firstNext = -1;
        for (int i = 0; i < group.length; i++) {
            if (group[i] == g - 1 && !lines.get(i).isBlank()) {
                lastPrev = i;
            }
            if (group[i] == g && !lines.get(i).isBlank() && firstNext < 0) {
                firstNext = i;
            }
        }
        return lastPrev >= 0 && firstNext == lastPrev + 1;
    }

    /**
     * The last row of an answer run that ends right before the next page's labels: without the
     * rest of a label that ran over the page break (pdftotext prints the label column's last
     * lines at the top of the next page: "women present at the session" after "Estimate the
     * overall number of"), a few lines after the answer run's closing blank line, the first in
     * lower case.
     */
    private static int labelTail(List<Row> rows, int from, int to, LabelIndex.Match last) {
        int t = to;
        while (t >= from && !rows.get(t).isBlank()) {
            t--;
        }
        if (t >= from && t == to) {
            // the rest of the run's last label, then a blank line before the next page's labels
            // ("Please describe the" ending the run / "Discussions that took place" / ... atop
            // the next page): the rest's words are that label's remaining words, whatever their case
            int e = to;
            while (e >= from && rows.get(e).isBlank()) {
                e--;
            }
            int b = e;
            while (b > from && !rows.get(b - 1).isBlank()) {
                b--;
            }
            if (e >= from && e - b < 3 && b > from && restOfLabel(rows, last, b, e)) {
                return b - 1;
            }
            return to;
        }
        if (t < from || to - t > 3 || rows.get(t + 1).isTableRow()) {
            return to;
        }
        String first = rows.get(t + 1).body().text().strip();
        return Character.isLowerCase(first.charAt(0)) ? t : to;
    }

    /**
     * Whether rows {@code b..e} hold exactly the words of a section's label that its match did
     * not find, the match having found the label's beginning (one of its labels or variants).
     */
    private static boolean restOfLabel(List<Row> rows, LabelIndex.Match m, int b, int e) {
        if (m.section() == null) {
            return false;
        }
        StringBuilder found = new StringBuilder();
        for (int r = m.startRow(); r <= m.endRow(); r++) {
            if (rows.get(r).isTableRow()) {
                return false;
            }
            String t = rows.get(r).body().text();
            found.append(' ').append(r == m.endRow() ? t.substring(0, Math.min(m.endOffset(), t.length())) : t);
        }
        StringBuilder block = new StringBuilder();
        for (int r = b; r <= e; r++) {
            if (rows.get(r).isTableRow()) {
                return false;
            }
            block.append(' ').append(rows.get(r).body().text());
        }
        Tokens got = Tokens.of(found);
        Tokens more = Tokens.of(block);
        for (String label : m.section().labels()) {
            Tokens want = Tokens.of(label);
            if (want.size() != got.size() + more.size() || got.size() == 0) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < want.size() && same; i++) {
                same = want.word(i).equals(i < got.size() ? got.word(i) : more.word(i - got.size()));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cost of moving answer lines up to the label below them: labels are printed beside the
     * top of their answer more often than beside its middle, so lines move only where they fit
     * the next section clearly better than the one above.
     */
    private static final double ABOVE = 0.5;

    /**
     * Gives the answer lines printed right above a label to that label where they fit its section
     * better (pdftotext default mode, label cells vertically centred: a label is printed beside
     * the middle of its answer, so the answer's first lines come before it, right after the
     * previous answer: "Yuki Tanaka, Japan Internet Society Chapter" / "Older persons are online
     * in growing numbers but use a" / ... / "Key Issues raised (1 sentence"). Only between two
     * labels alone on their lines, outside runs; only the block of two lines or more (wrapped
     * lines) that ends right before the label (blank lines between).
     *
     * @param document the document
     * @param matches the labels found, in row order
     * @param runs per match its content rows when in a run (see {@link #contents}), else {@code null}
     * @param begins per match, the first row of its content; moved up here
     */
    static void above(Document document, List<LabelIndex.Match> matches, int[][] runs, int[] begins) {
        above(document, matches, runs, begins, new boolean[matches.size()]);
    }

    /**
     * As {@link #above(Document, List, int[][], int[])}, passing over the headings that end no
     * section ({@code through}: the template's title repeated atop a page, as pdftotext prints a
     * repeated header row): the label after such a heading is the label below, and the heading's
     * rows stand for a blank line (the block right above the label begins after it).
     *
     * @param document the document
     * @param matches the labels found, in row order
     * @param runs as {@link #above(Document, List, int[][], int[])}
     * @param begins as {@link #above(Document, List, int[][], int[])}
     * @param through per match, whether it is a heading that ends no section
     */
    static void above(Document document, List<LabelIndex.Match> matches, int[][] runs, int[] begins, boolean[] through) {
        if (!"text".equals(document.format())) {
            return;
        }
        List<Row> rows = document.rows();
        int[] column = Column.widths(rows);
        boolean[] passed = new boolean[rows.size()];
        for (int k = 0; k < matches.size(); k++) {
            if (through[k]) {
                Arrays.fill(passed, matches.get(k).startRow(), matches.get(k).endRow() + 1, true);
            }
        }
        for (int k = 0; k + 1 < matches.size(); k++) {
            if (through[k]) {
                continue;
            }
            LabelIndex.Match m = matches.get(k);
            int nx = k + 1;
            while (nx + 1 < matches.size() && through[nx]) {
                nx++;
            }
            LabelIndex.Match next = matches.get(nx);
            if (nx == k + 1 && runs[k] == null && runs[k + 1] != null) {
                aboveRun(document, matches, runs, begins, k, ABOVE, column);
                continue;
            }
            if (runs[k] != null || runs[nx] != null || m.section() == null || next.section() == null
                    || !alone(rows, m) || !alone(rows, next) || rows.get(next.startRow()).isTableRow()
                    || begins[nx] != next.startRow()) {
                continue;
            }
            int first = m.endRow() + 1;
            int be = next.startRow() - 1;
            while (be >= first && (rows.get(be).isBlank() || passed[be])) {
                be--;
            }
            int bs = be;
            while (bs - 1 >= first && !rows.get(bs - 1).isBlank() && !passed[bs - 1]) {
                bs--;
            }
            if (be < first || be == next.startRow() - 1 || bs == be) {
                // (a block of one line: text whose paragraphs are lines of their own, not a
                // column of wrapped lines)
                // no blank line before the label: not a label printed apart from its answer
                continue;
            }
            int afterEnd = nx + 1 < matches.size() ? matches.get(nx + 1).startRow() - 1 : rows.size() - 1;
            // (a page's title and the blank lines before it left out: the lines go on across it)
            List<String> mine = new ArrayList<>();
            for (int r = first; r <= be; r++) {
                int q = r;
                while (q <= be && rows.get(q).isBlank()) {
                    q++;
                }
                if (passed[r] || q <= be && passed[q]) {
                    continue;
                }
                mine.add(rows.get(r).body().text());
            }
            List<String> below = new ArrayList<>();
            // (the rest of the label below printed among its answer's lines is no answer: "(3 paragraphs)")
            Map<Integer, Integer> labelRest = rest(document, next, new int[] {next.endRow() + 1, afterEnd});
            for (int r = next.endRow() + 1; r <= afterEnd; r++) {
                int at = labelRest.getOrDefault(r, 0);
                if (at >= 0) {
                    below.add(rows.get(r).body().text().substring(at));
                }
            }
            List<String> all = new ArrayList<>(mine);
            all.addAll(below);
            Column width = Column.of(all, column);
            int bestT = be + 1;
            double best = Double.POSITIVE_INFINITY;
            for (int t = be + 1; t >= bs; t--) {
                int i = mine.size() - (be + 1 - t);
                List<String> upper = mine.subList(0, i);
                List<String> lower = new ArrayList<>(mine.subList(i, mine.size()));
                lower.addAll(below);
                double c = fit(m.section(), upper, width) + fit(next.section(), lower, width);
                if (t <= be) {
                    c += ABOVE
                            + (i > 0 && !mine.get(i - 1).isBlank() ? edge(mine.get(i - 1).strip(), mine.get(i).strip(), width) : 0);
                }
                if (c < best - 1e-9) {
                    best = c;
                    bestT = t;
                }
            }
            begins[nx] = bestT <= be ? bestT : begins[nx];
        }
    }

    /**
     * {@link #above} where the label below opens a run of labels (pdftotext default mode, label
     * cells vertically centred: "Presentation 1 (...): ..." / "The discussion also touched on
     * abuse ..." / "Please describe the Discussions ..." / "Please describe any Participant
     * suggestions ..." / the rest of both answers): the answer block right above the run is the
     * first lines of the run's first answer where that fits the sections better, the run's lines
     * then shared out again knowing the paragraphs its first section already has. Only for a run
     * of named labels alone on their lines, after a label alone on its lines, outside table rows.
     */
    private static boolean aboveRun(Document document, List<LabelIndex.Match> matches, int[][] runs, int[] begins, int k,
            double above, int[] column) {
        List<Row> rows = document.rows();
        LabelIndex.Match m = matches.get(k);
        LabelIndex.Match next = matches.get(k + 1);
        if (m.section() == null || next.section() == null || !alone(rows, m) || rows.get(m.startRow()).isTableRow()
                || rows.get(next.startRow()).isTableRow() || begins[k + 1] != next.startRow()
                || runs[k + 1].length != 2) {
            return false;
        }
        // the run's labels, each named, with only blank lines between them
        int last = k + 1;
        while (last + 1 < matches.size() && runs[last + 1] != null && runs[last + 1].length == 2
                && matches.get(last + 1).section() != null && adjacent(rows, matches.get(last), matches.get(last + 1))) {
            last++;
        }
        int from = matches.get(last).endRow() + 1;
        int to = -1;
        for (int j = k + 1; j <= last; j++) {
            to = Math.max(to, runs[j][1]);
            if (runs[j][1] >= runs[j][0] && runs[j][0] < from) {
                return false;
            }
        }
        if (to < from || last + 1 < matches.size() && matches.get(last + 1).startRow() <= to) {
            return false;
        }
        int first = m.endRow() + 1;
        int be = next.startRow() - 1;
        while (be >= first && rows.get(be).isBlank()) {
            be--;
        }
        int bs = be;
        while (bs - 1 >= first && !rows.get(bs - 1).isBlank()) {
            bs--;
        }
        if (be < first || be == next.startRow() - 1 || bs == be) {
            return false;
        }
        List<String> mine = new ArrayList<>();
        for (int r = first; r <= be; r++) {
            mine.add(rows.get(r).body().text());
        }
        List<String> run = new ArrayList<>();
        for (int r = from; r <= to; r++) {
            run.add(rows.get(r).body().text());
        }
        List<TemplateSection> sections = new ArrayList<>();
        for (int j = k + 1; j <= last; j++) {
            sections.add(matches.get(j).section());
        }
        List<String> all = new ArrayList<>(mine);
        all.addAll(run);
        Column width = Column.of(all, column);
        double[] stay = new double[1];
        partition(run, sections, -1, column, false, stay);
        int bestT = be + 1;
        double best = fit(m.section(), mine, width) + stay[0];
        int[] bestGroup = null;
        for (int t = be; t >= bs; t--) {
            List<String> upper = mine.subList(0, t - first);
            List<String> moved = mine.subList(t - first, mine.size());
            double[] c = new double[1];
            int[] group = partition(run, sections, paragraphs(moved, column), column, false, c);
            double cost = fit(m.section(), upper, width) + above + c[0] + endings(moved, width)
                    + (t > bs ? edge(mine.get(t - 1 - first).strip(), mine.get(t - first).strip(), width) : 0);
            if (cost < best - 1e-9) {
                best = cost;
                bestT = t;
                bestGroup = group;
            }
        }
        if (bestGroup == null) {
            return false;
        }
        begins[k + 1] = bestT;
        for (int g = 0; g < sections.size(); g++) {
            int a = -1;
            int b = -1;
            for (int i = 0; i < bestGroup.length; i++) {
                if (bestGroup[i] == g) {
                    a = a < 0 ? i : a;
                    b = i;
                }
            }
            int[] share = a < 0 ? new int[] {0, -1} : new int[] {from + a, from + b};
            runs[k + 1 + g] = g > 0 ? share : share[1] < share[0] ? new int[] {bestT, be}
                    : new int[] {bestT, be, share[0], share[1]};
        }
        return true;
    }

    /** The cost of lines' paragraphs that do not end a sentence (as {@link #cost} counts it for prose). */
    private static double endings(List<String> lines, Column width) {
        List<Integer> atoms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                atoms.add(i);
            }
        }
        double[] cut = new double[atoms.size()];
        for (int i = 0; i + 1 < atoms.size(); i++) {
            cut[i] = atoms.get(i + 1) > atoms.get(i) + 1 ? gap(lines.get(atoms.get(i)).strip(), lines.get(atoms.get(i + 1)).strip())
                    : cut(lines.get(atoms.get(i)).strip(), lines.get(atoms.get(i + 1)).strip(), width);
        }
        double c = 0;
        for (String u : units(lines, atoms, cut, 0, atoms.size())) {
            c += (Markers.endsSentence(u) ? 0 : 1) + (Markers.presentationAtStart(u) ? 2 : 0);
        }
        return c;
    }

    /**
     * The cost of leaving a section's answer empty: {@link #EMPTY}, less for a section the
     * template asks for only when another answer says so (the gender discussion's summary, left
     * empty more often than the answer it depends on).
     */
    private static double empty(TemplateSection section) {
        return section.when() != null ? EMPTY - CONDITIONAL : EMPTY;
    }

    /** How much cheaper leaving a conditional section empty is (see {@link #empty}). */
    private static final double CONDITIONAL = 0.5;

    /** The cost of giving a section these lines (see {@link #cost}), {@link #empty} for none. */
    private static double fit(TemplateSection section, List<String> lines, Column width) {
        List<Integer> atoms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                atoms.add(i);
            }
        }
        if (atoms.isEmpty()) {
            return empty(section);
        }
        double[] cut = new double[atoms.size()];
        for (int i = 0; i + 1 < atoms.size(); i++) {
            cut[i] = atoms.get(i + 1) > atoms.get(i) + 1 ? gap(lines.get(atoms.get(i)).strip(), lines.get(atoms.get(i + 1)).strip())
                    : cut(lines.get(atoms.get(i)).strip(), lines.get(atoms.get(i + 1)).strip(), width);
        }
        List<String> units = units(lines, atoms, cut, 0, atoms.size());
        double extra = 0;
        if (section.kind() == SectionKind.PRESENTATIONS) {
            // a presentation's second paragraph is rarer than a paragraph of the section below
            for (int i = 1; i < units.size(); i++) {
                extra += Markers.presentationAtStart(units.get(i)) ? 0 : SECOND;
            }
        }
        return cost(section, units, -1) + extra;
    }

    /** The cost, in {@link #fit}, of a presentation's paragraph that does not open a presentation. */
    private static final double SECOND = 0.75;

    /** The most answer lines among which the rest of a wrapped label is sought. */
    private static final int REST_LINES = 12;

    /**
     * The rest of a wrapped label found among its answer's lines: pdftotext prints the label
     * column and the answer column line by line where their lines interleave ("List of Speakers
     * and their" / "Saule Bekova, CZ.NIC" / "institutional affiliations"), joins a label line and
     * an answer line that share a baseline ("workshop session: (3 paragraphs) drills involving
     * operators"), and prints a label's last lines after a page break. Only where the label found
     * is the beginning of the section's label (or of a variant) and the lines hold its remaining
     * words, in order and exactly.
     *
     * @param document the document
     * @param m a label found
     * @param spans its content rows ({@code from, to} pairs, inclusive)
     * @return per content row holding label words, {@code -1} for a row that holds nothing else,
     *     else the offset where the answer begins on that row; empty where there is nothing to drop
     */
    static Map<Integer, Integer> rest(Document document, LabelIndex.Match m, int[] spans) {
        List<Row> rows = document.rows();
        if (!"text".equals(document.format()) || m.section() == null || rows.get(m.endRow()).isTableRow()) {
            return Map.of();
        }
        StringBuilder found = new StringBuilder();
        for (int r = m.startRow(); r <= m.endRow(); r++) {
            String t = rows.get(r).body().text();
            found.append(' ').append(r == m.endRow() ? t.substring(0, Math.min(m.endOffset(), t.length())) : t);
        }
        Tokens got = Tokens.of(found);
        List<String> remaining = null;
        // per remaining word, whether a hyphen joins it to the next in the label ("1-paragraph")
        List<Boolean> hyphened = null;
        for (String label : m.section().labels()) {
            Tokens want = Tokens.of(label);
            if (want.size() <= got.size()) {
                continue;
            }
            boolean prefix = true;
            for (int i = 0; i < got.size() && prefix; i++) {
                prefix = want.word(i).equals(got.word(i));
            }
            if (prefix) {
                remaining = new ArrayList<>();
                hyphened = new ArrayList<>();
                for (int i = got.size(); i < want.size(); i++) {
                    remaining.add(want.word(i));
                    hyphened.add(want.end(i) < label.length() && label.charAt(want.end(i)) == '-');
                }
                break;
            }
        }
        if (remaining == null) {
            return Map.of();
        }
        Map<Integer, Integer> out = new HashMap<>();
        int pos = 0;
        int seen = 0;
        for (int p = 0; p + 1 < spans.length && pos < remaining.size() && seen < REST_LINES; p += 2) {
            for (int r = Math.max(spans[p], m.endRow()); r <= spans[p + 1] && pos < remaining.size()
                    && seen < REST_LINES; r++) {
                Row row = rows.get(r);
                // the label's own last line: what follows the words found
                int begin = r == m.endRow() ? Math.min(m.endOffset(), row.body().text().length()) : 0;
                String t = row.body().text();
                if (row.isTableRow() || t.substring(begin).isBlank()) {
                    continue;
                }
                seen++;
                Tokens line = Tokens.of(t.substring(begin));
                int k = 0;
                while (k < line.size() && pos + k < remaining.size() && line.word(k).equals(remaining.get(pos + k))) {
                    k++;
                }
                if (k < line.size() && pos + k + 1 < remaining.size() && hyphened.get(pos + k)
                        && line.word(k).length() > remaining.get(pos + k).length()
                        && line.word(k).startsWith(remaining.get(pos + k))) {
                    // a label word broken after its hyphen ("a 1-" / "paragraph summary"):
                    // pdftotext drops the hyphen at the line's end and joins the answer's line
                    // printed on the same baseline ("provide a 1biometric error rates ...")
                    out.put(r, begin + line.start(k) + remaining.get(pos + k).length());
                    pos += k + 1;
                } else if (k == line.size()) {
                    out.put(r, -1);
                    pos += k;
                } else if (k > 0 && pos + k == remaining.size()) {
                    // the label's last words and the answer's first share the line
                    int at = begin + line.end(k - 1);
                    while (at < t.length() && !Character.isLetterOrDigit(t.charAt(at))
                            && !Character.isWhitespace(t.charAt(at))) {
                        at++;
                    }
                    out.put(r, at);
                    pos += k;
                }
            }
        }
        return pos == remaining.size() ? out : Map.of();
    }

    /**
     * The least margin by which sharing the answers after a few labels side by side must beat
     * leaving all but the last label empty, for those labels to be a run (a centred label
     * printed low beside its answer, right above the next label: "Please describe the
     * Discussions ..." / "Please describe any Participant suggestions ...", then both answers).
     */
    private static final double SHARED = 2.0;

    /**
     * Whether the answers after matches k..end (a few labels, nothing between them) are theirs to
     * share: the labels were wrapped in a column narrower than the answers' (a table's label
     * column, not labels on lines of their own in flowing text, where an empty section's label is
     * followed by the next label), and sharing the answers fits the sections clearly better.
     */
    private static boolean shared(List<Row> rows, List<LabelIndex.Match> matches, int k, int end, int[] column) {
        int from = matches.get(end).endRow() + 1;
        int to = end + 1 < matches.size() ? matches.get(end + 1).startRow() - 1 : rows.size() - 1;
        List<String> lines = new ArrayList<>();
        for (int r = from; r <= to; r++) {
            if (rows.get(r).isTableRow()) {
                return false;
            }
            lines.add(rows.get(r).body().text());
        }
        if (!narrow(rows, matches, k, end, width(lines))) {
            return false;
        }
        List<TemplateSection> sections = new ArrayList<>();
        for (int j = k; j <= end; j++) {
            if (matches.get(j).section() != null) {
                sections.add(matches.get(j).section());
            }
        }
        double[] all = new double[1];
        double[] last = new double[1];
        partition(lines, sections, -1, column, false, all);
        partition(lines, sections.subList(sections.size() - 1, sections.size()), -1, column, false, last);
        return all[0] + SHARED < last[0] + EMPTY * (sections.size() - 1);
    }

    /**
     * Whether a label of matches k..end wraps where a line of the answers' width would have had
     * room for its next word with a margin: the labels stand in a column narrower than the text
     * after them.
     */
    static boolean narrow(List<Row> rows, List<LabelIndex.Match> matches, int k, int end, int width) {
        for (int j = k; j <= end; j++) {
            LabelIndex.Match m = matches.get(j);
            for (int r = m.startRow(); r < m.endRow(); r++) {
                String line = rows.get(r).body().text().strip();
                String next = rows.get(r + 1).body().text().strip();
                if (line.isEmpty() || next.isEmpty()) {
                    continue;
                }
                int word = next.indexOf(' ');
                if (width - (line.length() + 1 + (word < 0 ? next.length() : word)) >= LOTS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether match b follows match a with only blank lines between them, each label alone on its lines. */
    private static boolean adjacent(List<Row> rows, LabelIndex.Match a, LabelIndex.Match b) {
        if (!alone(rows, a) || rows.get(a.startRow()).isTableRow()) {
            return false;
        }
        for (int r = a.endRow() + 1; r < b.startRow(); r++) {
            // (bullets printed apart from their items, in the label column, separate no labels)
            if (!rows.get(r).isBlank() && (rows.get(r).isTableRow() || !Markers.bulletsOnly(rows.get(r).body().text()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing follows the label on its last line. */
    private static boolean alone(List<Row> rows, LabelIndex.Match m) {
        Row row = rows.get(m.endRow());
        if (row.isTableRow()) {
            return false;
        }
        String text = row.body().text();
        return text.substring(Math.min(m.endOffset(), text.length())).isBlank();
    }

    /**
     * Shares the lines of an answer run out among the labels of a run.
     *
     * @param lines the answer run's lines (blank lines included)
     * @param sections the sections of the run's labels, in order (the first is the previous
     *     page's last section when {@code carry})
     * @param carry whether the first section may take the run's first units as the rest of its
     *     answer (no cost for leaving it empty)
     * @return per line, the index of the section it goes to ({@code -1} for a blank line before
     *     the first unit)
     */
    static int[] split(List<String> lines, List<TemplateSection> sections, int carried) {
        return partition(lines, sections, carried, null, false, new double[1]);
    }

    /**
     * {@link #split}, with the least cost put in {@code cost[0]}; {@code column} the printed-width measure of
     * prose cuts ({@code null}: characters), {@code open} whether the last section's answer may go on after
     * labels that follow the run (then it pays nothing for too few paragraphs).
     */
    private static int[] partition(List<String> lines, List<TemplateSection> sections, int carried, int[] column,
            boolean open, double[] cost) {
        boolean carry = carried >= 0;
        List<Integer> atoms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                atoms.add(i);
            }
        }
        Column width = Column.of(lines, column);
        int n = atoms.size();
        double[] cut = new double[n];
        double[] edge = new double[n];
        for (int i = 0; i + 1 < n; i++) {
            String line = lines.get(atoms.get(i)).strip();
            String next = lines.get(atoms.get(i + 1)).strip();
            boolean blank = atoms.get(i + 1) > atoms.get(i) + 1;
            cut[i] = blank ? gap(line, next) : cut(line, next, width);
            edge[i] = blank ? cut[i] : edge(line, next, width);
        }
        List<String> presenters = presenters(lines);
        int g = sections.size();
        double[][] best = new double[g + 1][n + 1];
        int[][] from = new int[g + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int s = 1; s <= g; s++) {
            boolean cont = carry && s == 1;
            for (int v = 0; v <= n; v++) {
                for (int u = 0; u <= v; u++) {
                    if (best[s - 1][u] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = best[s - 1][u];
                    if (u < v) {
                        List<String> units = units(lines, atoms, cut, u, v);
                        c += cost(sections.get(s - 1), units, cont ? carried : -1, open && s == g) + (v < n ? edge[v - 1] : 0)
                                + (sections.get(s - 1).kind() == SectionKind.PERSON && named(units, presenters)
                                        ? PRESENTER : 0);
                    } else {
                        c += cont ? prose(sections.get(0), carried) : empty(sections.get(s - 1));
                    }
                    if (c < best[s][v] - 1e-9) {
                        best[s][v] = c;
                        from[s][v] = u;
                    }
                }
            }
        }
        cost[0] = best[g][n];
        int[] atomGroup = new int[n];
        int v = n;
        for (int s = g; s >= 1; s--) {
            int u = from[s][v];
            for (int i = u; i < v; i++) {
                atomGroup[i] = s - 1;
            }
            v = u;
        }
        int[] out = new int[lines.size()];
        Arrays.fill(out, -1);
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? atoms.get(i + 1) : lines.size();
            for (int r = atoms.get(i); r < end; r++) {
                out[r] = atomGroup[i];
            }
        }
        return out;
    }

    /**
     * The entries or paragraphs that lines (atoms) [u, v) make, split where a cut is sure or
     * likely (as {@code Paragraphs} estimates them).
     */
    private static List<String> units(List<String> lines, List<Integer> atoms, double[] cut, int u, int v) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = u; i < v; i++) {
            b.append(b.length() == 0 ? "" : " ").append(lines.get(atoms.get(i)).strip());
            if (i == v - 1 || cut[i] <= 1) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        return out;
    }

    /**
     * The cost of ending an answer between two lines with nothing between them: none where the
     * line leaves room for the next line's first word with a margin (the characters stand for
     * glyphs of a proportional font), some where it barely does, much where the next line
     * carries the line on (a lower-case word, a parenthesis left open, a line ending in "and").
     */
    static double cut(String line, String next, int width) {
        int word = next.indexOf(' ');
        return cutRoom(line, next, width - (line.length() + 1 + (word < 0 ? next.length() : word)), ROOM);
    }

    /**
     * {@link #cut(String, String, int)} with the room measured as {@code Paragraphs} measures it: by
     * the printed width of the line and of the next line's first word in the font whose metrics
     * explain the column's wrapping ({@link Column}), told in characters of the column's average
     * width. Characters alone misjudge a line of narrow or wide letters ("cannot afford to build new
     * platforms alone." then "Broadcasters": a character short of the room by count, a word short by
     * width), so the units shared out would not be the paragraphs the section is then counted in.
     */
    static double cut(String line, String next, Column column) {
        boolean prose = Markers.endsSentence(line) && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
        return prose && column.measured() > 0 ? cutRoom(line, next, column.room(line, next), MEASURED_ROOM)
                : cutRoom(line, next, column.chars(next, line), ROOM);
    }

    /**
     * The cost of ending one cell's answer and beginning the next's between two lines: the lesser of
     * {@link #cut(String, String, Column)} and the count by characters. Within a cell a line's room
     * tells whether its paragraph ends there (as the section is then counted); two cells' lines are
     * wrapped apart, and a cell's last line may be full ("speakers looked at women-owned online
     * businesses." / "Ms. Raman noted ..."), so the printed width cannot make that cut dearer.
     */
    static double edge(String line, String next, Column column) {
        return Math.min(cut(line, next, column), cut(line, next, column.chars()));
    }

    private static double cutRoom(String line, String next, int room, int sure) {
        if (room >= -3 && titleCase(line) && lowerCase(next) && !continues(line, "X")) {
            // a line in title case ("Cybersecurity Capacity Building for Municipal Governments")
            // that the next line's first word could about have fitted on does not go on in lower
            // case ("see the programme"): a title goes on in title case; likely a cell of its own
            return 1;
        }
        if (room >= -3 && room < 0 && !continues(line, next) && (next.indexOf(',') > 0 || next.indexOf('(') > 0)
                && personLike(next) && (!personLike(line) || affiliated(line))) {
            // "European Broadcasting Union and the Mozilla Foundation" / "Nomvula Dlamini, Kenya
            // Human Rights Commission": about a full line, then an entry shaped as a person with an
            // affiliation; the characters cannot tell, the shape says a new cell is likely
            return 1;
        }
        if (unclosed(line) || room < LOTS && continues(line, next)) {
            return 4;
        }
        if (room < 0 && line.endsWith(")") && line.indexOf('(') >= 0 && Character.isUpperCase(next.charAt(0))) {
            // an entry "Name (Organisation)" closed on a full line, a name after it: an entry may end there
            return 1;
        }
        int c = room >= sure ? 0 : room >= 0 ? 1 : room >= -3 ? 4 : 6;
        if (c > 0 && Markers.endsSentence(line) && (Markers.presentationAtStart(next) || Markers.startsListItem(next))) {
            // a sentence ends the line and the next begins an entry of its own ("Presentation 2
            // (Name): ...", "3. ..."): the entry ends there, however long the marker's first word
            return 0;
        }
        return c;
    }

    /**
     * Whether a line is a whole entry of a person with an affiliation after a comma ("Jorge Luis Ibarra,
     * University of Cape Town, Faculty of Law"): after it, a line shaped the same ("Lukas Novák, Brazilian
     * Internet Steering Committee") is more likely the next one-person cell (moderator, then rapporteur)
     * than the rest of its organisation's name.
     */
    private static boolean affiliated(String line) {
        int comma = line.indexOf(", ");
        return comma > 0 && personLike(line) && line.indexOf('(') < 0 && comma + 2 < line.length()
                && Character.isUpperCase(line.charAt(comma + 2));
    }

    /** The room (in characters) that surely ends a line by its characters: they stand for glyphs of a proportional font. */
    private static final int ROOM = 3;

    /** The same by printed width ({@link Column#room}): the font's metrics leave a character's doubt at most. */
    private static final int MEASURED_ROOM = 1;

    /**
     * The cost of ending an answer at a blank gap: none, but where a line that does not end a
     * sentence goes on in lower case after it (a page break inside a sentence, or the rest of a
     * label printed among the answer's lines: "Speakers agreed that local civil society" / "(3
     * paragraphs)" / "groups should be paid ..."), as much as a wrapped line.
     */
    static double gap(String line, String next) {
        return !Markers.endsSentence(line) && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) ? 4 : 0;
    }

    /** Room (in characters) that no wrapped line leaves: a line this short ends its paragraph whatever follows. */
    private static final int LOTS = 12;

    private static boolean unclosed(String line) {
        int open = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return open > 0;
    }

    private static final List<String> JOINERS = List.of("and", "of", "the", "for", "in", "on", "to", "a", "an", "with",
            "by", "at", "from", "or");

    /** The number of paragraphs in lines, as {@link #units} counts them. */
    static int paragraphs(List<String> lines, int[] column) {
        List<Integer> atoms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                atoms.add(i);
            }
        }
        Column width = Column.of(lines, column);
        int n = 0;
        for (int i = 0; i < atoms.size(); i++) {
            boolean last = i + 1 == atoms.size();
            if (last || atoms.get(i + 1) > atoms.get(i) + 1
                    && gap(lines.get(atoms.get(i)).strip(), lines.get(atoms.get(i + 1)).strip()) <= 1
                    || atoms.get(i + 1) == atoms.get(i) + 1 && cut(lines.get(atoms.get(i)).strip(), lines.get(atoms.get(i + 1)).strip(), width) <= 1) {
                n++;
            }
        }
        return n;
    }

    /** The cost of adding nothing to the previous page's last section: its paragraphs against the template's. */
    private static double prose(TemplateSection section, int carried) {
        Range want = section.constraints().paragraphs();
        if (want == null || section.kind().isSingleValue()) {
            return 0;
        }
        return want.min() != null && carried < want.min() || want.max() != null && carried > want.max() ? 0.25 : 0;
    }

    /**
     * The column's width in characters: the longest line that surely wrapped (the next line goes
     * on in lower case), else the longest line. Not simply the longest: the characters stand for
     * glyphs of a proportional font, and a line of narrow letters that ends a paragraph can run
     * longer than any full line.
     */
    static int width(List<String> lines) {
        int wrapped = 0;
        int longest = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            longest = Math.max(longest, l.length());
            if (!l.isEmpty() && i + 1 < lines.size()) {
                String next = lines.get(i + 1).strip();
                if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    wrapped = Math.max(wrapped, l.length());
                }
            }
        }
        return wrapped > 0 ? wrapped : longest;
    }

    /**
     * A column of answer lines as {@link #cut} measures it: its width in characters ({@link #width}),
     * and the printed width of the same lines ({@code Paragraphs.measure}) in the metrics (sans-serif
     * or serif, {@code font}) that explain their wrapping best, or 0 where no line is known to have
     * wrapped (the room is then counted in characters).
     */
    record Column(int chars, int measured, int font) {

        /**
         * The printed widths at which a document's full-width lines evidently wrap, in sans-serif and serif
         * metrics ({@code Paragraphs.columnWidths}): its answer column, measured on all its pages.
         */
        static int[] widths(List<Row> rows) {
            return new int[] {Paragraphs.columnWidths(rows)[0], Paragraphs.serifColumnWidths(rows)[0]};
        }

        /**
         * The column of an answer run's lines (blank lines included), its printed width that of the
         * document's column ({@link #widths}, or {@code null}) where the run's own widest wrapped line is
         * within 10 % short of it (as {@code Paragraphs} takes it: a run's lines are a few, its paragraphs'
         * last lines may be wider than any wrapped one).
         */
        static Column of(List<String> lines, int[] document) {
            int chars = width(lines);
            int font = Paragraphs.serifLines(lines) ? 1 : 0;
            int wrapped = 0;
            for (int i = 0; i + 1 < lines.size(); i++) {
                String l = lines.get(i).strip();
                String next = lines.get(i + 1).strip();
                if (!l.isEmpty() && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    wrapped = Math.max(wrapped, Paragraphs.measure(l, font));
                }
            }
            int doc = document == null ? 0 : document[font];
            if (wrapped > 0 && doc > wrapped && wrapped * 10L >= doc * 9L) {
                wrapped = doc;
            }
            return new Column(chars, wrapped, font);
        }

        /** The room a line leaves for the next line's first word, in characters. */
        int chars(String next, String line) {
            int word = next.indexOf(' ');
            return chars - (line.length() + 1 + (word < 0 ? next.length() : word));
        }

        /** The room a line leaves for the next line's first word, in characters of the column's average width. */
        int room(String line, String next) {
            int word = next.indexOf(' ');
            String first = word < 0 ? next : next.substring(0, word);
            if (measured <= 0 || chars <= 0) {
                return chars - (line.length() + 1 + first.length());
            }
            long need = Paragraphs.measure(line, font) + Paragraphs.measure(" ", font) + Paragraphs.measure(first, font);
            return (int) Math.floorDiv((measured - need) * chars, (long) measured);
        }
    }

    /**
     * Whether a line is in title case: three words or more of four letters or more, every one of
     * them beginning in upper case, and no sentence end.
     */
    static boolean titleCase(String line) {
        int long4 = 0;
        for (String w : line.split(" ")) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                long4++;
            }
        }
        return long4 >= 3 && !Markers.endsSentence(line);
    }

    /** Whether a line begins in lower case and has no word of four letters or more in upper case. */
    static boolean lowerCase(String line) {
        if (line.isEmpty() || !Character.isLowerCase(line.charAt(0))) {
            return false;
        }
        for (String w : line.split(" ")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code next} carries {@code line} on: it cannot begin a new entry or paragraph. */
    static boolean continues(String line, String next) {
        char first = next.charAt(0);
        if (Character.isLowerCase(first) || first == '(' || first == ')') {
            return true;
        }
        if (unclosed(line)) {
            return true;
        }
        char lastChar = line.charAt(line.length() - 1);
        if (lastChar == ',' || lastChar == '-' || lastChar == '/' || lastChar == '&' || lastChar == ':') {
            return true;
        }
        String lastWord = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return JOINERS.contains(lastWord);
    }

    /**
     * The cost of giving a one-person section (moderator, rapporteur) the entry of someone who
     * gave a presentation ("Presentation 1 (Sonia Livingstone): ..."): presenters are speakers.
     */
    private static final double PRESENTER = EMPTY + 1;

    /**
     * Whether an entry begins like a person's: two to five words, each beginning in upper case
     * ("Dr. Margarethe Lindqvist", "Abdul-Rahman Al-Sayed"), before its first comma or
     * parenthesis ("ECPAT International and the Child Rights International Network (CRIN)" is an
     * organisation's).
     */
    static boolean personLike(String entry) {
        int end = entry.length();
        for (int i = 0; i < entry.length(); i++) {
            if (entry.charAt(i) == ',' || entry.charAt(i) == '(') {
                end = i;
                break;
            }
        }
        String name = entry.substring(0, end).strip();
        if (name.isEmpty()) {
            return false;
        }
        int words = 0;
        for (String w : name.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 5;
    }

    /** The names that "Presentation N (Name)" openings give, in lines. */
    static List<String> presenters(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (!Markers.presentationAtStart(t)) {
                continue;
            }
            int open = t.indexOf('(');
            int close = t.indexOf(')', open + 1);
            if (open > 0 && close > open + 1 && open <= 20) {
                out.add(t.substring(open + 1, close).strip());
            }
        }
        return out;
    }

    /** Whether an entry begins with one of the names (followed by a comma, a parenthesis or its end). */
    private static boolean named(List<String> entries, List<String> names) {
        for (String entry : entries) for (String name : names) {
            if (entry.startsWith(name) && (entry.length() == name.length()
                    || entry.charAt(name.length()) == ',' || entry.charAt(name.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The cost of giving a section these entries or paragraphs (at least one). */
    private static double cost(TemplateSection section, List<String> units, int carried) {
        return cost(section, units, carried, false);
    }

    /**
     * {@link #cost(TemplateSection, List, int)}; {@code open} where the answer may go on after the next
     * page's labels (the last of a run with labels after it): too few paragraphs cost nothing there.
     */
    private static double cost(TemplateSection section, List<String> units, int carried, boolean open) {
        boolean cont = carried >= 0;
        int count = units.size();
        String first = units.get(0);
        double c = 0;
        switch (section.kind()) {
            case DATE -> {
                c += 4.0 * (count - 1) + (dateLike(first) ? 0 : timeLike(first) ? 4 : nameLike(first) ? NAME : 2);
            }
            case TIME -> {
                c += 4.0 * (count - 1) + (timeLike(first) ? 0 : dateLike(first) ? 4 : nameLike(first) ? NAME : 2);
            }
            case PARTICIPANTS, WOMEN -> {
                c += 4.0 * (count - 1) + (digit(first) ? 0 : 1);
                if (section.kind() == SectionKind.WOMEN && !women(first)) {
                    // "About 35 women." after "Approximately 80 people": the women's count names
                    // them, the participants' count need not (where one of the two is left empty)
                    c += 0.5;
                }
            }
            case TEXT, PERSON, EXTENT -> {
                c += 1.0 * (count - 1) + (dateLike(first) || timeLike(first) ? 2 : 0);
                if (section.kind() == SectionKind.EXTENT && digit(first)) {
                    // how far gender was discussed is said in words, a count is a count's answer
                    c += 1.0;
                }
                if (section.kind() == SectionKind.PERSON && count == 1 && words(first) == 1) {
                    // a person is named by two words or more: one word is the end of a wrapped line
                    c += 1.5;
                } else if (section.kind() == SectionKind.PERSON && !personLike(first)) {
                    c += 1.0;
                }
            }
            case PEOPLE -> {
                for (String t : units) {
                    boolean affiliated = t.indexOf('(') >= 0 || t.indexOf(',') >= 0;
                    boolean prose = Markers.endsSentence(t) && words(t) > 8;
                    c += prose ? 1.5 : affiliated || words(t) <= 4 ? 0 : 0.5;
                }
            }
            case ITEMS -> {
                for (String t : units) {
                    c += (Markers.endsSentence(t) ? 0 : 1) + (Markers.presentationAtStart(t) ? 2 : 0);
                }
            }
            case PRESENTATIONS -> {
                c += Markers.presentationAtStart(first) || cont ? 0 : 1;
                for (String t : units) {
                    c += Markers.endsSentence(t) ? 0 : 1;
                }
            }
            default -> {
                for (String t : units) {
                    c += (Markers.endsSentence(t) ? 0 : 1) + (Markers.presentationAtStart(t) ? 2 : 0);
                }
                Range want = section.constraints().paragraphs();
                if (want != null) {
                    // two prose sections side by side cannot be told apart by their content:
                    // prefer the cut that gives this one the paragraphs the template asks for
                    int all = count + Math.max(0, carried);
                    c += want.min() != null && all < want.min() && !open || want.max() != null && all > want.max() ? 0.25 : 0;
                }
            }
        }
        return c;
    }

    /**
     * The cost of giving a date or a time a name ("European Broadcasting Union and the Mozilla"):
     * more than leaving it empty. A date or time that cannot be read is a short word or a phrase
     * in lower case ("TBD", "to be confirmed", "morning session, second slot"), not a name.
     */
    private static final double NAME = EMPTY + 0.5;

    /** Whether a text looks like a name: no digit, and two or more words that begin in upper case. */
    static boolean nameLike(String s) {
        if (digit(s) || s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            if ((i == 0 || s.charAt(i - 1) == ' ') && Character.isUpperCase(s.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** Whether a text looks like a date: a month's name, or digits with a slash or a dot between them. */
    static boolean dateLike(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String m : MONTHS) {
            int at = lower.indexOf(m);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1))) && digit(s)) {
                return true;
            }
        }
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '/' || c == '.') && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text looks like a time: digits around a colon, or "am"/"pm"/"h" after a digit. */
    static boolean timeLike(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 1; i + 1 < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ':' && Character.isDigit(lower.charAt(i - 1)) && Character.isDigit(lower.charAt(i + 1))) {
                return true;
            }
        }
        for (int i = 0; i + 1 < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                int j = i + 1;
                while (j < lower.length() && lower.charAt(j) == ' ') {
                    j++;
                }
                boolean ampm = j + 1 < lower.length() && (lower.charAt(j) == 'a' || lower.charAt(j) == 'p')
                        && lower.charAt(j + 1) == 'm';
                boolean h = j < lower.length() && lower.charAt(j) == 'h'
                        && (j + 1 == lower.length() || !Character.isLetter(lower.charAt(j + 1)));
                if (ampm || h) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a text names women ("women", "woman", "female", "girls"), in any case. */
    static boolean women(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String w : List.of("women", "woman", "female", "girl")) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The number of words (runs of non-space characters) in a text. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

}
