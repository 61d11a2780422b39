package org.igfreport.internal.engine;

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
 */
public record Outcome(String path, String format, String template, List<Finding> findings,
                      Map<String, Counts> sections) {

    /** Copies the parts. */
    public Outcome {
        findings = List.copyOf(findings);
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
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
