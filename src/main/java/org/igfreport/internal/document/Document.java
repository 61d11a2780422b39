package org.igfreport.internal.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import org.igfreport.internal.base.Finding;

/**
 * A report as a reader understood it, whatever its format: rows of text with positions, or, for
 * YAML and JSON, fields keyed by section id. Also carries what the reader itself found (a
 * damaged file, an unreadable one). Immutable.
 *
 * @param name the report's path or name
 * @param format the input format id ({@code text}, {@code markdown}, {@code pdf}, {@code docx}, {@code yaml}, {@code json})
 * @param rows the rows in reading order (empty for structured input)
 * @param fields the fields of structured input, in document order; {@code null} for other formats
 * @param templateHint a template id the document names itself ({@code template:} key), or {@code null}
 * @param findings what the reader found ({@code input-unreadable}, {@code schema}, warnings about damage)
 * @param unreadable whether the reader could not get any text out (nothing else is checked)
 * @param source for structured input, the original tree with the places of its values (for
 *        validation against the report schema); {@code null} for other formats
 * @param suppressions the inline suppressions written in the report
 * @param hidden where the reader dropped hidden text (Word runs marked hidden, PDF text drawn
 *        invisible or outside the page): not report text, kept only to say so where a section has
 *        nothing else; in document order
 */
public record Document(String name, String format, List<Row> rows, Map<String, StructuredField> fields,
                       String templateHint, List<Finding> findings, boolean unreadable, StructuredSource source,
                       List<Suppression> suppressions, List<org.igfreport.internal.base.Location> hidden) {

    /** Makes everything immutable. */
    public Document {
        rows = List.copyOf(rows);
        fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        findings = List.copyOf(findings);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
    }

    /**
     * A document without hidden text.
     *
     * @param name the report's path or name
     * @param format the input format id
     * @param rows the rows in reading order
     * @param fields the fields of structured input, or {@code null}
     * @param templateHint a template id the document names itself, or {@code null}
     * @param findings what the reader found
     * @param unreadable whether the reader could not get any text out
     * @param source the structured source, or {@code null}
     * @param suppressions the inline suppressions
     */
    public Document(String name, String format, List<Row> rows, Map<String, StructuredField> fields,
                    String templateHint, List<Finding> findings, boolean unreadable, StructuredSource source,
                    List<Suppression> suppressions) {
        this(name, format, rows, fields, templateHint, findings, unreadable, source, suppressions, List.of());
    }

    /**
     * A document without suppressions.
     *
     * @param name the report's path or name
     * @param format the input format id
     * @param rows the rows in reading order
     * @param fields the fields of structured input, or {@code null}
     * @param templateHint a template id the document names itself, or {@code null}
     * @param findings what the reader found
     * @param unreadable whether the reader could not get any text out
     * @param source the structured source, or {@code null}
     */
    public Document(String name, String format, List<Row> rows, Map<String, StructuredField> fields,
                    String templateHint, List<Finding> findings, boolean unreadable, StructuredSource source) {
        this(name, format, rows, fields, templateHint, findings, unreadable, source, List.of());
    }

    /**
     * A document without a structured source.
     *
     * @param name the report's path or name
     * @param format the input format id
     * @param rows the rows in reading order
     * @param fields the fields of structured input, or {@code null}
     * @param templateHint a template id the document names itself, or {@code null}
     * @param findings what the reader found
     * @param unreadable whether the reader could not get any text out
     */
    public Document(String name, String format, List<Row> rows, Map<String, StructuredField> fields,
                    String templateHint, List<Finding> findings, boolean unreadable) {
        this(name, format, rows, fields, templateHint, findings, unreadable, null);
    }

    /**
     * @param name the name
     * @param format the format id
     * @param rows the rows
     * @return a document of rows with nothing found by the reader
     */
    public static Document ofRows(String name, String format, List<Row> rows) {
        return new Document(name, format, rows, null, null, List.of(), false);
    }

    /**
     * @param name the name
     * @param format the format id
     * @param finding the {@code input-unreadable} finding
     * @return a document that could not be read
     */
    public static Document unreadable(String name, String format, Finding finding) {
        return new Document(name, format, List.of(), null, null, List.of(finding), true);
    }

    /** @return whether this is a structured (YAML/JSON) document */
    public boolean isStructured() {
        return fields != null;
    }

    /** @param extra more reader findings
     *  @return this document with more reader findings */
    public Document withFindings(List<Finding> extra) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(extra);
        return new Document(name, format, rows, fields, templateHint, all, unreadable, source, suppressions, hidden);
    }

    /** @param list where hidden text was dropped
     *  @return this document with those places */
    public Document withHidden(List<org.igfreport.internal.base.Location> list) {
        return new Document(name, format, rows, fields, templateHint, findings, unreadable, source, suppressions, list);
    }

    /** @param list the inline suppressions
     *  @return this document with those suppressions */
    public Document withSuppressions(List<Suppression> list) {
        return new Document(name, format, rows, fields, templateHint, findings, unreadable, source, list, hidden);
    }
}
