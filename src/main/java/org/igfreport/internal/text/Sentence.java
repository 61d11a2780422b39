package org.igfreport.internal.text;

/**
 * One sentence found by {@link SentenceSegmenter}: the half-open range {@code [start, end)}
 * of the text that was split. The range never starts or ends with whitespace and is never
 * empty.
 *
 * @param start offset of the first character of the sentence
 * @param end   offset just after the last character of the sentence
 */
public record Sentence(int start, int end) {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if {@code start} is negative or {@code end <= start}
     */
    public Sentence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence range [" + start + ", " + end + ")");
        }
    }

    /**
     * Returns the raw text of this sentence (line breaks and inner whitespace as they are).
     *
     * @param source the text that was given to {@link SentenceSegmenter#split(CharSequence)}
     * @return the substring {@code source[start, end)}
     */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
