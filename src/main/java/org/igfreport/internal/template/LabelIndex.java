package org.igfreport.internal.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.igfreport.internal.text.Markers;
import org.igfreport.internal.text.Tokens;

/**
 * Finds a template's labels at the start of a row of text, however the report wrapped,
 * punctuated or slightly damaged them. A label matches when its words appear in order at the
 * start of the row (and the rows after it, for labels wrapped over several lines), allowing a
 * few missing or misspelt words; short labels must be followed by a colon, a question mark, a
 * tab or the end of the line. Immutable; one index per template, built once.
 */
public final class LabelIndex {

    /**
     * A label of a section, or a heading (section {@code null}).
     *
     * @param ids each word's number in the index's vocabulary
     */
    record Label(TemplateSection section, String[] words, int[] ids, boolean exact, int key) {
    }

    /**
     * A number per distinct label wording (its words and whether it is a section's own label),
     * the same in every template's index: templates share most of their labels, and where one
     * label starts at a row is the same whichever template asks ({@link Memo}).
     */
    private static final Map<String, Integer> LABEL_KEYS = new ConcurrentHashMap<>();

    private static int key(String[] words, boolean exact) {
        String k = (exact ? "+" : "-") + String.join(" ", words);
        Integer n = LABEL_KEYS.get(k);
        if (n == null) {
            synchronized (LABEL_KEYS) {
                n = LABEL_KEYS.get(k);
                if (n == null) {
                    n = LABEL_KEYS.size();
                    LABEL_KEYS.put(k, n);
                }
            }
        }
        return n;
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
     * @param loose whether a short label is followed by its answer after a single space, with
     *     no colon or tab ("Date Thursday 8 December 2016"): its words are the label's exactly,
     *     and the mapper takes it only where the template's order expects it (right after the
     *     last section found when the answer starts in lower case)
     */
    public record Match(TemplateSection section, int startRow, int endRow, int endOffset, double score, boolean exact,
            boolean loose) {
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

        /**
         * Where labels were already sought in these rows by another template's index, kept by
         * a view that every template of one document is matched against.
         *
         * @return the memo of these rows, or {@code null} for none
         */
        default Memo memo() {
            return null;
        }
    }

    /**
     * The outcome of aligning a label wording with the text at a row ({@link Label#key}), kept
     * for the next template with the same label: templates share most labels, and a row is
     * compared with each template's labels in turn. Outcomes that depend on the template's
     * headings (a label wrapped over a page's repeated title) are not kept. Not thread-safe:
     * one per document and thread, like its rows.
     */
    public static final class Memo {
        private static final Object NONE = new Object();
        private long[] keys = new long[256];
        private Object[] values = new Object[256];
        private int size;

        /** @return the outcome kept for the key: a {@link Match}, {@link #NONE}, or {@code null} when not kept */
        Object get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                Object v = values[i];
                if (v == null || keys[i] == key) {
                    return v;
                }
            }
        }

        void put(long key, Match m) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == null) {
                size++;
            }
            keys[i] = key;
            values[i] = m == null ? NONE : m;
        }

        private void grow() {
            long[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new long[2 * oldKeys.length];
            values = new Object[2 * oldValues.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    put(oldKeys[i], oldValues[i] == NONE ? null : (Match) oldValues[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }

    /**
     * How many words of a row label matching looks at: the longest label and its slack, the
     * words of a heading, and a list marker's number.
     */
    public static final int ROW_WORDS = 48;
    private static final int STREAM_WORDS = 40;
    private static final int HEADING_WORDS = 24;

    /**
     * Keyed by identity (a template record's own hash walks all its sections and labels), and
     * weakly: a template a long-running host loaded and dropped takes its index with it.
     */
    private static final WeakIdentityCache<Template, LabelIndex> CACHE = new WeakIdentityCache<>();
    private static final int MAX_ROWS = 8;

    /**
     * How many words of report text the similarity cache of one template keeps. Report prose
     * repeats its words, so a few thousand cover most rows; words met after the cache is full
     * are compared each time, as before there was a cache.
     */
    static final int SIMILARITY_CACHE = 16_384;

    /** The distinct words of all labels and headings; a word's number is its place here. */
    private final String[] vocabulary;
    private final long[] vocabularyLetters;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Per vocabulary word: the labels that start with it, or {@code null}. First words come first. */
    private final List<Label>[] byFirstWord;
    private final int firstWordCount;
    private final List<Label> headings = new ArrayList<>();
    /**
     * How many words of a row tell whether it is a heading: the longest heading's and two more (a
     * heading matches a row of its words and at most one more), at most {@link #HEADING_WORDS}.
     */
    private final int headingBound;
    /** The number of words of the longest heading. */
    private final int longestHeading;
    /**
     * Per word of report text: which vocabulary words it is {@link Tokens#similar similar} to,
     * as a bit set. Only words that may differ and still match (five letters or more) are kept.
     */
    private final Map<String, long[]> similarity = new ConcurrentHashMap<>();
    /** For words that can only match exactly: the bit set of each vocabulary word alone. */
    private final long[][] exactly;
    private final long[] none;

    @SuppressWarnings("unchecked")
    private LabelIndex(Template template) {
        List<String[]> labelWords = new ArrayList<>();
        List<TemplateSection> sections = new ArrayList<>();
        List<Boolean> exacts = new ArrayList<>();
        for (TemplateSection s : template.sections()) {
            boolean exact = true;
            for (String text : s.labels()) {
                String[] w = words(text);
                if (w.length > 0) {
                    labelWords.add(w);
                    sections.add(s);
                    exacts.add(exact);
                }
                exact = false;
            }
        }
        List<String[]> headingWords = new ArrayList<>();
        for (String h : template.headings()) {
            String[] w = words(h);
            if (w.length > 0) {
                headingWords.add(w);
            }
        }
        // first words get the lowest numbers, in the order labels first use them
        List<String> vocab = new ArrayList<>();
        for (String[] w : labelWords) {
            number(w[0], vocab);
        }
        firstWordCount = vocab.size();
        for (String[] w : labelWords) {
            for (String word : w) {
                number(word, vocab);
            }
        }
        for (String[] w : headingWords) {
            for (String word : w) {
                number(word, vocab);
            }
        }
        vocabulary = vocab.toArray(new String[0]);
        vocabularyLetters = new long[vocabulary.length];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabularyLetters[i] = Tokens.letters(vocabulary[i]);
        }
        int longs = Math.max(1, (vocabulary.length + 63) / 64);
        none = new long[longs];
        exactly = new long[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) {
            exactly[i] = new long[longs];
            exactly[i][i >>> 6] = 1L << i;
        }
        byFirstWord = new List[firstWordCount];
        for (int k = 0; k < labelWords.size(); k++) {
            Label label = new Label(sections.get(k), labelWords.get(k), idsOf(labelWords.get(k)), exacts.get(k),
                    key(labelWords.get(k), exacts.get(k)));
            int first = label.ids()[0];
            if (byFirstWord[first] == null) {
                byFirstWord[first] = new ArrayList<>();
            }
            byFirstWord[first].add(label);
        }
        int longest = 0;
        for (String[] w : headingWords) {
            headings.add(new Label(null, w, idsOf(w), true, -1));
            longest = Math.max(longest, w.length);
        }
        longestHeading = longest;
        headingBound = Math.min(HEADING_WORDS, longest + 2);
    }

    private void number(String word, List<String> vocab) {
        if (!ids.containsKey(word)) {
            ids.put(word, vocab.size());
            vocab.add(word);
        }
    }

    private int[] idsOf(String[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = ids.get(words[i]);
        }
        return out;
    }

    /**
     * Which vocabulary words a word of report text matches ({@link Tokens#similar}), computed
     * once per distinct word and template while the cache has room.
     *
     * @param word a lower-cased word
     * @param letters its {@link Tokens#letters}
     * @return a bit set over the vocabulary; not to be changed
     */
    long[] similarTo(String word, long letters) {
        if (word.length() < 5 || Character.isDigit(word.charAt(0))) {
            // short words and numbers only match themselves
            Integer id = ids.get(word);
            return id == null ? none : exactly[id];
        }
        long[] known = similarity.get(word);
        if (known != null) {
            return known;
        }
        long[] bits = new long[none.length];
        for (int i = 0; i < vocabulary.length; i++) {
            if (Tokens.similar(vocabulary[i], vocabularyLetters[i], word, letters)) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        if (similarity.size() < SIMILARITY_CACHE) {
            similarity.put(word, bits);
        }
        return bits;
    }

    private static boolean has(long[] bits, int id) {
        return (bits[id >>> 6] & (1L << id)) != 0;
    }

    /** @param template a template
     *  @return its index (built once) */
    public static LabelIndex of(Template template) {
        return CACHE.get(template, MAKE);
    }

    /** {@code LabelIndex::new}, as a class: a method reference is a call site linked at start-up. */
    private static final java.util.function.Function<Template, LabelIndex> MAKE = new java.util.function.Function<>() {
        @Override
        public LabelIndex apply(Template template) {
            return new LabelIndex(template);
        }
    };

    /** @return how many templates have an index in the cache (for tests) */
    static int cached() {
        return CACHE.size();
    }

    /** A label's words, without its own number ("1. Key Policy Questions" is found as "1)", "1 -" or unnumbered). */
    private static String[] words(String text) {
        Tokens t = Tokens.of(text.substring(numberLength(text)));
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
        int skip = numberLength(text);
        Tokens words = rows.words(row);
        int from = firstAfter(words, skip);
        if (from == words.sizeAtMost(from + 1)) {
            return null;
        }
        long[] s0 = similarTo(words.word(from), words.letters(from));
        Match best = headingMatch(words, from, row, text.length());
        Stream stream = null;
        Memo memo = rows.memo();
        // the labels whose first word is similar to the row's: first words are numbered first
        for (int k = 0; k * 64 < firstWordCount; k++) {
            long bits = s0[k] & (firstWordCount - k * 64 >= 64 ? -1L : (1L << (firstWordCount - k * 64)) - 1);
            while (bits != 0) {
                int first = k * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                for (Label label : byFirstWord[first]) {
                    if (label.section() != null && found.contains(label.section().id())) {
                        continue;
                    }
                    long key = (long) row << 32 | label.key();
                    Object kept = memo == null ? null : memo.get(key);
                    Match m;
                    if (kept != null) {
                        m = kept == Memo.NONE ? null : in(label, (Match) kept);
                    } else {
                        if (stream == null) {
                            stream = new Stream(this, rows, row, from);
                        }
                        stream.templateBound = false;
                        m = align(label, stream);
                        if (memo != null && !stream.templateBound) {
                            memo.put(key, m);
                        }
                    }
                    if (m != null && (best == null || better(m, best))) {
                        best = m;
                    }
                }
            }
        }
        return best;
    }

    /** A match kept for a label of another template, as a match of this template's label. */
    private static Match in(Label label, Match m) {
        return m.section() == label.section() ? m
                : new Match(label.section(), m.startRow(), m.endRow(), m.endOffset(), m.score(), m.exact(), m.loose());
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

    /**
     * The length of a list marker or section number at the start of a text: a bullet, "1." or
     * "1)" ({@link Markers#listMarkerLength}), or a number followed by a dash ("1 - ", "1 – ").
     */
    static int numberLength(String text) {
        int skip = Markers.listMarkerLength(text);
        if (skip > 0) {
            return skip;
        }
        int n = text.length();
        int i = 0;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int digits = i;
        while (i < n && i - digits < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return 0;
        }
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= n || (text.charAt(i) != '-' && text.charAt(i) != '\u2013' && text.charAt(i) != '\u2014')) {
            return 0;
        }
        i++;
        if (i >= n || text.charAt(i) != ' ') {
            return 0;
        }
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        return i >= n ? 0 : i;
    }

    /** The index of the first word that starts at or after {@code offset} (a list marker's number is before it). */
    private static int firstAfter(Tokens words, int offset) {
        int k = 0;
        while (k < words.sizeAtMost(k + 1) && words.start(k) < offset) {
            k++;
        }
        return k;
    }

    /** A heading is the whole row: its words, give or take one, from word {@code from} on. */
    private Match headingMatch(Tokens t, int from, int row, int rowLength) {
        if (headings.isEmpty()) {
            return null;
        }
        // a row longer than the longest heading and one word is no heading: it is cut that far only
        int size = Math.min(HEADING_WORDS, t.sizeAtMost(from + headingBound) - from);
        for (Label h : headings) {
            if (size < h.words().length || size > h.words().length + 1) {
                continue;
            }
            // all its words, or all but one of three or more: stop at the miss too many
            int misses = h.words().length >= 3 ? 1 : 0;
            int same = 0;
            for (int i = 0; i < h.words().length && i - same <= misses; i++) {
                if (has(similarTo(t.word(from + i), t.letters(from + i)), h.ids()[i])) {
                    same++;
                }
            }
            if (same == h.words().length || (h.words().length >= 3 && same >= h.words().length - 1)) {
                return new Match(null, row, row, rowLength, 1.0, true, false);
            }
        }
        return null;
    }

    /**
     * Where a wrapped label goes on when a page's repeated title stands inside it (a label cell
     * over a page break, the template's title printed atop the next page between its lines,
     * maybe after a blank line): the row after such a title, else {@code row} itself.
     *
     * @param rows the rows
     * @param row the next row a wrapped label would take
     * @return the row after blank rows and a heading that is the whole row, when text follows
     */
    int pastPageTitle(Rows rows, int row) {
        int r = row;
        while (r < rows.size() && r - row < 2 && rows.labelText(r) != null && rows.labelText(r).isBlank()) {
            r++;
        }
        if (r + 1 >= rows.size() || rows.labelText(r) == null || !wholeHeading(rows.words(r))) {
            return row;
        }
        // in two columns (-layout), the answer's line printed beside no label line may come first
        int next = r + 1;
        while (next < rows.size() && next - r <= 2 && rows.labelText(next) == null) {
            next++;
        }
        String after = next < rows.size() ? rows.labelText(next) : null;
        return after == null || after.isBlank() ? row : next;
    }

    /** Whether a row's words are exactly a heading's, all of them. */
    private boolean wholeHeading(Tokens t) {
        int size = t.sizeAtMost(longestHeading + 1);
        for (Label h : headings) {
            if (size != h.words().length) {
                continue;
            }
            int same = 0;
            for (int i = 0; i < h.words().length; i++) {
                if (has(similarTo(t.word(i), t.letters(i)), h.ids()[i])) {
                    same++;
                }
            }
            if (same == h.words().length) {
                return true;
            }
        }
        return false;
    }

    /** Words of the rows from a start row on, gathered lazily, with the row and offsets of each. */
    private static final class Stream {
        /**
         * Per word: the row's words and its number among them. The word's lower-cased string is
         * made when a label is first compared with it ({@link Tokens#word}): a row's words are all
         * taken in, but a label is compared with its first few only.
         */
        Tokens[] tokens = new Tokens[16];
        int[] at = new int[16];
        /** Per word, on demand: the vocabulary words it is similar to ({@code null} until asked). */
        long[][] similar = new long[16][];
        /** Per word: its row. */
        int[] rowOf = new int[16];
        /** Per word, on demand: its vocabulary number, -1 for none, -2 not looked up yet. */
        int[] exact;
        int size;
        final LabelIndex index;
        final Rows rows;
        int nextRow;
        int rowsTaken;
        final int firstWord;
        boolean done;
        /** Whether the last alignment looked at the template's headings (not only at the label's words). */
        boolean templateBound;

        /** @param firstWord the first word of the first row to take (after a list marker) */
        Stream(LabelIndex index, Rows rows, int row, int firstWord) {
            this.index = index;
            this.rows = rows;
            this.nextRow = row;
            this.firstWord = firstWord;
        }

        boolean ensure(int n) {
            while (size < n && !done) {
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
                for (int i = from; i < t.sizeAtMost(from + STREAM_WORDS); i++) {
                    add(r, t, i);
                }
            }
            return size >= n;
        }

        private void add(int row, Tokens t, int i) {
            if (size == tokens.length) {
                int cap = 2 * size;
                tokens = java.util.Arrays.copyOf(tokens, cap);
                at = java.util.Arrays.copyOf(at, cap);
                similar = java.util.Arrays.copyOf(similar, cap);
                rowOf = java.util.Arrays.copyOf(rowOf, cap);
            }
            tokens[size] = t;
            at[size] = i;
            rowOf[size] = row;
            size++;
        }

        /** @return word {@code j}, lower-cased */
        String word(int j) {
            return tokens[j].word(at[j]);
        }

        /** @return where word {@code j} starts in its row's label text */
        int start(int j) {
            return tokens[j].start(at[j]);
        }

        /** @return where word {@code j} ends (exclusive) in its row's label text */
        int end(int j) {
            return tokens[j].end(at[j]);
        }

        /** @return the vocabulary number of word {@code j}, or -1 when it is not a label word */
        int exact(int j) {
            if (exact == null) {
                exact = new int[tokens.length];
                java.util.Arrays.fill(exact, -2);
            } else if (exact.length < tokens.length) {
                int old = exact.length;
                exact = java.util.Arrays.copyOf(exact, tokens.length);
                java.util.Arrays.fill(exact, old, exact.length, -2);
            }
            if (exact[j] == -2) {
                exact[j] = index.ids.getOrDefault(word(j), -1);
            }
            return exact[j];
        }

        /** @return whether word {@code j} is similar to vocabulary word {@code id} */
        boolean similar(int j, int id) {
            return has(similar(j), id);
        }

        private long[] similar(int j) {
            long[] bits = similar[j];
            if (bits == null) {
                bits = index.similarTo(word(j), tokens[j].letters(at[j]));
                similar[j] = bits;
            }
            return bits;
        }

        /**
         * Which of the first {@code m} words (at most {@link Lcs#MAX_WORDS}) match word {@code i}
         * of a label, as a bit mask.
         */
        long matches(Label label, int i, int m, boolean strict) {
            long bits = 0;
            if (strict) {
                int id = label.ids()[i];
                for (int j = 0; j < m; j++) {
                    if (exact(j) == id) {
                        bits |= 1L << j;
                    }
                }
            } else {
                int id = label.ids()[i];
                for (int j = 0; j < m; j++) {
                    if (has(similar(j), id)) {
                        bits |= 1L << j;
                    }
                }
            }
            return bits;
        }
    }

    private Match align(Label label, Stream stream) {
        int n = label.words().length;
        stream.ensure(n + 4);
        int m = Math.min(stream.size, n + 4);
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
        boolean strict = n <= 2;
        int matched;
        int end;
        if (m <= Lcs.MAX_WORDS) {
            long v = Lcs.START;
            for (int i = 1; i <= n; i++) {
                v = Lcs.step(v, stream.matches(label, i - 1, m, strict));
                if (prefix < 2 && Lcs.length(v, m) + (n - i) < need) {
                    return null;
                }
            }
            matched = Lcs.length(v, m);
            end = Lcs.end(v, m);
        } else {
            int[] lcs = tableLcs(label, stream, n, m, strict, prefix, need);
            if (lcs == null) {
                return null;
            }
            matched = lcs[0];
            end = lcs[1];
        }
        int skipped = end - matched;
        double score = (double) matched / n;
        boolean full = n <= 2 ? matched == n && skipped == 0
                : score >= (n <= 4 ? 0.75 : 0.8) && skipped <= Math.max(1, n / 4);
        int last = (full ? end : Math.max(1, prefix)) - 1;
        int lastRow = stream.rowOf[last];
        String rowText = stream.rows.labelText(lastRow);
        int after = stream.end(last);
        char sep = separator(rowText, after);
        boolean loose = false;
        if (full) {
            if (n <= 3 && sep == 0) {
                if (!exactly(label, stream, n, after, rowText)) {
                    return null;
                }
                loose = true;
            }
        } else {
            // the label's first words, up to the end of a row: the longest such prefix, as the answer's first
            // word may be the label's next ("To what extent did the session discuss" / "Gender was discussed
            // briefly, ..." / "gender equality and/or women's" in pdftotext's default text, lines interleaved)
            int p = prefix;
            while (p >= 2 && !partialEnd(label, stream, p)) {
                p--;
                while (p >= 3 && stream.rowOf[p - 1] == stream.rowOf[p]) {
                    p--;
                }
                if (p < 3) {
                    return null;
                }
            }
            if (p < 2) {
                return null;
            }
            lastRow = stream.rowOf[p - 1];
            rowText = stream.rows.labelText(lastRow);
            after = stream.end(p - 1);
            score = (double) p / n;
        }
        return new Match(label.section(), stream.rowOf[0], lastRow, skipSeparators(rowText, after), score,
                label.exact(), loose);
    }

    /**
     * Whether a label's first {@code p} words, as they stand in the stream, end as a label that is cut
     * short does: with a colon or question mark (two words or more), at the end of the row, or where the
     * next row starts with the label's next words (three words or more).
     */
    private boolean partialEnd(Label label, Stream stream, int p) {
        if (p < 2) {
            return false;
        }
        int row = stream.rowOf[p - 1];
        char sep = separator(stream.rows.labelText(row), stream.end(p - 1));
        if (sep == ':' || sep == '?' || p >= 3 && sep == '\n') {
            return true;
        }
        if (p >= 3 && sep == 0) {
            // the outcome now depends on this template's headings (pastPageTitle): not to be shared
            stream.templateBound = true;
            return restStartsNextRow(label, p, stream.rows, row);
        }
        return false;
    }

    /**
     * Whether the row after a label's first words starts with the label's next words, exactly: the
     * shape of `pdftotext -raw` text where a wrapped label's first line and its answer's first line
     * share a baseline and come out as one line ("Estimate the overall number of About 15 women." /
     * "women present at the session"). The answer's words stay in the section; the label's rest is
     * dropped from it by the mapper ({@code LabelRuns.rest}).
     */
    private boolean restStartsNextRow(Label label, int prefix, Rows rows, int row) {
        int need = Math.min(2, label.words().length - prefix);
        if (need <= 0 || row + 1 >= rows.size()) {
            return false;
        }
        // or the row after the next page's repeated title, when the label ran over a page break
        int nextRow = pastPageTitle(rows, row + 1);
        if (rows.labelText(nextRow) == null) {
            return false;
        }
        Tokens next = rows.words(nextRow);
        if (next.sizeAtMost(need) < need) {
            return false;
        }
        for (int i = 0; i < need; i++) {
            if (!next.word(i).equals(label.words()[prefix + i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short label stands at the start of a row word for word, capitalised, on one row,
     * and its answer follows after a single space: the shape of a table row whose cells a tool
     * joined with a space. An answer in lower case ("Date to be confirmed", but also a sentence:
     * "Time is short") only after the template's own label, not a variant ("Speakers said that"),
     * and the mapper takes it only as the section right after the last one found.
     */
    private static boolean exactly(Label label, Stream stream, int n, int after, String rowText) {
        if (stream.size < n || stream.rowOf[n - 1] != stream.rowOf[0]) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (stream.exact(j) != label.ids()[j]) {
                return false;
            }
        }
        String first = stream.rows.labelText(stream.rowOf[0]);
        return Character.isUpperCase(first.charAt(stream.start(0))) && after + 1 < rowText.length()
                && rowText.charAt(after) == ' ' && rowText.charAt(after + 1) != ' '
                && (label.exact() || !Character.isLowerCase(rowText.charAt(after + 1)));
    }

    /**
     * The classic table, for rows longer than one bit vector holds.
     *
     * @return {matched, end}, or {@code null} when too many label words are missing
     */
    private static int[] tableLcs(Label label, Stream stream, int n, int m, boolean strict, int prefix, int need) {
        int w = m + 1;
        int[] dp = new int[(n + 1) * w];
        for (int i = 1; i <= n; i++) {
            int row = i * w;
            int up = row - w;
            for (int j = 1; j <= m; j++) {
                if (eq(label, i - 1, stream, j - 1, strict)) {
                    dp[row + j] = dp[up + j - 1] + 1;
                } else {
                    dp[row + j] = Math.max(dp[up + j], dp[row + j - 1]);
                }
            }
            if (prefix < 2 && dp[row + m] + (n - i) < need) {
                return null;
            }
        }
        int last0 = n * w;
        int matched = dp[last0 + m];
        int end = m;
        while (end > 1 && dp[last0 + end - 1] == matched) {
            end--;
        }
        return new int[] {matched, end};
    }

    /** Whether word {@code i} of a label is word {@code j} of the text: the same, or (unless strict) similar. */
    private static boolean eq(Label label, int i, Stream stream, int j, boolean strict) {
        return strict ? stream.exact(j) == label.ids()[i] : stream.similar(j, label.ids()[i]);
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
        if (c == '\n') {
            return '\n'; // a paragraph end inside a Word label cell: the label cell's next paragraph is a hint
        }
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
