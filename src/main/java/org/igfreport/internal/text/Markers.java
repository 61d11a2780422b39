package org.igfreport.internal.text;

/**
 * Small, linear-time recognisers for the marks that structure report text: bullets and
 * numbering, "Presentation 2 (Name):" markers, "Topic: ..." item openings and sentence ends.
 * No regular expressions, so no backtracking on hostile input.
 */
public final class Markers {

    private Markers() {
    }

    /**
     * @param text a line
     * @return the length of a leading bullet or number ("- ", "* ", "• ", "1. ", "a) ") with its
     *     spaces, or 0
     */
    public static int listMarkerLength(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return 0;
        }
        char c = text.charAt(i);
        int j;
        if (c == '-' || c == '*' || c == '•' || c == '–' || c == '·' || c == '+' || c == '▪' || c == '○' || c == '◦'
                || isBulletGlyph(c)) {
            j = i + 1;
        } else if (Character.isDigit(c)) {
            j = i;
            while (j < n && j - i < 3 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j >= n || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                return 0;
            }
            j++;
        } else if (Character.isLetter(c) && i + 1 < n && text.charAt(i + 1) == ')') {
            j = i + 2;
        } else {
            return 0;
        }
        if (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t') {
            return 0;
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= n ? 0 : j;
    }

    /**
     * Bullets as text extraction tools give them: Word's Symbol-font bullets come out of a PDF
     * as private-use characters (U+F0B7, U+F0A7 from Wingdings, U+F0D8, U+F076), and the
     * other round and triangular bullets.
     */
    private static boolean isBulletGlyph(char c) {
        return c == '\uF0B7' || c == '\uF0A7' || c == '\uF0D8' || c == '\uF076' || c == '\u25CF' || c == '\u2023'
                || c == '\u2043' || c == '\u25AA';
    }

    /**
     * @param text a line
     * @return whether it holds bullets and nothing else (pdftotext's default mode prints a list's
     *     bullets apart from their items' text, beside the labels of a table)
     */
    public static boolean bulletsOnly(String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBulletGlyph(c)) {
                any = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return any;
    }

    /** @param text a line
     *  @return whether it starts with a bullet or a number */
    public static boolean startsListItem(String text) {
        return listMarkerLength(text) > 0;
    }

    /**
     * @param text a text
     * @param from where to look
     * @return whether a "Presentation N" marker (case-insensitive, N a number) starts at {@code from}
     */
    public static boolean presentationAt(CharSequence text, int from) {
        String word = "presentation";
        int n = text.length();
        if (from + word.length() >= n) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(from + k)) != word.charAt(k)) {
                return false;
            }
        }
        int j = from + word.length();
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '#' || text.charAt(j) == '\u00a0')) {
            j++;
        }
        return j < n && Character.isDigit(text.charAt(j));
    }

    /** @param text a line
     *  @return whether it starts (after a bullet) with a "Presentation N" marker */
    public static boolean presentationAtStart(String text) {
        int skip = listMarkerLength(text);
        while (skip < text.length() && Character.isWhitespace(text.charAt(skip))) {
            skip++;
        }
        return presentationAt(text, skip);
    }

    /**
     * A "Topic: ..." opening: one to six words starting with a capital, then a colon and a space,
     * as in "Network security: How do ...".
     *
     * @param text a line
     * @return whether the line opens with a topic
     */
    public static boolean startsWithTopic(String text) {
        int i = listMarkerLength(text);
        int n = text.length();
        if (i >= n || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        int words = 1;
        for (int j = i; j < n && j - i < 60; j++) {
            char c = text.charAt(j);
            if (c == ':') {
                return j + 1 < n && text.charAt(j + 1) == ' ' && words <= 6;
            }
            if (c == ' ') {
                words++;
            } else if (c == '.' || c == '?' || c == '!') {
                return false;
            }
        }
        return false;
    }

    /**
     * @param text a line, stripped
     * @return whether it ends a sentence: a full stop, question or exclamation mark, possibly
     *     followed by closing quotes or brackets
     */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && isCloser(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '’' || c == '”' || c == '»' || c == '*' || c == '_';
    }
}
