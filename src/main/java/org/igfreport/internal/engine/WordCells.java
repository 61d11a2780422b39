package org.igfreport.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;

/**
 * Locations a Word user can follow: Word shows no paragraph numbers, so a finding about a section
 * whose label is a table's label cell also names that row (by the label cell's text) and the
 * paragraph within the row's answer cell ({@link Location#row()}, {@link Location#paragraph()}).
 * The line (the paragraph number) stays as it is.
 */
final class WordCells {

    private WordCells() {
    }

    /**
     * @param findings the findings of a Word report
     * @param report the report as mapped
     * @return the findings, those about a section in a table row with that row and paragraph
     */
    static List<Finding> locate(List<Finding> findings, MappedReport report) {
        List<Row> rows = report.document().rows();
        List<Finding> out = new ArrayList<>(findings.size());
        // one walk over the rows per section, not per finding (a long speakers list has a finding per entry)
        java.util.Map<String, Cell> cells = new java.util.HashMap<>();
        for (Finding f : findings) {
            Section s = f.section() == null ? null : report.sections().get(f.section());
            Cell c = s == null ? null : cells.computeIfAbsent(s.id(), id -> cell(rows, s));
            Location cell = c == null || c.label() == null ? null : c.locate(f.location());
            out.add(cell == null ? f : new Finding(f.rule(), f.severity(), f.section(), f.message(), cell, f.excerpt(),
                    f.constraint(), f.messageKey(), f.messageArguments()));
        }
        return out;
    }

    /** The longest row name kept whole; a longer label is cut at a space and ends in an ellipsis. */
    static final int MAX_ROW = 60;

    private static String shortened(String label) {
        if (label.length() <= MAX_ROW) {
            return label;
        }
        int cut = label.lastIndexOf(' ', MAX_ROW - 1);
        return label.substring(0, cut > MAX_ROW / 2 ? cut : MAX_ROW - 1).stripTrailing() + "\u2026";
    }

    /**
     * A section's table row: its label's text (or {@code null} when the label is no table's label
     * cell) and the paragraph numbers of its label and of its answer cell's first and last paragraphs.
     */
    private record Cell(String label, int labelLine, int first, int last) {

        Location locate(Location at) {
            boolean inCell = at.line() >= first && at.line() <= last && !(at.line() == labelLine && first != labelLine);
            return at.withCell(label, inCell ? at.line() - first + 1 : null);
        }
    }

    private static final Cell NONE = new Cell(null, 0, 0, 0);

    /** A label cell's first paragraph: the label; the paragraphs below it are a hint or a note (DocxReader). */
    private static String firstLine(String labelCell) {
        String t = labelCell.strip();
        int end = t.indexOf('\n');
        return end < 0 ? t : t.substring(0, end).strip();
    }

    private static Cell cell(List<Row> rows, Section s) {
        int labelLine = s.label().line();
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (!r.isTableRow() || r.label().line() != labelLine || r.label().isBlank()) {
                continue;
            }
            int first = r.body().line();
            int last = first;
            for (int m = k + 1; m < rows.size() && rows.get(m).isTableRow() && rows.get(m).label().isBlank(); m++) {
                last = Math.max(last, rows.get(m).body().line());
            }
            return new Cell(shortened(firstLine(r.label().text())), labelLine, first, last);
        }
        return NONE;
    }
}
