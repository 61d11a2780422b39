package org.igfreport.internal.read;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.document.Suppressions;

/**
 * Reads plain-text reports: web-form text, Word files saved as text, PDFs copied or converted to
 * text. Lines become rows; when many lines hold a tab, the text is a two-column table saved as
 * text (the label column left of the first tab, the answer right of it), as the IGF Word
 * template gives.
 */
public final class TextReader extends TextualReader {

    @Override
    public String format() {
        return "text";
    }

    @Override
    Document read(String text, String name, Limits limits) {
        Suppressions suppressions = new Suppressions();
        List<Row> rows = rows(text);
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String t = r.body().text().strip();
            if (!r.isTableRow() && t.startsWith("<!--") && t.endsWith("-->") && t.indexOf("-->") == t.length() - 3) {
                // a line that is one HTML comment is no report text, as in Markdown: a suppression,
                // or the hint under a label of a blank report (init)
                suppressions.accept(t, r.body().strip().location());
                kept.add(Row.line(Fragment.of("", r.body().line(), 1)));
            } else {
                kept.add(r);
            }
        }
        return Document.ofRows(name, format(), kept).withSuppressions(suppressions.all());
    }

    /**
     * @param text a text
     * @return its rows, as table rows when the text is a two-column table saved as text (label
     *     and answer separated by a tab) or laid out in two aligned columns ({@code pdftotext -layout})
     */
    public static List<Row> rows(String text) {
        List<String> raw = TextualReader.lines(text);
        if (raw.get(raw.size() - 1).isEmpty()) {
            raw.remove(raw.size() - 1); // no line after the last line break
        }
        // a form feed before a page's first line is a page mark, not a column of the layout
        int[] shift = new int[raw.size()];
        List<String> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String r = raw.get(i);
            while (shift[i] < r.length() && r.charAt(shift[i]) == '\f') {
                shift[i]++;
            }
            lines.add(clean(r.substring(shift[i])));
        }
        int tabbed = 0;
        int nonBlank = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                nonBlank++;
                int tab = l.indexOf('\t');
                if (tab >= 0 && tab <= 80 && tab < l.length() - 1) {
                    tabbed++;
                }
            }
        }
        boolean table = tabbed >= 5 && tabbed * 5 >= nonBlank;
        int[] columns = table ? null : Columns.boundaries(raw, lines);
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int tab = l.indexOf('\t');
            if (table && tab >= 0 && tab <= 80) {
                Fragment label = Fragment.of(l.substring(0, tab), i + 1, 1 + shift[i]);
                Fragment body = Fragment.of(l.substring(tab + 1), i + 1, tab + 2 + shift[i]);
                rows.add(new Row(label, body, Break.UNKNOWN, false));
            } else if (Columns.cut(raw, lines, columns, i) > 0) {
                int x = Columns.cut(raw, lines, columns, i);
                Fragment label = Fragment.of(Columns.stripEnd(l.substring(0, Math.min(x, l.length()))), i + 1, 1 + shift[i]);
                Fragment body = Fragment.of(l.length() > x ? l.substring(x) : "", i + 1, x + 1 + shift[i]);
                rows.add(new Row(label, body, Break.UNKNOWN, false));
            } else {
                rows.add(Row.line(Fragment.of(l, i + 1, 1 + shift[i])));
            }
        }
        return rows;
    }

    /** Splits at CRLF, CR and LF; a form feed (a page break in converted text) is white space. */
    static List<String> lines(String text) {
        List<String> out = TextualReader.lines(text);
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // no line after the last line break
        }
        out.replaceAll(TextReader::clean);
        return out;
    }

    private static String clean(String line) {
        return line.indexOf('\f') >= 0 ? line.replace('\f', ' ') : line;
    }
}
