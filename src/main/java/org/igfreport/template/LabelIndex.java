package org.igfreport.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.igfreport.text.Markers;
import org.igfreport.text.Tokens;

/**
 * Finds a template's labels at the start of a row of text, however the report wrapped,
 * punctuated or slightly damaged them. A label matches when its words appear in order at the
 * start of the row (and the rows after it, for labels wrapped over several lines), allowing a
 * few missing or misspelt words; short labels must be followed by a colon, a question mark, a
 * tab or the end of the line. Immutable; one index per template, built once.
 */
public final class LabelIndex {

    /** A label of a section, or a heading (section {@code null}). */
    record Label(TemplateSection section, String[] words, boolean exact) {
    }

    /**
     * A label found in the text.
     *
     * @param section the section, or {@code null} for a heading
     * @param startRow the row where the label starts
     * @param endRow the row where it ends
     * @param endOffset the offset in {@code endRow}'s label text just after the label and its separator
     * @param score the share of the label's words found (0..1]
     * @param exact whether it is the template's own label rather than a variant
     */
    public record Match(TemplateSection section, int startRow, int endRow, int endOffset, double score, boolean exact) {
    }

    /** The text in which labels are sought, row by row; {@code null} where a row has none. */
    public interface Rows {
        /** @return the number of rows */
        int size();

        /** @param row a row index
         *  @return the label text of the row, or {@code null} to skip the row while a label wraps */
        String labelText(int row);

        /** @param row a row index
         *  @return whether the row ends a wrapped label (a blank line) */
        boolean stops(int row);
    }

    private static final Map<Template, LabelIndex> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_ROWS = 8;

    private final Map<String, List<Label>> byFirstWord = new HashMap<>();
    private final List<String> firstWords;
    private final List<Label> headings = new ArrayList<>();

    private LabelIndex(Template template) {
        for (TemplateSection s : template.sections()) {
            boolean exact = true;
            for (String text : s.labels()) {
                add(new Label(s, words(text), exact));
                exact = false;
            }
        }
        for (String h : template.headings()) {
            String[] w = words(h);
            if (w.length > 0) {
                headings.add(new Label(null, w, true));
            }
        }
        firstWords = List.copyOf(byFirstWord.keySet());
    }

    /** @param template a template
     *  @return its index (built once) */
    public static LabelIndex of(Template template) {
        return CACHE.computeIfAbsent(template, LabelIndex::new);
    }

    private void add(Label label) {
        if (label.words().length > 0) {
            byFirstWord.computeIfAbsent(label.words()[0], k -> new ArrayList<>()).add(label);
        }
    }

    private static String[] words(String text) {
        Tokens t = Tokens.of(text);
        String[] w = new String[t.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = t.word(i);
        }
        return w;
    }

    /**
     * Finds the best label starting at a row.
     *
     * @param rows the rows
     * @param row the row to try
     * @param found sections already found (they are not sought again)
     * @return the best match, or {@code null}
     */
    public Match match(Rows rows, int row, Set<String> found) {
        String text = rows.labelText(row);
        if (text == null || text.isBlank()) {
            return null;
        }
        int skip = Markers.listMarkerLength(text);
        Tokens first = Tokens.of(text.substring(skip), 2);
        if (first.size() == 0) {
            return null;
        }
        String w0 = first.word(0);
        List<Label> candidates = new ArrayList<>();
        for (String fw : firstWords) {
            if (fw.equals(w0) || Tokens.similar(fw, w0)) {
                candidates.addAll(byFirstWord.get(fw));
            }
        }
        Match best = headingMatch(text.substring(skip), row, skip);
        if (candidates.isEmpty()) {
            return best;
        }
        Stream stream = new Stream(rows, row, skip);
        for (Label label : candidates) {
            if (label.section() != null && found.contains(label.section().id())) {
                continue;
            }
            Match m = align(label, stream);
            if (m != null && (best == null || better(m, best))) {
                best = m;
            }
        }
        return best;
    }

    private static boolean better(Match a, Match b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        if (a.exact() != b.exact()) {
            return a.exact();
        }
        return a.endRow() > b.endRow() || (a.endRow() == b.endRow() && a.endOffset() > b.endOffset());
    }

    private Match headingMatch(String text, int row, int skip) {
        if (headings.isEmpty()) {
            return null;
        }
        Tokens t = Tokens.of(text, 24);
        for (Label h : headings) {
            if (t.size() < h.words().length || t.size() > h.words().length + 1) {
                continue;
            }
            int same = 0;
            for (int i = 0; i < h.words().length; i++) {
                if (Tokens.similar(h.words()[i], t.word(i))) {
                    same++;
                }
            }
            if (same == h.words().length || (h.words().length >= 3 && same >= h.words().length - 1)) {
                return new Match(null, row, row, skip + text.length(), 1.0, true);
            }
        }
        return null;
    }

    /** Words of the rows from a start row on, gathered lazily, with the row and offsets of each. */
    private static final class Stream {
        final List<String> words = new ArrayList<>();
        final List<int[]> places = new ArrayList<>(); // {row, start, end}
        final Rows rows;
        int nextRow;
        int rowsTaken;
        int firstSkip;
        boolean done;

        Stream(Rows rows, int row, int skip) {
            this.rows = rows;
            this.nextRow = row;
            this.firstSkip = skip;
        }

        boolean ensure(int n) {
            while (words.size() < n && !done) {
                if (nextRow >= rows.size() || rowsTaken >= MAX_ROWS) {
                    done = true;
                    break;
                }
                int r = nextRow++;
                String text = rows.labelText(r);
                if (text == null) {
                    if (rows.stops(r)) {
                        done = true;
                    }
                    continue;
                }
                if (text.isBlank() || (rowsTaken > 0 && Markers.startsListItem(text))) {
                    done = true;
                    break;
                }
                int skip = rowsTaken == 0 ? firstSkip : 0;
                rowsTaken++;
                Tokens t = Tokens.of(text.substring(skip), 40);
                for (int i = 0; i < t.size(); i++) {
                    words.add(t.word(i));
                    places.add(new int[] {r, skip + t.start(i), skip + t.end(i)});
                }
            }
            return words.size() >= n;
        }
    }

    private Match align(Label label, Stream stream) {
        String[] lw = label.words();
        int n = lw.length;
        stream.ensure(n + 4);
        int m = Math.min(stream.words.size(), n + 4);
        if (m == 0) {
            return null;
        }
        // T[0] must be the label's first or second word
        boolean single = n == 1;
        if (!eq(lw[0], stream.words.get(0), single) && !(n > 2 && eq(lw[1], stream.words.get(0), false))) {
            return null;
        }
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (eq(lw[i - 1], stream.words.get(j - 1), n <= 2)) {
                    dp[i][j] = dp[i - 1][j - 1] + 1;
                } else {
                    dp[i][j] = Math.max(dp[i - 1][j], dp[i][j - 1]);
                }
            }
        }
        int matched = dp[n][m];
        int end = m;
        while (end > 1 && dp[n][end - 1] == matched) {
            end--;
        }
        int skipped = end - matched;
        // contiguous prefix of the label, as in "Key Issues raised:" for a longer label
        int prefix = 0;
        while (prefix < n && prefix < m && eq(lw[prefix], stream.words.get(prefix), n <= 2)) {
            prefix++;
        }
        double score = (double) matched / n;
        boolean full = n <= 2 ? matched == n && skipped == 0
                : score >= (n <= 4 ? 0.75 : 0.8) && skipped <= Math.max(1, n / 4);
        int[] last = stream.places.get((full ? end : Math.max(1, prefix)) - 1);
        String rowText = stream.rows.labelText(last[0]);
        int after = last[2];
        char sep = separator(rowText, after);
        if (full) {
            if (n <= 3 && sep == 0) {
                return null;
            }
        } else {
            boolean hardSep = sep == ':' || sep == '?';
            boolean endSep = sep == '\n';
            if (!(prefix >= 2 && hardSep) && !(prefix >= 3 && endSep)) {
                return null;
            }
            score = (double) prefix / n;
        }
        return new Match(label.section(), stream.places.get(0)[0], last[0], skipSeparators(rowText, after), score,
                label.exact());
    }

    private static boolean eq(String labelWord, String textWord, boolean strict) {
        return strict ? labelWord.equals(textWord) : Tokens.similar(labelWord, textWord);
    }

    /** The separator after a label: ':' '?' ')' '-' tab, '\n' for the end of the row, or 0 for none. */
    private static char separator(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '*' || text.charAt(i) == '_'
                || text.charAt(i) == '\u00a0')) {
            i++;
        }
        if (i >= text.length()) {
            return '\n';
        }
        char c = text.charAt(i);
        if (c == ':' || c == '?' || c == ')' || c == '\t' || c == '|' || c == '=') {
            return c == ')' ? ':' : c;
        }
        if ((c == '-' || c == '–' || c == '—') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            return ':';
        }
        if (c == '(') {
            return ':';
        }
        return 0;
    }

    /** Skips the label's closing punctuation and spaces: ")", ":", "?", ".", "-", "*", "_". */
    private static int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == ':' || c == '?' || c == ')' || c == '*' || c == '_' || c == '\t' || c == '|'
                    || c == '=' || c == '\u00a0' || c == '.' || c == ';') {
                i++;
            } else if ((c == '-' || c == '–' || c == '—') && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
