package org.igfreport.internal.text;

import java.util.Arrays;

/**
 * Words of a text for label matching: maximal runs of letters and digits, lower-cased, with
 * their offsets. Punctuation, case and spacing do not count. Also the fuzzy word equality that
 * lets labels survive small OCR damage.
 *
 * <p>The text is cut into words as far as they are asked for ({@link #size()} cuts it all, up to the
 * limit; {@link #sizeAtMost} only as far as it needs): label matching reads the first words of most
 * rows. A word's lower-cased string is made on first use. Not to be shared between threads while
 * words are still being cut or made.
 */
public final class Tokens {

    private final String text;
    private final int limit;
    private String[] words;
    private long[] letters;
    private int[] starts;
    private int[] ends;
    private int size;
    /** Where the cut goes on: the first character not looked at yet. */
    private int pos;
    /** Whether all words (up to the limit) are cut. */
    private boolean cut;

    private Tokens(String text, int limit) {
        this.text = text;
        this.limit = limit;
        // a word takes two characters at least; a line of a report has fewer than 16 words (longer
        // rows grow the arrays): each row of a document is cut, so the arrays are kept small
        int cap = Math.max(1, Math.min(Math.min(limit, 16), text.length() / 2 + 1));
        this.words = new String[cap];
        this.letters = new long[cap];
        this.starts = new int[cap];
        this.ends = new int[cap];
    }

    /**
     * @param text any text
     * @return its words
     */
    public static Tokens of(CharSequence text) {
        return of(text, Integer.MAX_VALUE);
    }

    /**
     * @param text any text
     * @param limit the most words to take
     * @return its first words, at most {@code limit}
     */
    public static Tokens of(CharSequence text, int limit) {
        return new Tokens(text.toString(), limit);
    }

    /** Cuts words until there are {@code n} (or the text or the limit ends). */
    private void cut(int n) {
        // the scan reads a String (a final class: its charAt is inlined, where CharSequence's is a call per character)
        String str = text;
        int len = str.length();
        int i = pos;
        int k = size;
        int want = Math.min(n, limit);
        while (k < want) {
            while (i < len && !isWordChar(str.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            long mask = 0;
            while (i < len) {
                char c = str.charAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                mask |= 1L << (lower(c) & 63);
                i++;
            }
            if (k == starts.length) {
                int cap = 2 * k;
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
                letters = Arrays.copyOf(letters, cap);
                words = Arrays.copyOf(words, cap);
            }
            starts[k] = start;
            ends[k] = i;
            letters[k] = mask;
            k++;
        }
        size = k;
        pos = i;
        if (k < want || k == limit) {
            cut = true;
        }
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * @param text any text
     * @return how many words it has: the same as {@code of(text).size()}, without making them
     */
    public static int count(CharSequence text) {
        // a String's charAt is inlined where CharSequence's is a call per character (the summaries count every
        // line); the callers pass Strings, whose toString is themselves
        String str = text.toString();
        int n = 0;
        boolean inWord = false;
        for (int i = 0, len = str.length(); i < len; i++) {
            boolean w = isWordChar(str.charAt(i));
            if (w && !inWord) {
                n++;
            }
            inWord = w;
        }
        return n;
    }

    /** A letter or digit; a table lookup for ASCII, which is most report text. */
    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** @return the number of words */
    public int size() {
        if (!cut) {
            cut(Integer.MAX_VALUE);
        }
        return size;
    }

    /**
     * The number of words, cutting the text only as far as needed to tell.
     *
     * @param n a number of words
     * @return {@code Math.min(size(), n)}
     */
    public int sizeAtMost(int n) {
        if (size < n && !cut) {
            cut(n);
        }
        return Math.min(size, n);
    }

    /** The words up to the i-th cut (an index past the words fails as an array index). */
    private void reach(int i) {
        if (i >= size) {
            if (!cut) {
                cut(i + 1);
            }
            if (i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
        }
    }

    /** @param i index
     *  @return the i-th word, lower-cased */
    public String word(int i) {
        reach(i);
        String w = words[i];
        if (w == null) {
            w = make(starts[i], ends[i]);
            words[i] = w;
        }
        return w;
    }

    private String make(int start, int end) {
        boolean lower = true;
        for (int k = start; k < end && lower; k++) {
            char c = text.charAt(k);
            lower = lower(c) == c;
        }
        if (lower) {
            return text.subSequence(start, end).toString();
        }
        char[] buf = new char[end - start];
        for (int k = start; k < end; k++) {
            buf[k - start] = lower(text.charAt(k));
        }
        return new String(buf);
    }

    /** @param i index
     *  @return where the i-th word starts in the text */
    public int start(int i) {
        reach(i);
        return starts[i];
    }

    /** @param i index
     *  @return where the i-th word ends (exclusive) in the text */
    public int end(int i) {
        reach(i);
        return ends[i];
    }

    /** @param i index
     *  @return the letters of the i-th word, as {@link #letters(String)} gives them */
    public long letters(int i) {
        reach(i);
        return letters[i];
    }

    /**
     * Whether two lower-cased words are the same word, allowing small damage: equal, or (for
     * words of five letters or more) within an edit distance of about a third of their length.
     *
     * @param a a word
     * @param b another word
     * @return whether they match
     */
    public static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int max = allowance(a, b);
        return max > 0 && similar(a, letters(a), b, letters(b), max);
    }

    /**
     * The same as {@link #similar(String, String)} for words whose {@link #letters(String)} are
     * already known (label words, and the words of a row tried against many labels).
     *
     * @param a a word
     * @param lettersA its letters
     * @param b another word
     * @param lettersB its letters
     * @return whether they match
     */
    public static boolean similar(String a, long lettersA, String b, long lettersB) {
        if (a.equals(b)) {
            return true;
        }
        int max = allowance(a, b);
        return max > 0 && similar(a, lettersA, b, lettersB, max);
    }

    /**
     * The letters of a word as a set (folded into 64 buckets): a word that has a letter the
     * other lacks needs an edit for it, so the sets give a lower bound of the edit distance in
     * two instructions, and most word pairs that are not similar fail there.
     *
     * @param word a word
     * @return its letters
     */
    public static long letters(String word) {
        long m = 0;
        for (int i = 0; i < word.length(); i++) {
            m |= 1L << (word.charAt(i) & 63);
        }
        return m;
    }

    /** The edits two different words may differ by, or 0 when only equal words match (short words, numbers). */
    private static int allowance(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int shorter = Math.min(la, lb);
        if (shorter < 5 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return 0;
        }
        int max = Math.max(la, lb) <= 7 ? 1 : Math.max(la, lb) / 3;
        return Math.abs(la - lb) > max ? 0 : max;
    }

    private static boolean similar(String a, long lettersA, String b, long lettersB, int max) {
        return Long.bitCount(lettersA & ~lettersB) <= max && Long.bitCount(lettersB & ~lettersA) <= max
                && distance(a, b, max) <= max;
    }

    /**
     * Levenshtein distance if at most {@code max}, else a number above {@code max}: only the
     * band of cells within {@code max} of the diagonal can lead to such a distance, so only it is
     * computed, and the scan stops once a whole row of the band exceeds {@code max}.
     */
    private static int distance(String a, String b, int max) {
        int lb = b.length();
        int big = max + 1;
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = Math.min(j, big);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(lb, i + max);
            cur[0] = Math.min(i, big);
            cur[from - 1] = from == 1 ? cur[0] : big;
            int rowMin = cur[from - 1];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(d, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < lb) {
                cur[to + 1] = big;
            }
            if (rowMin > max) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }
}
