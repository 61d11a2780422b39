package org.igfreport.internal.output;

/**
 * Makes text safe for a line-oriented output (a terminal, a CI log, a Maven log): no character in
 * a path, a message or an excerpt can end the line, start a new one, or drive the terminal. Line
 * breaks, tabs, the C0 and C1 controls (ESC among them), DEL, the Unicode line and paragraph
 * separators (U+2028, U+2029) and the bidirectional overrides are written as visible escapes:
 * {@code \n}, {@code \r}, {@code \t}, and {@code \u001b} style for the rest. Everything else is
 * kept as it is. One pass, linear in the length.
 */
public final class Escapes {

    private Escapes() {
    }

    /**
     * @param c a character
     * @return whether a line-oriented output must escape it
     */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * @param s a path or any text
     * @return it with every unsafe character escaped visibly
     */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else {
                escape(sb, c);
            }
        }
        return sb.toString();
    }

    /**
     * A message in prose: each line break, with the blanks around it, becomes one space (as the
     * text was meant to read); then whatever is unsafe is escaped visibly.
     *
     * @param s a message
     * @return it on one line
     */
    public static String prose(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = sb.length();
                while (end > 0 && blank(sb.charAt(end - 1))) {
                    end--;
                }
                sb.setLength(end);
                while (i < s.length() && (blank(s.charAt(i)) || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
                    i++;
                }
                sb.append(' ');
            } else {
                sb.append(c);
                i++;
            }
        }
        return visible(sb.toString());
    }

    /** The blanks of Java's {@code \s}. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static void escape(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                String hex = Integer.toHexString(c);
                sb.append("\\u");
                for (int k = hex.length(); k < 4; k++) {
                    sb.append('0');
                }
                sb.append(hex);
            }
        }
    }
}
