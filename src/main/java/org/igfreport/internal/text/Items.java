package org.igfreport.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;

/**
 * Splits a section's paragraphs into items, the way each kind of section lists them: key
 * issues one per line, bullet, "Topic: ..." opening or paragraph; presentations at their
 * "Presentation N" markers; speakers one per line or per "Name (Affiliation)" entry.
 */
public final class Items {

    private Items() {
    }

    /**
     * @param paragraphs the paragraphs
     * @return one item per paragraph
     */
    public static List<Item> perParagraph(List<Block> paragraphs) {
        List<Item> out = new ArrayList<>();
        for (Block p : paragraphs) {
            out.add(new Item(p, 1, false));
        }
        return out;
    }

    /**
     * Key-issue style items: a paragraph holds several items when its lines start with bullets,
     * numbers or "Topic:" openings after a line that ends a sentence, or, in hard-wrapped text,
     * with a capital after a line that ends a sentence, however full that line is: items are one
     * sentence each, and a second sentence of one item that starts exactly at a line start cannot be
     * told from a new item (the rendering matrix's generator declares that finding uncertain). An
     * item that starts with a bullet or a number goes on until the next one: its own lines say
     * where it ends. Where the bullets were printed apart from their items (pdftotext's default
     * mode: a paragraph of bullets only, then the items' text), the text holds no more items than
     * bullets: of the line starts that could open an item after a sentence end, those after the
     * fullest lines are taken for a second sentence of the item before until the counts agree.
     *
     * @param paragraphs the paragraphs
     * @param wrapWidth the width the text was hard-wrapped at, or 0
     * @return the items
     */
    public static List<Item> listItems(List<Block> paragraphs, int wrapWidth) {
        List<Item> out = new ArrayList<>();
        int bullets = 0;
        for (int b = 0; b < paragraphs.size(); b++) {
            if (bulletsOnly(paragraphs.get(b))) {
                out.add(new Item(paragraphs.get(b), 1, false));
                for (Fragment f : paragraphs.get(b).lines()) {
                    bullets += bulletCount(f.text());
                }
                continue;
            }
            // the paragraphs the bullets printed apart stand for: up to the next bullets or the end
            // (a short line ending a sentence also reads as a paragraph's end)
            int to = b;
            while (bullets > 0 && to + 1 < paragraphs.size() && !bulletsOnly(paragraphs.get(to + 1))) {
                to++;
            }
            List<int[]> weak = new ArrayList<>(); // {paragraph, line, room}: a capital after a sentence end
            List<boolean[]> opens = new ArrayList<>();
            int items = 0;
            for (int q = b; q <= to; q++) {
                boolean[] o = opens(paragraphs.get(q), wrapWidth, weak, q - b);
                opens.add(o);
                for (boolean x : o) {
                    items += x ? 1 : 0;
                }
            }
            if (bullets > 0 && items > bullets) {
                // the fullest lines first: there a second sentence is likelier than a new item
                weak.sort((x, y) -> Integer.compare(x[2], y[2]));
                for (int k = 0; k < weak.size() && items > bullets; k++) {
                    opens.get(weak.get(k)[0])[weak.get(k)[1]] = false;
                    items--;
                }
            }
            bullets = 0;
            for (int q = b; q <= to; q++) {
                List<Fragment> lines = paragraphs.get(q).lines();
                boolean[] o = opens.get(q - b);
                List<Fragment> current = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (o[i] && !current.isEmpty()) {
                        out.add(new Item(new Block(current), 1, false));
                        current = new ArrayList<>();
                    }
                    current.add(lines.get(i));
                }
                if (!current.isEmpty()) {
                    out.add(new Item(new Block(current), 1, false));
                }
            }
            b = to;
        }
        return out;
    }

    /**
     * Which lines of a paragraph open an item (the first always); a capital after a sentence end is
     * added to {@code weak} with the room its line before leaves for the next word (less, the fuller).
     */
    private static boolean[] opens(Block p, int wrapWidth, List<int[]> weak, int paragraph) {
        List<Fragment> lines = p.lines();
        boolean[] out = new boolean[lines.size()];
        boolean marked = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (i == 0) {
                out[i] = true;
            } else {
                String prev = lines.get(i - 1).text().strip();
                boolean ends = Paragraphs.endsSentence(prev);
                if (Markers.startsListItem(t)) {
                    out[i] = true;
                } else if (!marked && ends && Markers.startsWithTopic(t)) {
                    out[i] = true;
                } else if (!marked && ends && wrapWidth > 0 && !t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                    out[i] = true;
                    int word = 0;
                    while (word < t.length() && !Character.isWhitespace(t.charAt(word))) {
                        word++;
                    }
                    // by printed width (the lines of one column): the less room, the fuller the line
                    weak.add(new int[] {paragraph, i, -Paragraphs.measure(prev + " " + t.substring(0, word))});
                }
            }
            if (out[i]) {
                marked = Markers.startsListItem(t);
            }
        }
        return out;
    }

    private static boolean bulletsOnly(Block p) {
        for (Fragment f : p.lines()) {
            if (!Markers.bulletsOnly(f.text())) {
                return false;
            }
        }
        return !p.lines().isEmpty();
    }

    private static int bulletCount(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += Markers.bulletsOnly(t.substring(i, i + 1)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Presentation summaries: split at "Presentation N" markers, wherever they stand. An item
     * whose marker is in the middle of a paragraph shares that paragraph with the item before.
     * Without markers, each paragraph is one presentation.
     *
     * @param paragraphs the paragraphs
     * @return the items
     */
    public static List<Item> presentations(List<Block> paragraphs) {
        // marker places: {paragraph, line, offset}
        List<int[]> marks = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Fragment> lines = paragraphs.get(p).lines();
            for (int l = 0; l < lines.size(); l++) {
                String t = lines.get(l).text();
                int lead = Markers.listMarkerLength(t);
                for (int k = 0; k < t.length(); k++) {
                    char c = t.charAt(k);
                    if ((c == 'P' || c == 'p') && (k == lead || (k >= 2 && precededBySentenceEnd(t, k)))
                            && Markers.presentationAt(t, k)) {
                        marks.add(new int[] {p, l, k == lead ? 0 : k});
                    }
                }
            }
        }
        if (marks.isEmpty()) {
            return perParagraph(paragraphs);
        }
        List<Item> out = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            int[] a = marks.get(m);
            int[] b = m + 1 < marks.size() ? marks.get(m + 1) : null;
            boolean shares = !(a[1] == 0 && a[2] == 0);
            List<Fragment> frags = new ArrayList<>();
            int lastParagraph = a[0];
            int endParagraph = b == null ? paragraphs.size() - 1 : b[0];
            for (int p = a[0]; p <= endParagraph; p++) {
                List<Fragment> lines = paragraphs.get(p).lines();
                for (int l = 0; l < lines.size(); l++) {
                    if (p == a[0] && l < a[1]) {
                        continue;
                    }
                    if (b != null && p == b[0] && l > b[1]) {
                        break;
                    }
                    if (b != null && p == b[0] && l == b[1] && b[2] == 0) {
                        break;
                    }
                    Fragment f = lines.get(l);
                    int from = p == a[0] && l == a[1] ? a[2] : 0;
                    int to = b != null && p == b[0] && l == b[1] ? b[2] : f.text().length();
                    if (to > from) {
                        Fragment part = f.sub(from, to).strip();
                        if (!part.isBlank()) {
                            frags.add(part);
                            lastParagraph = p;
                        }
                    }
                }
            }
            if (!frags.isEmpty()) {
                out.add(new Item(new Block(frags), lastParagraph - a[0] + 1, shares));
            }
        }
        return out;
    }

    private static boolean precededBySentenceEnd(String t, int k) {
        int i = k - 1;
        if (t.charAt(i) != ' ' && t.charAt(i) != '\u00a0') {
            return false;
        }
        while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\u00a0')) {
            i--;
        }
        return i >= 0 && Markers.endsSentence(t.substring(Math.max(0, i - 3), i + 1));
    }

    /**
     * Speakers: one per line, or several per line as "Name (Affiliation), Name (Affiliation)".
     * Group headings ("Panel 1", "Speakers:") are not speakers.
     *
     * @param paragraphs the paragraphs
     * @return the items
     */
    public static List<Item> people(List<Block> paragraphs) {
        List<Item> out = new ArrayList<>();
        for (Block p : paragraphs) {
            for (Fragment line : p.lines()) {
                int lead = Markers.listMarkerLength(line.text());
                Fragment body = line.sub(lead, line.text().length()).strip();
                if (body.isBlank() || isGroupHeading(body.text())) {
                    continue;
                }
                if (isProse(body.text())) {
                    // a paragraph about the session that names people: one item, its names found by the rule
                    out.add(new Item(new Block(List.of(body)), 1, false));
                    continue;
                }
                for (Fragment entry : entries(body)) {
                    out.add(new Item(new Block(List.of(entry)), 1, false));
                }
            }
        }
        return out;
    }

    /** "Panel 1", "Session 2:", "Speakers:", "Onsite speakers" and the like. */
    static boolean isGroupHeading(String t) {
        String s = t.strip();
        if (s.endsWith(":")) {
            return true;
        }
        Tokens tok = Tokens.of(s, 4);
        if (tok.size() == 0) {
            return true;
        }
        if (tok.size() <= 3 && s.indexOf('(') < 0 && s.indexOf(',') < 0) {
            String w = tok.word(0);
            return w.equals("panel") || w.equals("session") || w.equals("part") || w.equals("segment")
                    || w.equals("round") || w.equals("speakers") || w.equals("panelists") || w.equals("panellists")
                    || w.equals("onsite") || w.equals("online") || w.equals("remote");
        }
        return false;
    }

    /** Splits a line into entries at ';', and at ',' or "and" between "Name (Affiliation)" groups. */
    static List<Fragment> entries(Fragment line) {
        String t = line.text();
        int groups = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '(') {
                groups++;
            }
        }
        List<Fragment> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && groups >= 2) {
                    add(out, line, start, i + 1);
                    start = i + 1;
                }
            } else if (depth == 0 && (c == ';' || (c == ',' && groups >= 2))) {
                add(out, line, start, i);
                start = i + 1;
            }
        }
        add(out, line, start, t.length());
        return out;
    }

    private static void add(List<Fragment> out, Fragment line, int from, int to) {
        Fragment f = line.sub(from, to).strip();
        String s = f.text();
        int cut = 0;
        while (cut < s.length() && (s.charAt(cut) == ',' || s.charAt(cut) == ';' || s.charAt(cut) == ' ')) {
            cut++;
        }
        if (s.startsWith("and ", cut)) {
            cut += 4;
        } else if (s.startsWith("& ", cut)) {
            cut += 2;
        }
        f = f.sub(cut, s.length()).strip();
        String rest = f.text();
        int colon = rest.indexOf(':');
        if (colon > 0 && colon < 25 && rest.indexOf('(') > colon) {
            // "Moderator: Peggy Hicks (OHCHR)" - the role is not part of the name
            f = f.sub(colon + 1, rest.length()).strip();
        }
        if (!f.isBlank() && Tokens.of(f.text(), 1).size() > 0 && !isGroupHeading(f.text())) {
            out.add(f);
        }
    }

    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "de", "da", "do", "du", "des",
            "del", "van", "von", "der", "den", "at", "on", "in", "to", "y", "et", "und", "&");

    /**
     * Joins the lines of a speakers cell that a narrow column wrapped, so that each entry is one
     * line: a line continues the entry before it when that entry has an unclosed parenthesis, when
     * it starts with a closing parenthesis or a lower-case word, when it is the parenthesised
     * affiliation of the name before (that has none), when the line before ends with a
     * comma, a hyphen or a linking word ("of", "and"), when it is one word (no name: the last word
     * of an organisation) after a line not closed by a bracket, or, in a cell whose lines evidently wrap,
     * when the line before is full (its next word would not have fitted: the rest of a name). A
     * bullet, a number or a blank line always starts a new entry. Nothing is lost: the joined line
     * holds every character of its lines, separated by one space (none after a hyphen). The
     * joined line keeps the place and the break of its first and last line. Linear.
     *
     * @param lines a section's lines
     * @return the lines, wrapped entries joined
     */
    public static List<Line> joinEntries(List<Line> lines) {
        return joinEntries(lines, 0);
    }

    /**
     * As {@link #joinEntries(List)}, knowing the printed width ({@link Paragraphs#measure}) at which
     * the document's answer column evidently wraps ({@link Paragraphs#columnWidths}), so that the
     * rest of an organisation's name on the line after a full line is found also in a cell whose own
     * lines show no wrap ("Olumide Adeyemi, Pacific Islands" / "Telecommunications Association"). A
     * cell whose own lines wrap is measured on them or on the column, whichever is wider (a cell's
     * widest line is often short of the column: taken for full, it would join a speaker without
     * affiliation to the entry before), a line being full when the next word does not fit with the
     * margin of {@link Paragraphs#fitsMeasured}.
     *
     * @param lines a section's lines
     * @param columnWidth the document's measured column width, or 0
     * @return the lines, wrapped entries joined
     */
    public static List<Line> joinEntries(List<Line> lines, int columnWidth) {
        int own = entryWidth(lines);
        int width = Math.max(own, columnWidth);
        List<Line> out = new ArrayList<>(lines.size());
        Line first = null;
        StringBuilder text = null;
        int depth = 0;
        String last = null;
        Break lastBreak = Break.UNKNOWN;
        for (Line l : lines) {
            String t = l.text().text().strip();
            if (first != null && (l.isBlank() || !continues(last, lastBreak, t, depth, width))) {
                out.add(joined(first, text, Break.HARD));
                first = null;
            }
            if (l.isBlank()) {
                out.add(l);
                continue;
            }
            if (first == null) {
                first = l;
                text = new StringBuilder(t);
                depth = 0;
            } else {
                if (!(last.endsWith("-") && last.length() > 1 && Character.isLetter(last.charAt(last.length() - 2)))) {
                    text.append(' ');
                }
                text.append(t);
            }
            depth = depth(depth, t);
            last = t;
            lastBreak = l.breakAfter();
        }
        if (first != null) {
            out.add(joined(first, text, Break.HARD));
        }
        return out;
    }

    private static Line joined(Line first, StringBuilder text, Break br) {
        Fragment f = first.text().strip();
        return new Line(new Fragment(text.toString(), f.line(), f.column(), f.page(), f.pointer()), br, first.wrapWidth());
    }

    private static int depth(int depth, String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Whether line {@code next} continues the entry whose last line is {@code prev} ({@code width}: printed, or 0). */
    static boolean continues(String prev, String next, int depth, int width) {
        return continues(prev, Break.UNKNOWN, next, depth, width);
    }

    /**
     * As {@link #continues(String, String, int, int)}, with what the reader knows of the break after
     * {@code prev}: a PDF reader saw whether the next word would have fitted (a soft break: the line
     * is full) or the paragraph ended (hard), which then decides instead of the measured width.
     */
    static boolean continues(String prev, Break prevBreak, String next, int depth, int width) {
        if (next.isEmpty() || Markers.startsListItem(next) || prev.endsWith(":")) {
            return false;
        }
        char c = next.charAt(0);
        if (depth > 0 || c == ')' || c == ']' || Character.isLowerCase(c)) {
            return true;
        }
        if (endsWithConnector(prev) || affiliationOnly(prev, next)) {
            return true;
        }
        if (startsEntry(next)) {
            return false; // "Name, Organisation" or "Name (Organisation": a new entry, however full the line before
        }
        if (next.indexOf(' ') < 0 && !prev.endsWith(")")) {
            return true; // one word: no name, the last word of a wrapped organisation
        }
        if (prevBreak != Break.UNKNOWN) {
            return prevBreak == Break.SOFT && !prev.endsWith(")");
        }
        if (width > 0 && !prev.endsWith(")")) {
            // a full line (by printed width, with the margin of Paragraphs.fitsMeasured): the rest of a name or an affiliation
            return !Paragraphs.fitsMeasured(prev, next, width);
        }
        return false;
    }

    /**
     * Whether a line starts an entry of its own: two to five capitalised words followed by a comma
     * or an opening parenthesis, as complete entries are written ("Name, Organisation", "Name
     * (Organisation)"). The rest of a wrapped organisation ("Town, Faculty of Law", "Association")
     * has one word or none before it; one with a linking word ("Autónoma de México, Instituto") is
     * not taken for a name either, so a name with a particle ("Jan van Dijk (ISOC)") is left to the
     * measured width.
     */
    static boolean startsEntry(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        int capitalised = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == ',' || c == '(') {
                return capitalised >= 2 && i > 0;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != ',' && t.charAt(i) != '(') {
                i++;
            }
            if (!Character.isUpperCase(c)) {
                return false; // "Autónoma de México, Instituto": a name with a particle is left to the width
            }
            capitalised++;
            if (capitalised > 5) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code next} is only an affiliation in parentheses (closed at its end or still open)
     * for the name on {@code prev}, which has none: a wrapped "Name (Organisation)". A line like
     * "(Moderator) Jane Doe" is an entry of its own.
     */
    private static boolean affiliationOnly(String prev, String next) {
        if (next.charAt(0) != '(' || prev.indexOf('(') >= 0) {
            return false;
        }
        int close = next.indexOf(')');
        return close < 0 || close == next.length() - 1;
    }

    private static boolean endsWithConnector(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        if (c == ',' || c == '-' || c == '–' || c == '/' || c == '&') {
            return true;
        }
        int i = t.length();
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return i > 0 && CONNECTORS.contains(t.substring(i));
    }

    /**
     * The width of a speakers cell whose lines evidently wrap (an unclosed parenthesis, a line
     * starting in lower case or with a closing parenthesis, a PDF line the reader found wrapped
     * inside its paragraph): the printed width ({@link Paragraphs#measure}) of its longest line; else 0.
     */
    private static int entryWidth(List<Line> lines) {
        int max = 0;
        boolean wraps = false;
        int depth = 0;
        for (Line l : lines) {
            if (l.isBlank()) {
                depth = 0;
                continue;
            }
            String t = l.text().text().strip();
            char c = t.charAt(0);
            // a PDF reader's soft break: the line wrapped inside a paragraph
            wraps |= depth > 0 || c == ')' || Character.isLowerCase(c) || l.breakAfter() == Break.SOFT;
            depth = depth(0, t) > 0 ? 1 : 0;
            if (t.length() > 200) {
                return 0;
            }
            max = Math.max(max, Paragraphs.measure(t));
        }
        return wraps ? max : 0;
    }

    /**
     * Whether an entry of a speakers cell is prose (a paragraph about the session that names
     * people) rather than one or a few "Name (Affiliation)" entries: at least 12 words, most of
     * them in lower case, or a sentence end followed by more text.
     *
     * @param text the entry
     * @return whether it is prose
     */
    public static boolean isProse(String text) {
        int words = 0;
        int lower = 0;
        boolean sentenceInside = false;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                words++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
            if ((c == '.' || c == '!' || c == '?') && i + 2 < n && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && i >= 3 && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2)) && Character.isLowerCase(text.charAt(i - 3))) {
                sentenceInside = true;
            }
        }
        return words >= 12 && (lower * 2 > words || sentenceInside);
    }
}
