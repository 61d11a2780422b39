package org.igfreport.internal.document;

/**
 * One row of a document as a reader sees it: either a full-width line, or a row of a
 * two-column table (the label column on the left, the answer on the right), as in the IGF
 * Word template.
 *
 * @param label the label cell for table rows (possibly blank), {@code null} for full-width rows
 * @param body the text of a full-width row, or the answer cell of a table row (possibly blank)
 * @param breakAfter whether the paragraph ends after this row, when the reader knows
 * @param heading whether the reader knows this row is a heading (Markdown, Word heading styles)
 */
public record Row(Fragment label, Fragment body, Break breakAfter, boolean heading) {

    /** @param body the line
     *  @return a full-width row whose paragraph structure is unknown */
    public static Row line(Fragment body) {
        return new Row(null, body, Break.UNKNOWN, false);
    }

    /** @return whether this row belongs to a two-column table */
    public boolean isTableRow() {
        return label != null;
    }

    /** @return whether nothing is written on this row */
    public boolean isBlank() {
        return (label == null || label.isBlank()) && body.isBlank();
    }
}
