package org.igfreport.internal.template;

/**
 * The longest common subsequence of a label's words and a row's words, computed a whole table
 * row at a time in one 64-bit word (the bit-vector algorithm of Allison and Dix, in Hyyrö's
 * form). Row {@code i} of the classic table, {@code L[i][j]} for every {@code j}, is the number
 * of zero bits of {@code v} below bit {@code j}; a label word needs only its match mask over the
 * text words (bit {@code j} set when it matches text word {@code j}), so any notion of "match"
 * works, fuzzy word equality included.
 */
final class Lcs {

    /** The most text words one bit vector holds. */
    static final int MAX_WORDS = 63;

    /** The state before the first label word: no word matched. */
    static final long START = ~0L;

    private Lcs() {
    }

    /**
     * @param v the state after the previous label words
     * @param matches the next label word's match mask over the text words
     * @return the state after that word
     */
    static long step(long v, long matches) {
        long u = v & matches;
        return (v + u) | (v - u);
    }

    /**
     * @param v a state
     * @param m the number of text words (at most {@link #MAX_WORDS})
     * @return the length of the common subsequence of the label words so far and the {@code m} text words
     */
    static int length(long v, int m) {
        return m - Long.bitCount(v & low(m));
    }

    /**
     * @param v a state
     * @param m the number of text words
     * @return the fewest text words, at least 1, that hold a common subsequence as long as all {@code m} do
     */
    static int end(long v, int m) {
        long zeros = ~v & low(m);
        return zeros == 0 ? 1 : 64 - Long.numberOfLeadingZeros(zeros);
    }

    private static long low(int m) {
        return m >= 64 ? -1L : (1L << m) - 1;
    }
}
