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
    record Label(TemplateSection section, String[] words, long[] letters, boolean exact) {
        Label(TemplateSection section, String[] words, boolean exact) {
            this(section, words, lettersOf(words), exact);
        }

        private static long[] lettersOf(String[] words) {
            long[] l = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                l[i] = Tokens.letters(words[i]);
            }
            return l;
        }
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

        /**
         * The first {@link #ROW_WORDS} words of a row's label text. A document is matched against
         * every template, so a view may keep these rather than cut the row into words each time.
         *
         * @param row a row index whose {@link #labelText} is not {@code null}
         * @return {@code Tokens.of(labelText(row), ROW_WORDS)}
         */
        default Tokens words(int row) {
            return Tokens.of(labelText(row), ROW_WORDS);
        }
    }

    /**
     * How many words of a row label matching looks at: the longest label and its slack, the
     * words of a heading, and a list marker's number.
     */
    public static final int ROW_WORDS = 48;
    private static final int STREAM_WORDS = 40;
    private static final int HEADING_WORDS = 24;

    /** Keyed by identity: a template record's own hash walks all its sections and labels. */
    private static final Map<Object, LabelIndex> CACHE = new ConcurrentHashMap<>();

    /** A key equal only to the same template object. */
    private record Identity(Template template) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.template == template;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(template);
        }
    }
    private static final int MAX_ROWS = 8;

    private final Map<String, List<Label>> byFirstWord = new HashMap<>();
    private final List<String> firstWords;
    private final long[] firstLetters;
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
        firstLetters = new long[firstWords.size()];
        for (int i = 0; i < firstLetters.length; i++) {
            firstLetters[i] = Tokens.letters(firstWords.get(i));
        }
    }

    /** @param template a template
     *  @return its index (built once) */
    public static LabelIndex of(Template template) {
        return CACHE.computeIfAbsent(new Identity(template), k -> new LabelIndex(template));
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
        Tokens words = rows.words(row);
        int from = firstAfter(words, skip);
        if (from == words.size()) {
            return null;
        }
        String w0 = words.word(from);
        long l0 = words.letters(from);
        List<Label> candidates = new ArrayList<>();
        for (int i = 0; i < firstLetters.length; i++) {
            String fw = firstWords.get(i);
            if (Tokens.similar(fw, firstLetters[i], w0, l0)) {
                candidates.addAll(byFirstWord.get(fw));
            }
        }
        Match best = headingMatch(words, from, row, text.length());
        if (candidates.isEmpty()) {
            return best;
        }
        Stream stream = new Stream(rows, row, from);
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

    /** The index of the first word that starts at or after {@code offset} (a list marker's number is before it). */
    private static int firstAfter(Tokens words, int offset) {
        int k = 0;
        while (k < words.size() && words.start(k) < offset) {
            k++;
        }
        return k;
    }

    /** A heading is the whole row: its words, give or take one, from word {@code from} on. */
    private Match headingMatch(Tokens t, int from, int row, int rowLength) {
        if (headings.isEmpty()) {
            return null;
        }
        int size = Math.min(HEADING_WORDS, t.size() - from);
        for (Label h : headings) {
            if (size < h.words().length || size > h.words().length + 1) {
                continue;
            }
            int same = 0;
            for (int i = 0; i < h.words().length; i++) {
                if (Tokens.similar(h.words()[i], h.letters()[i], t.word(from + i), t.letters(from + i))) {
                    same++;
                }
            }
            if (same == h.words().length || (h.words().length >= 3 && same >= h.words().length - 1)) {
                return new Match(null, row, row, rowLength, 1.0, true);
            }
        }
        return null;
    }

    /** Words of the rows from a start row on, gathered lazily, with the row and offsets of each. */
    private static final class Stream {
        final List<String> words = new ArrayList<>();
        final List<int[]> places = new ArrayList<>(); // {row, start, end}
        long[] letters = new long[16];
        /** Per label word: {how many of the first words were compared with it, bit j = word j is similar}. */
        final Map<String, long[]> similar = new HashMap<>();
        final Rows rows;
        int nextRow;
        int rowsTaken;
        final int firstWord;
        boolean done;

        /** @param firstWord the first word of the first row to take (after a list marker) */
        Stream(Rows rows, int row, int firstWord) {
            this.rows = rows;
            this.nextRow = row;
            this.firstWord = firstWord;
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
                int from = rowsTaken == 0 ? firstWord : 0;
                rowsTaken++;
                Tokens t = rows.words(r);
                for (int i = from; i < Math.min(t.size(), from + STREAM_WORDS); i++) {
                    if (words.size() == letters.length) {
                        letters = java.util.Arrays.copyOf(letters, 2 * letters.length);
                    }
                    letters[words.size()] = t.letters(i);
                    words.add(t.word(i));
                    places.add(new int[] {r, t.start(i), t.end(i)});
                }
            }
            return words.size() >= n;
        }

        /**
         * Which of the first {@code upTo} words (at most 64) are similar to a label word. The
         * labels tried at a row share most words, so each word pair is compared once per row.
         */
        long similarTo(String labelWord, long labelLetters, int upTo) {
            long[] known = similar.computeIfAbsent(labelWord, k -> new long[2]);
            for (int j = (int) known[0]; j < upTo; j++) {
                if (Tokens.similar(labelWord, labelLetters, words.get(j), letters[j])) {
                    known[1] |= 1L << j;
                }
            }
            known[0] = Math.max(known[0], upTo);
            return known[1];
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
        if (!eq(label, 0, stream, 0, single) && !(n > 2 && eq(label, 1, stream, 0, false))) {
            return null;
        }
        // contiguous prefix of the label, as in "Key Issues raised:" for a longer label
        int prefix = 0;
        while (prefix < n && prefix < m && eq(label, prefix, stream, prefix, n <= 2)) {
            prefix++;
        }
        // without a prefix of two words only a near-full match can win: give up on a row of prose
        // as soon as too many label words are missing, before aligning the rest
        int need = n <= 2 ? n : (int) Math.ceil((n <= 4 ? 0.75 : 0.8) * n);
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            long same = n > 2 && m <= 64 ? stream.similarTo(lw[i - 1], label.letters()[i - 1], m) : 0;
            for (int j = 1; j <= m; j++) {
                boolean eq = n > 2 && m <= 64 ? (same & (1L << (j - 1))) != 0 : eq(label, i - 1, stream, j - 1, n <= 2);
                if (eq) {
                    dp[i][j] = dp[i - 1][j - 1] + 1;
                } else {
                    dp[i][j] = Math.max(dp[i - 1][j], dp[i][j - 1]);
                }
            }
            if (prefix < 2 && dp[i][m] + (n - i) < need) {
                return null;
            }
        }
        int matched = dp[n][m];
        int end = m;
        while (end > 1 && dp[n][end - 1] == matched) {
            end--;
        }
        int skipped = end - matched;
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

    /** Whether word {@code i} of a label is word {@code j} of the text: the same, or (unless strict) similar. */
    private static boolean eq(Label label, int i, Stream stream, int j, boolean strict) {
        String textWord = stream.words.get(j);
        return strict ? label.words()[i].equals(textWord)
                : Tokens.similar(label.words()[i], label.letters()[i], textWord, stream.letters[j]);
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
