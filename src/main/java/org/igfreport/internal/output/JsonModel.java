package org.igfreport.internal.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.igfreport.Location;

/**
 * Parts of the JSON outputs that Jackson's mapper writes from records, in declaration order
 * ({@code summary --format json}). The check's JSON document ({@code schemas/findings.schema.json})
 * is written by {@link JsonWriter} with the streaming generator, in the same shape.
 */
public final class JsonModel {

    private JsonModel() {
    }

    /**
     * The {@code tool} object.
     *
     * @param name the tool's name
     * @param version the tool's version
     */
    public record Tool(String name, String version) {
    }

    /**
     * A location; {@code page} and {@code pointer} are {@code null} when they do not apply.
     *
     * @param line first line
     * @param column first column
     * @param endLine last line
     * @param endColumn last column
     * @param page page, or {@code null}
     * @param pointer JSON Pointer, or {@code null}
     * @param row for a Word table: the row's label, else left out
     * @param paragraph for a Word table: the paragraph within the answer cell, else left out
     */
    public record LocationJson(int line, int column, int endLine, int endColumn, Integer page, String pointer,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String row,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Integer paragraph) {
        /**
         * @param l a location
         * @return its JSON model
         */
        public static LocationJson of(Location l) {
            return new LocationJson(l.line(), l.column(), l.endLine(), l.endColumn(), l.page(), l.pointer(), l.row(),
                    l.paragraph());
        }
    }
}
