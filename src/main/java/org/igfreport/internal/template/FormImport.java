package org.igfreport.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;

/**
 * A template drafted from a form ({@code templates import}): its labels (the label cells of a
 * two-column table, headings, "Label:" lines, numbered headings, bulleted "- Label:" lines) and,
 * from each label's wording, the section's kind, whether it is required and its constraints,
 * each inference written as a YAML comment for a person to review. Linear scans only: the form
 * is report text.
 */
public final class FormImport {

    private FormImport() {
    }

    /** One label found, with what its wording says. */
    record Label(String text, String id, String kind, String required, String when, String constraints,
                 List<String> notes) {
    }

    /** A label as the form gives it, with its hint (the rest of its label cell, or its comment line), or "". */
    record Found(String label, String hint) {
    }

    /**
     * @param doc the form as read
     * @param id the template id, or null for one made from the title line
     * @param year the year, or null for the first year in the title line
     * @param title the title, or null for the form's title line
     * @return the template as YAML
     */
    public static String draft(Document doc, String id, Integer year, String title) {
        return draft(doc, java.util.Map.of(), id, year, title);
    }

    /**
     * @param doc the form as read
     * @param comments the form's comment lines by line number ({@link #comments}): a Markdown or
     *        text form's hints, which the readers skip as no report text
     * @param id the template id, or null for one made from the title line
     * @param year the year, or null for the first year in the title line
     * @param title the title, or null for the form's title line
     * @return the template as YAML
     */
    public static String draft(Document doc, java.util.Map<Integer, String> comments, String id, Integer year,
            String title) {
        List<Row> rows = doc.rows();
        String titleLine = null;
        List<Found> labels = new ArrayList<>();
        boolean anyTable = rows.stream().anyMatch(Row::isTableRow);
        java.util.TreeMap<Integer, String> byLine = new java.util.TreeMap<>(comments);
        int labelLine = -1;
        for (Row r : rows) {
            if (r.isBlank()) {
                continue;
            }
            int line = (r.isTableRow() ? r.label() : r.body()).line();
            if (labelLine >= 0 && !labels.isEmpty()) {
                // the comment lines between a full-width label and the next text are its hint
                attachHint(labels, byLine.subMap(labelLine, false, line, false).values());
                labelLine = -1;
            }
            if (r.isTableRow()) {
                String l = r.label().text().strip();
                if (!l.isEmpty()) {
                    // a label cell's first paragraph is the label, the others its hint or a note
                    int nl = l.indexOf('\n');
                    labels.add(new Found(nl < 0 ? l : l.substring(0, nl).strip(),
                            nl < 0 ? "" : l.substring(nl + 1).replace('\n', ' ').strip()));
                }
                continue;
            }
            String t = r.body().text().strip();
            if (titleLine == null && labels.isEmpty()) {
                titleLine = t;
                continue;
            }
            if (!anyTable && isLabel(t, r.heading())) {
                labels.add(new Found(stripBullet(t), ""));
                labelLine = line;
            }
        }
        if (labelLine >= 0 && !labels.isEmpty()) {
            attachHint(labels, byLine.tailMap(labelLine, false).values());
        }
        String theTitle = title != null ? title : titleLine != null ? titleLine : Texts.format("import.title");
        int theYear = year != null ? year : yearIn(theTitle);
        String theId = id != null ? id : slug(theTitle, "-");
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Texts.format("import.header", doc.name())).append('\n');
        b.append("id: ").append(quote(theId)).append('\n');
        b.append("year: ").append(theYear).append('\n');
        b.append("title: ").append(quote(theTitle)).append('\n');
        b.append("source: ").append(quote(doc.name())).append('\n');
        if (titleLine != null) {
            b.append("headings:\n  - ").append(quote(titleLine)).append('\n');
        }
        b.append("sections:\n");
        Set<String> ids = new LinkedHashSet<>();
        String previousId = null;
        String previousKind = null;
        for (Found found : labels) {
            String hint = found.hint();
            boolean optional = hasOptional(hint) || hasOptional(found.label());
            String help = withoutOptional(hint);
            Label l = infer(withoutOptional(found.label()), previousId, previousKind);
            if (optional && l.required().equals("true")) {
                List<String> notes = new ArrayList<>(l.notes());
                notes.add(Texts.format("import.optional-marked"));
                l = new Label(l.text(), l.id(), l.kind(), "false", l.when(), l.constraints(), notes);
            }
            String sid = l.id();
            for (int n = 2; !ids.add(sid); n++) {
                sid = l.id() + "_" + n;
            }
            for (String note : l.notes()) {
                b.append("  # ").append(note).append('\n');
            }
            b.append("  - id: ").append(sid).append('\n');
            b.append("    label: ").append(quote(l.text())).append('\n');
            b.append("    kind: ").append(l.kind()).append('\n');
            b.append("    required: ").append(l.required()).append('\n');
            if (!help.isEmpty()) {
                b.append("    help: ").append(quote(help)).append('\n');
            }
            if (l.when() != null) {
                b.append("    when: {section: ").append(previousId).append(", answered: discussed}\n");
            }
            b.append("    constraints: {").append(l.constraints()).append("}\n");
            previousId = sid;
            previousKind = l.kind();
        }
        return b.toString();
    }

    /** A full-width line that is a label: a heading, or a line ending with a colon, or numbered, or with no sentence end. */
    static boolean isLabel(String t, boolean heading) {
        if (t.isEmpty() || t.startsWith("<!--")) {
            return false;
        }
        if (heading) {
            return true;
        }
        String s = stripBullet(t);
        if (LabelRuns.words(s) > 40) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == ':' || last == '?' || last == ')' || startsWithNumber(s) || Character.isLetter(last);
    }

    /**
     * The comment lines of a Markdown or text form by line number: each line that is one HTML
     * comment {@code <!-- ... -->} (how {@code init} writes a hint, and what both readers skip).
     *
     * @param text the form's text
     * @return the comments' text by 1-based line number
     */
    public static java.util.Map<Integer, String> comments(String text) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String l = text.substring(start, i).strip();
                if (l.startsWith("<!--") && l.endsWith("-->") && l.length() >= 7) {
                    out.put(line, l.substring(4, l.length() - 3).strip());
                }
                line++;
                start = i + 1;
            }
        }
        return out;
    }

    private static void attachHint(List<Found> labels, java.util.Collection<String> hints) {
        if (hints.isEmpty()) {
            return;
        }
        Found last = labels.get(labels.size() - 1);
        String hint = String.join(" ", hints).strip();
        labels.set(labels.size() - 1, new Found(last.label(), last.hint().isEmpty() ? hint : last.hint() + " " + hint));
    }

    /** Whether a form marks a section optional: "(optional)" in its label or hint, as {@code init} writes it. */
    private static boolean hasOptional(String s) {
        return s.toLowerCase(Locale.ROOT).contains(optional());
    }

    private static String optional() {
        return Texts.format("import.optional-mark").toLowerCase(Locale.ROOT);
    }

    private static String withoutOptional(String s) {
        String optional = optional();
        int at = s.toLowerCase(Locale.ROOT).indexOf(optional);
        if (at < 0) {
            return s;
        }
        String before = s.substring(0, at).strip();
        String after = s.substring(at + optional.length()).strip();
        boolean glue = after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0));
        return (before + (glue ? "" : " ") + after).strip();
    }

    /** What a label's wording says about its section. */
    static Label infer(String label, String previousId, String previousKind) {
        String text = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
        String low = text.toLowerCase(Locale.ROOT);
        List<String> notes = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        String kind = "text";
        String required = "true";
        String when = null;
        Integer paragraphs = numberBefore(low, " paragraphs)");
        if (paragraphs == null) {
            paragraphs = numberBefore(low, " paragraph)");
        }
        if (low.contains("sentence per")) {
            Integer n = numberBefore(low, " sentence per");
            constraints.add("sentences-per-item: " + (n == null ? 1 : n));
            notes.add(Texts.format("import.sentences"));
            kind = "items";
        }
        if (low.contains("-paragraph summary for each")) {
            Integer n = numberBefore(low, "-paragraph summary for each");
            constraints.add("paragraphs-per-item: " + (n == null ? 1 : n));
            notes.add(Texts.format("import.paragraphs-per-item"));
            kind = "presentations";
        }
        if (paragraphs != null) {
            constraints.add("paragraphs: " + paragraphs);
            notes.add(Texts.format("import.paragraphs", paragraphs));
            kind = "prose";
        }
        Integer words = numberBefore(low, " words]");
        if (words != null) {
            constraints.add("words: {max: " + words + "}");
            notes.add(Texts.format("import.words", words));
        }
        int most = low.indexOf("no more than ");
        if (most >= 0) {
            Integer n = numberBefore(low, ")", low.indexOf('(', most));
            if (n != null) {
                constraints.add("items: {max: " + n + "}");
                kind = kind.equals("text") ? "items" : kind;
                notes.add(Texts.format("import.items", n));
            }
        }
        if (low.startsWith("estimate the overall number of")) {
            kind = low.contains("women") ? "women" : "participants";
            notes.add(Texts.format("import.estimate", kind));
        } else if (low.startsWith("to what extent")) {
            kind = "extent";
            notes.add(Texts.format("import.extent"));
        } else if (kind.equals("text")) {
            kind = kindByWords(low);
            if (!kind.equals("text")) {
                notes.add(Texts.format("import.kind", kind));
            }
        }
        if (low.startsWith("if ") && low.contains("please")) {
            if ("extent".equals(previousKind)) {
                required = "conditional";
                when = previousId;
                kind = "summary";
                notes.add(Texts.format("import.conditional"));
            } else {
                required = "false";
                notes.add(Texts.format("import.optional"));
            }
        }
        return new Label(text, slug(idWords(text), "_"), kind, required, when, String.join(", ", constraints), notes);
    }

    private static String kindByWords(String low) {
        if (low.contains("participation")) {
            return "participation"; // "Estimated Participation" (2019): participants and women, one answer
        }
        if (low.equals("date") || low.endsWith(" date")) {
            return "date";
        }
        if (low.equals("time") || low.endsWith(" time") && !low.contains("&")) {
            return "time";
        }
        if (low.contains("speakers")) {
            return "people";
        }
        if (low.contains("moderator") || low.contains("rapporteur") || low.contains("chair")) {
            return "person";
        }
        if (low.contains("key issues") || low.contains("questions")) {
            return "items";
        }
        // the words of the IGF's session forms that ask for an account in prose
        if (low.contains("describe") || low.contains("discussion") || low.contains("recommendations")
                || low.contains("initiatives") || low.contains("progress") || low.contains("reflection")
                || low.contains("outputs")) {
            return "prose";
        }
        return "text";
    }

    /** The label's words without a leading number and without parentheses, at most four. */
    private static String idWords(String text) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        String s = b.toString().strip();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ')'
                || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            i++;
        }
        String[] w = s.substring(i).split(" ");
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String word : w) {
            if (!word.isBlank() && n < 4) {
                out.append(word).append(' ');
                n++;
            }
        }
        return out.toString();
    }

    /** Lower-case ASCII letters and digits, runs of anything else one separator. */
    static String slug(String s, String sep) {
        StringBuilder b = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) {
                    b.append(sep);
                }
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        String out = b.toString();
        return out.isEmpty() || !Character.isLetter(out.charAt(0)) ? "s" + sep + out : out;
    }

    private static Integer numberBefore(String low, String marker) {
        int at = low.indexOf(marker);
        return at < 0 ? null : numberBefore(low, marker, -1);
    }

    /** The number right before the first {@code marker} found from {@code from}. */
    private static Integer numberBefore(String low, String marker, int from) {
        int at = low.indexOf(marker, Math.max(0, from));
        if (at <= 0) {
            return null;
        }
        int end = at;
        int start = end;
        while (start > 0 && Character.isDigit(low.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 6) {
            return null;
        }
        return Integer.parseInt(low.substring(start, end));
    }

    private static int yearIn(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (s.startsWith("20", i) && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                return Integer.parseInt(s.substring(i, i + 4));
            }
        }
        return java.time.Year.now().getValue();
    }

    private static boolean startsWithNumber(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
    }

    private static String stripBullet(String t) {
        String s = t.strip();
        if (s.startsWith("- ") || s.startsWith("* ") || s.startsWith("\u2022 ")) {
            s = s.substring(2).strip();
        }
        return s;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
