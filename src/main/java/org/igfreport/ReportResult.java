package org.igfreport;

import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * The outcome of checking one report: the template it was checked against, the findings in
 * order, and what was counted per section. Immutable.
 *
 * @param path the report's path or name as given
 * @param format the input format ({@code text}, {@code markdown}, {@code pdf}, {@code docx}, {@code yaml}, {@code json})
 * @param template the template id, or {@code null} when no template matched
 * @param findings the findings, sorted by line, column and rule
 * @param sections the sections found, in template order
 * @param facts the values the report states (title, speakers, gender answers), {@link ReportFacts#NONE}
 *     when no template matched
 */
public record ReportResult(String path, String format, String template, List<Finding> findings,
                           Map<String, SectionSummary> sections, ReportFacts facts) {

    /**
     * Sorts the findings and makes everything immutable.
     *
     * @param path the report's path or name as given
     * @param format the input format ({@code text}, {@code markdown}, {@code pdf}, {@code docx}, {@code yaml}, {@code json})
     * @param template the template id, or {@code null} when no template matched
     * @param findings the findings, sorted by line, column and rule
     * @param sections the sections found, in template order
     * @param facts the values the report states, {@link ReportFacts#NONE} when no template matched
     */
    public ReportResult {
        Finding[] sorted = findings.toArray(new Finding[0]);
        java.util.Arrays.sort(sorted);
        findings = Collections.unmodifiableList(java.util.Arrays.asList(sorted));
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        facts = facts == null ? ReportFacts.NONE : facts;
    }

    /**
     * A result without facts, as before they were read.
     *
     * @param path the report's path or name as given
     * @param format the input format
     * @param template the template id, or {@code null} when no template matched
     * @param findings the findings
     * @param sections the sections found, in template order
     */
    public ReportResult(String path, String format, String template, List<Finding> findings,
                        Map<String, SectionSummary> sections) {
        this(path, format, template, findings, sections, ReportFacts.NONE);
    }

    /** @param severity a severity
     *  @return the number of findings of exactly that severity */
    public long count(Severity severity) {
        long n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** @param threshold the lowest severity that counts, or {@code null} for never
     *  @return whether any finding is at or above the threshold */
    public boolean failsAt(Severity threshold) {
        if (threshold != null) {
            for (Finding f : findings) {
                if (f.severity().compareTo(threshold) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
