package org.igfreport.internal.engine;

import org.igfreport.internal.base.Facts;
import java.util.List;
import java.util.Map;
import org.igfreport.internal.base.Finding;

/**
 * What the engine found in one report, on the core's own types; the facade turns it into a
 * {@code ReportResult} (which sorts the findings and copies everything).
 *
 * @param path the report's path or name as given
 * @param format the input format
 * @param template the template id, or {@code null} when no template matched
 * @param findings the findings, configured (severities, disabled rules), in no particular order
 * @param sections what was counted per section, in template order
 * @param facts the values the report states ({@link Facts#NONE} when no template matched)
 */
public record Outcome(String path, String format, String template, List<Finding> findings,
                      Map<String, Counts> sections, Facts facts) {

    /** Copies the parts. */
    public Outcome {
        findings = List.copyOf(findings);
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    }

    /**
     * The outcome of a report that fits no template, or could not be read: it states nothing.
     *
     * @param path the report's path or name as given
     * @param format the input format
     * @param template the template id, or {@code null}
     * @param findings the findings
     * @param sections what was counted per section
     */
    public Outcome(String path, String format, String template, List<Finding> findings, Map<String, Counts> sections) {
        this(path, format, template, findings, sections, Facts.NONE);
    }

    /**
     * What was counted in one section (the public {@code SectionSummary}).
     *
     * @param line the line of the section's label
     * @param page the page of the label for paged formats, else {@code null}
     * @param items the number of items
     * @param paragraphs the number of paragraphs
     * @param sentences the number of sentences of each item
     * @param words the number of words
     */
    public record Counts(int line, Integer page, int items, int paragraphs, List<Integer> sentences, int words) {
        /** Makes the list immutable. */
        public Counts {
            sentences = List.copyOf(sentences);
        }
    }
}
