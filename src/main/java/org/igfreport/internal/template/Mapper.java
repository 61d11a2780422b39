package org.igfreport.internal.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.document.StructuredField;
import org.igfreport.internal.text.Item;
import org.igfreport.internal.text.Items;
import org.igfreport.internal.text.Line;
import org.igfreport.internal.text.Markers;
import org.igfreport.internal.text.Paragraphs;
import org.igfreport.internal.text.Tokens;

/**
 * Maps a document onto a template: finds each section's label wherever the layout put it (a
 * line of its own, the start of a line, the left column of a table, wrapped over several
 * lines), takes the text up to the next label as the section's content, and splits that into
 * paragraphs and items. Structured (YAML/JSON) documents are mapped by key. Stateless.
 */
public final class Mapper {

    private Mapper() {
    }

    /**
     * @param document a document
     * @param template a template
     * @return the document's sections under that template, with a fit score
     */
    public static MappedReport map(Document document, Template template) {
        Document d = unglued(document, List.of(template));
        return map(d, template, new RowView(d.rows()));
    }

    /**
     * A text document with each line that holds a label's first words glued to an answer's word
     * cut in two before the label. pdftotext's default mode drops the hyphen that ends a line
     * ("non-") and joins the next line it prints to it without a space; where that next line is a
     * label printed on the same baseline, the label begins inside a word of the answer ("... a
     * simpler process for nonPlease describe the Discussions"), where no label is sought. Only
     * where a word turns from two lower-case letters to a capital and a lower-case letter, and
     * the words from the capital on are the first {@value #GLUED_WORDS} words of a label of one
     * of the templates (or all its words, up to the line's end).
     *
     * @param document a document
     * @param templates the templates whose labels are sought in it
     * @return the document, or a copy with those lines cut in two rows
     */
    static Document unglued(Document document, List<Template> templates) {
        if (document.isStructured() || !"text".equals(document.format())) {
            return document;
        }
        List<Row> rows = document.rows();
        List<Row> out = null;
        Map<String, List<Tokens>> labels = null;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            String text = row.body().text();
            int at = -1;
            for (int i = 2; !row.isTableRow() && at < 0 && i + 1 < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))
                        && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))) {
                    labels = labels != null ? labels : labelsByFirstWord(templates);
                    at = beginsLabel(text.substring(i), labels) ? i : -1;
                }
            }
            if (at < 0) {
                if (out != null) {
                    out.add(row);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(rows.subList(0, r));
            }
            out.add(Row.line(row.body().sub(0, at)));
            out.add(new Row(null, row.body().sub(at, text.length()), row.breakAfter(), row.heading()));
        }
        return out == null ? document
                : new Document(document.name(), document.format(), out, document.fields(), document.templateHint(),
                        document.findings(), document.unreadable(), document.source(), document.suppressions(),
                        document.hidden());
    }

    /** The fewest words of a label that must follow a word glued to it ({@link #unglued}). */
    static final int GLUED_WORDS = 3;

    /** The words of the templates' labels of {@link #GLUED_WORDS} words or more, by their first word. */
    private static Map<String, List<Tokens>> labelsByFirstWord(List<Template> templates) {
        Map<String, List<Tokens>> out = new java.util.HashMap<>();
        for (Template template : templates) {
            for (TemplateSection section : template.sections()) {
                for (String label : section.labels()) {
                    Tokens words = Tokens.of(label);
                    if (words.size() >= GLUED_WORDS) {
                        // no lambda: the first one a JVM links sets up the method handles (~15 ms in a cold
                        // check), better left to the main thread than taken on the check thread here
                        List<Tokens> same = out.get(words.word(0));
                        if (same == null) {
                            same = new ArrayList<>();
                            out.put(words.word(0), same);
                        }
                        same.add(words);
                    }
                }
            }
        }
        return out;
    }

    /** Whether a text's words are the first words of a label ({@link #GLUED_WORDS} at least). */
    private static boolean beginsLabel(String text, Map<String, List<Tokens>> labels) {
        Tokens words = Tokens.of(text, LabelIndex.ROW_WORDS);
        List<Tokens> candidates = words.size() < GLUED_WORDS ? null : labels.get(words.word(0));
        for (int c = 0; candidates != null && c < candidates.size(); c++) {
            Tokens want = candidates.get(c);
            int n = Math.min(want.size(), words.size());
            boolean same = true;
            for (int k = 1; k < n && same; k++) {
                same = want.word(k).equals(words.word(k));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of a document as label matching sees them, each row cut into words once however
     * many templates are tried. Not thread-safe: one per document and thread.
     */
    static final class RowView implements LabelIndex.Rows {
        private final List<Row> rows;
        private final Tokens[] words;
        private final LabelIndex.Memo memo = new LabelIndex.Memo();

        RowView(List<Row> rows) {
            this.rows = rows;
            this.words = new Tokens[rows.size()];
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public String labelText(int row) {
            Row r = rows.get(row);
            if (r.isTableRow()) {
                return r.label().isBlank() ? null : r.label().text();
            }
            return r.body().text();
        }

        @Override
        public boolean stops(int row) {
            return false;
        }

        @Override
        public Tokens words(int row) {
            Tokens t = words[row];
            if (t == null) {
                t = LabelIndex.Rows.super.words(row);
                words[row] = t;
            }
            return t;
        }

        @Override
        public LabelIndex.Memo memo() {
            return memo;
        }
    }

    /**
     * @param document a document
     * @param template a template
     * @param view the document's rows (shared by the templates tried on one document)
     * @return the document's sections under that template, with a fit score
     */
    static MappedReport map(Document document, Template template, RowView view) {
        if (document.isStructured()) {
            return mapStructured(document, template);
        }
        return build(document, locate(document, template, view));
    }

    /**
     * Where a template's labels are in a document, and how well they fit: the cheap half of
     * mapping, done for every candidate template; {@link #build} then cuts the sections for the
     * one chosen.
     *
     * @param template the template
     * @param matches the labels and headings found, in row order
     * @param found the ids of the sections found
     * @param score the fit (see {@link Detector})
     */
    record Located(Template template, List<LabelIndex.Match> matches, Set<String> found, double score) {
    }

    /**
     * @param document a document of rows
     * @param template a template
     * @param view the document's rows (shared by the templates tried on one document)
     * @return where the template's labels are
     */
    static Located locate(Document document, Template template, RowView view) {
        List<Row> rows = document.rows();
        LabelIndex index = LabelIndex.of(template);
        List<LabelIndex.Match> matches = new ArrayList<>();
        Set<String> found = new HashSet<>();
        double score = 0;
        int i = 0;
        while (i < rows.size()) {
            LabelIndex.Match m = index.match(view, i, found);
            if (m == null) {
                i++;
                continue;
            }
            m = earlierAlike(template, found, view, m);
            if (m.loose() && !expected(template, m.section(), found, matches, lowerAnswer(view, m) ? 0 : 1)) {
                i++;
                continue;
            }
            matches.add(m);
            if (m.section() != null) {
                found.add(m.section().id());
                score += weight(m);
            } else {
                score += 1.5;
            }
            i = m.endRow() + 1;
        }
        return new Located(template, matches, found, score);
    }

    /**
     * Cuts the content between the labels into sections, paragraphs and items.
     *
     * @param document the document
     * @param located where the labels are
     * @return the mapped report
     */
    static MappedReport build(Document document, Located located) {
        List<Row> rows = document.rows();
        List<LabelIndex.Match> matches = located.matches();
        int[] widths = wrapWidths(rows);
        int[] columns = Paragraphs.columnWidths(rows);
        int[] serifColumns = Paragraphs.serifColumnWidths(rows);
        int[] begins = CellExtent.begins(document, matches, LabelRuns.contents(document, matches));
        boolean[] guessed = new boolean[matches.size()];
        int[][] tails = new int[matches.size()][];
        int[][] runs = LabelRuns.contents(document, matches, guessed, begins, tails);
        // a heading that repeats one before it (the template's title at the top of every page, as
        // pdftotext prints a repeated header row, or a centred -layout page's title) ends no section
        boolean[] through = CellExtent.repeatedHeaders(document, matches);
        boolean[] headings = repeatedHeadings(rows, matches);
        for (int k = 0; k < through.length; k++) {
            through[k] |= headings[k];
        }
        LabelRuns.above(document, matches, runs, begins, through);
        boolean[] repeated = CellExtent.repeatedRows(document, matches, through);
        Map<String, Section> byId = new LinkedHashMap<>();
        List<Line> carried = List.of();
        for (int k = 0; k < matches.size(); k++) {
            LabelIndex.Match m = matches.get(k);
            if (m.section() == null) {
                carried = List.of();
                continue;
            }
            int next = k + 1;
            while (next < matches.size() && through[next]) {
                next++;
            }
            int end = next < matches.size() ? begins[next] : rows.size();
            List<Line> lines = new ArrayList<>();
            int[] spans = runs[k] != null ? runs[k]
                    : tails[k] != null ? new int[] {begins[k], end - 1, tails[k][0], tails[k][1]}
                    : new int[] {begins[k], end - 1};
            Map<Integer, Integer> rest = LabelRuns.rest(document, m, spans);
            boolean afterHeading = false;
            for (int p = 0; p + 1 < spans.length; p += 2)
            for (int r = spans[p]; r <= spans[p + 1]; r++) {
                if (headingRow(matches, k + 1, next, r)) {
                    // with the blank lines around it: a page break is no paragraph end by itself
                    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                        lines.remove(lines.size() - 1);
                    }
                    afterHeading = true;
                    continue;
                }
                Row row = rows.get(r);
                Fragment text;
                if (repeated[r]) {
                    continue;
                }
                Integer labelWords = rest.get(r);
                if (labelWords != null && labelWords < 0) {
                    continue;
                } else if (labelWords != null) {
                    text = row.body().sub(labelWords, row.body().text().length());
                } else if (row.isTableRow()) {
                    if (CellExtent.labelLine(document, m, r)) {
                        continue;
                    }
                    text = row.body();
                } else if (r < m.endRow() && r >= m.startRow()) {
                    if (r == m.startRow() || !CellExtent.answerLine(m, row.body().text())) {
                        continue;
                    }
                    // an answer line printed between the label's lines
                    text = row.body();
                } else if (r == m.endRow()) {
                    text = row.body().sub(Math.min(m.endOffset(), row.body().text().length()), row.body().text().length());
                } else {
                    text = row.body();
                }
                int width = widths[row.isTableRow() ? 1 : 0];
                if (afterHeading && text.isBlank()) {
                    continue;
                }
                afterHeading = false;
                lines.add(new Line(text, row.breakAfter(), width));
            }
            lines = withBullets(carried, lines);
            carried = next < matches.size() && matches.get(next).section() != null
                    && matches.get(next).section().kind() == SectionKind.ITEMS ? trailingBullets(lines) : List.of();
            Row first = rows.get(m.startRow());
            Fragment labelRow = first.isTableRow() ? first.label() : first.body();
            Location label = labelRow.strip().location();
            if (m.section().kind() == SectionKind.PEOPLE && ("pdf".equals(document.format()) || unknownBreaks(lines))) {
                lines = Items.joinEntries(lines, columns[first.isTableRow() ? 1 : 0]);
            }
            int c = first.isTableRow() ? 1 : 0;
            Section built = m.section().kind() == SectionKind.PROSE
                    ? build(m.section(), label, lines, Paragraphs.analyseProse(lines, columns[c], serifColumns[c]))
                    : build(m.section(), label, lines, null, columns[c]);
            byId.put(m.section().id(), guessed[k] ? built.withEdgeGuessed() : built);
        }
        return new MappedReport(located.template(), document, ordered(located.template(), byId), located.score());
    }

    /**
     * Takes off a section's last lines when they hold bullets only (with the blank lines around
     * them): pdftotext's default mode prints a list's bullets apart from its items, those above
     * the next cell's label (a label centred in its row) at the end of the cell before. They are
     * the bullets of the list that follows.
     *
     * @param lines a section's lines, shortened here
     * @return the lines taken off, or none
     */
    private static List<Line> trailingBullets(List<Line> lines) {
        int from = lines.size();
        boolean any = false;
        while (from > 0 && (lines.get(from - 1).isBlank() || Markers.bulletsOnly(lines.get(from - 1).text().text()))) {
            any |= !lines.get(from - 1).isBlank();
            from--;
        }
        if (!any || from == 0) {
            return List.of();
        }
        List<Line> out = new ArrayList<>(lines.subList(from, lines.size()));
        lines.subList(from, lines.size()).clear();
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        return out;
    }

    /**
     * The bullets taken off the section before ({@link #trailingBullets}) joined to those a section
     * starts with; a section that starts otherwise does not take them.
     */
    private static List<Line> withBullets(List<Line> carried, List<Line> lines) {
        if (carried.isEmpty()) {
            return lines;
        }
        int at = 0;
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        if (at == lines.size() || !Markers.bulletsOnly(lines.get(at).text().text())) {
            return lines; // the section's own bullets are elsewhere (labels printed apart from their answers)
        }
        List<Line> out = new ArrayList<>(lines.size() + carried.size());
        out.addAll(lines.subList(0, at));
        for (Line c : carried) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        out.addAll(lines.subList(at, lines.size()));
        return out;
    }

    /** Which matches are headings whose text an earlier heading match has already had. */
    private static boolean[] repeatedHeadings(List<Row> rows, List<LabelIndex.Match> matches) {
        boolean[] out = new boolean[matches.size()];
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < matches.size(); k++) {
            LabelIndex.Match m = matches.get(k);
            if (m.section() == null) {
                Row row = rows.get(m.startRow());
                Fragment f = row.isTableRow() ? row.label() : row.body();
                out[k] = !seen.add(f.text().strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether row {@code r} is one of the heading matches {@code from} (inclusive) to {@code to} (exclusive). */
    private static boolean headingRow(List<LabelIndex.Match> matches, int from, int to, int r) {
        for (int h = from; h < to; h++) {
            if (r >= matches.get(h).startRow() && r <= matches.get(h).endRow()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a section comes where the template's order expects it: after the last section
     * found, with at most {@code maySkip} sections not found between them.
     */
    private static boolean expected(Template template, TemplateSection section, Set<String> found,
            List<LabelIndex.Match> matches, int maySkip) {
        List<TemplateSection> sections = template.sections();
        int last = -1;
        for (int k = matches.size() - 1; k >= 0 && last < 0; k--) {
            if (matches.get(k).section() != null) {
                last = sections.indexOf(matches.get(k).section());
            }
        }
        int skipped = 0;
        for (int k = last + 1; k < sections.size(); k++) {
            if (sections.get(k) == section) {
                return true;
            }
            if (!found.contains(sections.get(k).id()) && ++skipped > maySkip) {
                return false;
            }
        }
        return false;
    }

    /**
     * A label found only in part, by words that begin two sections' labels alike ("Estimate the
     * overall number of", a page break after it, starts both the participants' and the women's
     * labels): the section that comes first in the form and is not found yet, as the form's order
     * has it; the match as it is otherwise.
     */
    private static LabelIndex.Match earlierAlike(Template template, Set<String> found, RowView view, LabelIndex.Match m) {
        if (m.section() == null || m.score() >= 1 || m.endRow() - m.startRow() > 2) {
            return m;
        }
        List<String> words = new ArrayList<>();
        for (int r = m.startRow(); r <= m.endRow(); r++) {
            String t = view.labelText(r);
            if (t == null) {
                continue;
            }
            Tokens w = Tokens.of(r == m.endRow() ? t.substring(0, Math.min(m.endOffset(), t.length())) : t);
            for (int j = 0; j < w.size(); j++) {
                words.add(w.word(j));
            }
        }
        if (words.size() < 3 || !startsWith(m.section(), words)) {
            return m;
        }
        for (TemplateSection s : template.sections()) {
            if (s == m.section()) {
                return m;
            }
            if (!found.contains(s.id()) && startsWith(s, words)) {
                return new LabelIndex.Match(s, m.startRow(), m.endRow(), m.endOffset(), m.score(), m.exact(), m.loose());
            }
        }
        return m;
    }

    /** Whether one of a section's labels begins with the words, and has more. */
    private static boolean startsWith(TemplateSection s, List<String> words) {
        for (String l : s.labels()) {
            Tokens t = Tokens.of(l);
            boolean all = t.size() > words.size();
            for (int j = 0; all && j < words.size(); j++) {
                all = t.word(j).equals(words.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether a loose match's answer starts in lower case ("Date to be confirmed", or a sentence: "Time is short"). */
    private static boolean lowerAnswer(RowView view, LabelIndex.Match m) {
        String t = view.labelText(m.endRow());
        return t != null && m.endOffset() < t.length() && Character.isLowerCase(t.charAt(m.endOffset()));
    }

    /**
     * A label's weight: longer labels weigh more (up to three words), by the share of its words
     * found. A variant weighs 0.9 of its section's own label, never more, so that a template whose
     * own wording matches beats a later template that keeps that wording as a variant (a 2015
     * report against the 2016 template, and the reverse).
     */
    private static double weight(LabelIndex.Match m) {
        double w = maxWeight(m.section()) * m.score();
        return m.exact() ? w : w * 0.9;
    }

    /** The most a section's label can weigh: its own label, found whole ({@link #weight}). */
    static double maxWeight(TemplateSection section) {
        int words = Tokens.count(section.label());
        return Math.min(2.0, 0.5 + 0.5 * Math.min(words, 3));
    }

    private static Map<String, Section> ordered(Template template, Map<String, Section> byId) {
        Map<String, Section> out = new LinkedHashMap<>();
        for (TemplateSection s : template.sections()) {
            if (byId.containsKey(s.id())) {
                out.put(s.id(), byId.get(s.id()));
            }
        }
        return out;
    }

    /** Whether the reader could not tell where the lines' paragraphs end (plain text). */
    private static boolean unknownBreaks(List<Line> lines) {
        for (Line l : lines) {
            if (!l.isBlank() && l.breakAfter() == Break.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds a section from its content lines.
     *
     * @param def the template section
     * @param label where the label is
     * @param lines the content lines (blank lines included)
     * @return the section
     */
    public static Section build(TemplateSection def, Location label, List<Line> lines) {
        return build(def, label, lines, null, 0);
    }

    /** As {@link #build(TemplateSection, Location, List)}, with the items given when they are known already. */
    private static Section build(TemplateSection def, Location label, List<Line> lines, List<Item> known, int column) {
        return build(def, label, lines, known, Paragraphs.analyse(lines, column));
    }

    /** As {@link #build(TemplateSection, Location, List)}, with the paragraphs found already. */
    private static Section build(TemplateSection def, Location label, List<Line> lines, Paragraphs.Split split) {
        return build(def, label, lines, null, split);
    }

    private static Section build(TemplateSection def, Location label, List<Line> lines, List<Item> known, Paragraphs.Split split) {
        List<Block> paragraphs = split.paragraphs();
        List<Fragment> content = new ArrayList<>();
        for (Line l : lines) {
            if (!l.isBlank()) {
                content.add(l.text().strip());
            }
        }
        return new Section(def, label, content, paragraphs,
                known != null ? known : items(def.kind(), paragraphs, split.width()), split.estimated(), false);
    }

    /**
     * @param kind a section kind
     * @param paragraphs the section's paragraphs
     * @param wrapWidth the width the text was hard-wrapped at, or 0
     * @return the items as that kind lists them
     */
    public static List<Item> items(SectionKind kind, List<Block> paragraphs, int wrapWidth) {
        switch (kind) {
            case ITEMS:
                return Items.listItems(paragraphs, wrapWidth);
            case PRESENTATIONS:
                return Items.presentations(paragraphs);
            case PEOPLE:
                return Items.people(paragraphs);
            case PROSE:
            case SUMMARY:
                return Items.perParagraph(paragraphs);
            default:
                if (paragraphs.isEmpty()) {
                    return List.of();
                }
                List<Fragment> all = new ArrayList<>();
                for (Block p : paragraphs) {
                    all.addAll(p.lines());
                }
                return List.of(new Item(new Block(all), paragraphs.size(), false));
        }
    }

    /**
     * The width at which full-width rows and table cells were hard-wrapped, or 0 where they were
     * not: the 80th percentile length of lines that are followed by another line of the same
     * paragraph, when enough lines look wrapped.
     */
    static int[] wrapWidths(List<Row> rows) {
        return new int[] {wrapWidth(rows, false), wrapWidth(rows, true)};
    }

    private static int wrapWidth(List<Row> rows, boolean table) {
        int[] lengths = new int[rows.size()];
        int n = 0;
        int candidates = 0;
        for (int r = 0; r + 1 < rows.size(); r++) {
            Row a = rows.get(r);
            Row b = rows.get(r + 1);
            if (a.isTableRow() != table || b.isTableRow() != table || a.body().isBlank() || b.body().isBlank()
                    || a.breakAfter() != Break.UNKNOWN) {
                continue;
            }
            String t = a.body().text().strip();
            if (t.length() < 20) {
                continue;
            }
            candidates++;
            String next = b.body().text().strip();
            // evidently wrapped: the sentence goes on, in lower case, on the next line
            if (!Markers.endsSentence(t) && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                lengths[n++] = t.length();
            }
        }
        if (n < 3 || n * 5 < candidates) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        int p80 = sorted[Math.min(n - 1, (int) Math.floor(n * 0.8))];
        return p80 <= 200 ? p80 : 0;
    }

    private static MappedReport mapStructured(Document document, Template template) {
        Map<String, Section> byId = new LinkedHashMap<>();
        double score = 0;
        for (TemplateSection def : template.sections()) {
            StructuredField field = document.fields().get(def.id());
            if (field == null) {
                continue;
            }
            // a list of items, speakers or presentations: each entry is one item, whatever its text looks like
            boolean entries = field.list() && (def.kind() == SectionKind.ITEMS || def.kind() == SectionKind.PEOPLE
                    || def.kind() == SectionKind.PRESENTATIONS);
            if (entries && field.blocks().stream().allMatch(block -> block.size() == 1)) {
                // a list of one-line entries (the usual key issues): each entry is one paragraph and
                // one item, the same block for both
                List<Fragment> content = new ArrayList<>(field.blocks().size());
                List<Block> paragraphs = new ArrayList<>(field.blocks().size());
                List<Item> items = new ArrayList<>(field.blocks().size());
                for (List<Fragment> block : field.blocks()) {
                    Block b = new Block(block);
                    content.add(block.get(0));
                    paragraphs.add(b);
                    items.add(new Item(b, 1, false));
                }
                byId.put(def.id(), new Section(def, field.key().location(), content, paragraphs, items));
                score += 2;
                continue;
            }
            List<Line> lines = new ArrayList<>();
            for (List<Fragment> block : field.blocks()) {
                if (!lines.isEmpty()) {
                    lines.add(new Line(new Fragment("", block.isEmpty() ? 1 : block.get(0).line(), 1, null,
                            block.isEmpty() ? null : block.get(0).pointer()), Break.HARD, 0));
                }
                for (int j = 0; j < block.size(); j++) {
                    lines.add(new Line(block.get(j), j + 1 < block.size() ? Break.SOFT : Break.HARD, 0));
                }
            }
            List<Item> items = null;
            if (entries) {
                items = new ArrayList<>(field.blocks().size());
                for (List<Fragment> block : field.blocks()) {
                    List<Fragment> text = new ArrayList<>();
                    for (Fragment f : block) {
                        if (!f.isBlank()) {
                            text.add(f);
                        }
                    }
                    if (!text.isEmpty()) {
                        // blank fragments inside an entry mark its paragraph breaks
                        int paras = Paragraphs.split(linesOf(block)).size();
                        items.add(new Item(new Block(text), Math.max(1, paras), false));
                    }
                }
            }
            Section s = build(def, field.key().location(), lines, items, 0);
            byId.put(def.id(), s);
            score += 2;
        }
        return new MappedReport(template, document, byId, score);
    }

    private static List<Line> linesOf(List<Fragment> block) {
        List<Line> out = new ArrayList<>();
        for (Fragment f : block) {
            out.add(new Line(f, Break.SOFT, 0));
        }
        return out;
    }
}
