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
        for (Finding f : findings) {
            Section s = f.section() == null ? null : report.sections().get(f.section());
            Location cell = s == null ? null : cell(rows, s, f.location());
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

    /** The location in its row, or {@code null} when the section's label is not a table's label cell. */
    private static Location cell(List<Row> rows, Section s, Location at) {
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
            boolean inCell = at.line() >= first && at.line() <= last && !(at.line() == labelLine && first != labelLine);
            return at.withCell(shortened(r.label().text().strip()), inCell ? at.line() - first + 1 : null);
        }
        return null;
    }
}
