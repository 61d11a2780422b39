package org.igfreport.internal.document;

import java.util.Set;
import org.igfreport.internal.base.Location;

/**
 * An inline suppression written in a report: {@code <!-- igf-report-disable rule ... -->} in
 * Markdown or text (from its line to the end, or to a matching {@code igf-report-enable}), or an
 * {@code x-igf-report-disable} list in YAML/JSON (the whole file).
 *
 * @param rules the rule ids it disables; empty for every rule
 * @param fromLine the first line it covers (1-based)
 * @param toLine the last line it covers (inclusive), {@link Integer#MAX_VALUE} for the end
 * @param location where the suppression itself is written
 */
public record Suppression(Set<String> rules, int fromLine, int toLine, Location location) {

    /** Makes the set immutable. */
    public Suppression {
        rules = Set.copyOf(rules);
    }

    /**
     * @param rule a rule id
     * @param line a line
     * @return whether this suppression covers findings of that rule on that line
     */
    public boolean covers(String rule, int line) {
        return (rules.isEmpty() || rules.contains(rule)) && line >= fromLine && line <= toLine;
    }

    /**
     * Reads a suppression comment ({@code <!-- igf-report-disable a b -->} or
     * {@code <!-- igf-report-enable a b -->}).
     *
     * @param text the comment's text, with or without the comment markers
     * @return {@code [enable?, rule ids...]}: the first element is "enable" or "disable"; or
     *     {@code null} when the text is not such a comment
     */
    public static String[] parseComment(String text) {
        String t = text.strip();
        if (t.startsWith("<!--")) {
            t = t.substring(4);
        }
        if (t.endsWith("-->")) {
            t = t.substring(0, t.length() - 3);
        }
        t = t.strip();
        String kind;
        if (t.startsWith("igf-report-disable")) {
            kind = "disable";
            t = t.substring("igf-report-disable".length());
        } else if (t.startsWith("igf-report-enable")) {
            kind = "enable";
            t = t.substring("igf-report-enable".length());
        } else {
            return null;
        }
        if (!t.isEmpty() && !Character.isWhitespace(t.charAt(0))) {
            return null;
        }
        String rest = t.strip();
        if (rest.isEmpty()) {
            return new String[] {kind};
        }
        String[] ids = rest.split("[\\s,]+");
        String[] out = new String[ids.length + 1];
        out[0] = kind;
        System.arraycopy(ids, 0, out, 1, ids.length);
        return out;
    }
}
