package org.igfreport.internal.document;

import org.igfreport.internal.base.Location;

/**
 * A piece of text on one line of the source, with where it starts. The unit every reader
 * produces and every rule points at.
 *
 * @param text the text (no line break)
 * @param line the 1-based line in the text the user sees (the paragraph number for Word, the line on the page for PDF)
 * @param column the 1-based column of the first character
 * @param page the page for paged formats, else {@code null}
 * @param pointer the JSON Pointer for structured input, else {@code null}
 */
public record Fragment(String text, int line, int column, Integer page, String pointer) {

    /** @param text the text
     *  @param line the line
     *  @param column the column
     *  @return a fragment of plain text input */
    public static Fragment of(String text, int line, int column) {
        return new Fragment(text, line, column, null, null);
    }

    /**
     * @param begin the first char (0-based, inclusive)
     * @param end the end (0-based, exclusive)
     * @return the part of this fragment between the offsets, with its own column
     */
    public Fragment sub(int begin, int end) {
        return new Fragment(text.substring(begin, end), line, column + begin, page, pointer);
    }

    /** @return this fragment without leading and trailing white space, columns adjusted */
    public Fragment strip() {
        int b = 0;
        int e = text.length();
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return b == 0 && e == text.length() ? this : sub(b, e);
    }

    /** @return whether the text is empty or white space only */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** @return the location of this fragment */
    public Location location() {
        return new Location(line, column, line, column + Math.max(0, text.length() - 1), page, pointer);
    }
}
