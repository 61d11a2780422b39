package org.igfreport.internal.base;

/**
 * The core's copy of the public {@code org.igfreport.Location}; the facade converts it.
 *
 * Where a finding is, in the text the user sees. Lines and columns are 1-based and inclusive of
 * the end column; {@code page} is set for paged formats (PDF) and {@code pointer} (a JSON Pointer)
 * for structured input (YAML, JSON).
 *
 * @param line first line (1-based)
 * @param column first column (1-based)
 * @param endLine last line (1-based)
 * @param endColumn last column (1-based, inclusive)
 * @param page the page for paged formats, else {@code null}
 * @param pointer the JSON Pointer for structured input, else {@code null}
 * @param row for a Word table: the row, named by its label cell's text (the section's label), else {@code null}
 * @param paragraph for a Word table: the paragraph within the row's answer cell (1-based), else {@code null}
 */
public record Location(int line, int column, int endLine, int endColumn, Integer page, String pointer, String row,
                       Integer paragraph) {

    /** The start of a document, for findings about the whole document. */
    public static final Location START = new Location(1, 1, 1, 1, null, null);

    /**
     * A location without a Word table row.
     *
     * @param line first line (1-based)
     * @param column first column (1-based)
     * @param endLine last line (1-based)
     * @param endColumn last column (1-based, inclusive)
     * @param page the page for paged formats, else {@code null}
     * @param pointer the JSON Pointer for structured input, else {@code null}
     */
    public Location(int line, int column, int endLine, int endColumn, Integer page, String pointer) {
        this(line, column, endLine, endColumn, page, pointer, null, null);
    }

    /** Normalises impossible values so that every location is well formed. */
    public Location {
        line = Math.max(1, line);
        column = Math.max(1, column);
        endLine = Math.max(line, endLine);
        endColumn = endLine == line ? Math.max(column, endColumn) : Math.max(1, endColumn);
        paragraph = paragraph == null || paragraph < 1 ? null : paragraph;
    }

    /**
     * A location on one line.
     *
     * @param line the line (1-based)
     * @param column the first column (1-based)
     * @param endColumn the last column (1-based, inclusive)
     * @return the location
     */
    public static Location of(int line, int column, int endColumn) {
        return new Location(line, column, line, endColumn, null, null);
    }

    /** @param newPointer the JSON Pointer
     *  @return this location with the given JSON Pointer */
    public Location withPointer(String newPointer) {
        return new Location(line, column, endLine, endColumn, page, newPointer, row, paragraph);
    }

    /**
     * @param newRow the Word table row (its label cell's text)
     * @param newParagraph the paragraph within its answer cell (1-based), or {@code null}
     * @return this location in that row
     */
    public Location withCell(String newRow, Integer newParagraph) {
        return new Location(line, column, endLine, endColumn, page, pointer, newRow, newParagraph);
    }
}
