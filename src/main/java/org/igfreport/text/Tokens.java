package org.igfreport.text;

import java.util.Arrays;

/**
 * Words of a text for label matching: maximal runs of letters and digits, lower-cased, with
 * their offsets. Punctuation, case and spacing do not count. Also the fuzzy word equality that
 * lets labels survive small OCR damage.
 */
public final class Tokens {

    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Tokens(String[] words, int[] starts, int[] ends, int size) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
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
        int cap = 8;
        String[] w = new String[cap];
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        int len = text.length();
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (i < len && n < limit) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            sb.setLength(0);
            while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
                sb.append(Character.toLowerCase(text.charAt(i)));
                i++;
            }
            if (n == cap) {
                cap *= 2;
                w = Arrays.copyOf(w, cap);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
            }
            w[n] = sb.toString();
            s[n] = start;
            e[n] = i;
            n++;
        }
        return new Tokens(w, s, e, n);
    }

    /** @return the number of words */
    public int size() {
        return size;
    }

    /** @param i index
     *  @return the i-th word, lower-cased */
    public String word(int i) {
        return words[i];
    }

    /** @param i index
     *  @return where the i-th word starts in the text */
    public int start(int i) {
        return starts[i];
    }

    /** @param i index
     *  @return where the i-th word ends (exclusive) in the text */
    public int end(int i) {
        return ends[i];
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
        int la = a.length();
        int lb = b.length();
        int shorter = Math.min(la, lb);
        if (shorter < 5 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        int max = Math.max(la, lb) <= 7 ? 1 : Math.max(la, lb) / 3;
        if (Math.abs(la - lb) > max) {
            return false;
        }
        return distance(a, b, max) <= max;
    }

    /** Levenshtein distance, giving up (returning max + 1) once it exceeds {@code max}. */
    private static int distance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
