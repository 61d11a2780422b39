package org.igfreport.internal.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.SectionSummary;

/**
 * The typed model of the JSON output ({@code schemas/findings.schema.json}); Jackson writes its
 * records in declaration order. Kept apart from the engine's types so that the output format
 * changes only here.
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
     * One element of {@code reports}.
     *
     * @param path the report's path as the user gave it, with '/' separators
     * @param format the input format
     * @param template the template id, or {@code null}
     * @param findings the findings in order
     * @param sections what was counted per section, in template order
     */
    public record Report(String path, String format, String template, List<FindingJson> findings,
                         Map<String, SectionJson> sections) {

        /**
         * @param r a result
         * @return its JSON model
         */
        public static Report of(ReportResult r) {
            Map<String, SectionJson> sections = new LinkedHashMap<>();
            // loops, not a lambda and a stream: each is a call site linked when a cold JVM writes its first report
            for (Map.Entry<String, SectionSummary> e : r.sections().entrySet()) {
                sections.put(e.getKey(), SectionJson.of(e.getValue()));
            }
            List<FindingJson> findings = new java.util.ArrayList<>(r.findings().size());
            for (Finding f : r.findings()) {
                findings.add(FindingJson.of(f));
            }
            return new Report(r.path(), r.format(), r.template(), java.util.Collections.unmodifiableList(findings),
                    sections);
        }
    }

    /**
     * One finding.
     *
     * @param rule the rule id
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param section the section id, or {@code null}
     * @param message the message
     * @param location where it is
     * @param excerpt the text it is about
     */
    public record FindingJson(String rule, String severity, String section, String message, LocationJson location,
                              String excerpt) {
        /**
         * @param f a finding
         * @return its JSON model
         */
        public static FindingJson of(Finding f) {
            return new FindingJson(f.rule(), f.severity().id(), f.section(), f.message(),
                    LocationJson.of(f.location()), f.excerpt());
        }
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

    /**
     * What was counted in one section.
     *
     * @param line the line of its label
     * @param items the number of items
     * @param paragraphs the number of paragraphs
     * @param sentences the sentences of each item
     */
    public record SectionJson(int line, int items, int paragraphs, List<Integer> sentences) {
        /**
         * @param s a section summary
         * @return its JSON model
         */
        public static SectionJson of(SectionSummary s) {
            return new SectionJson(s.line(), s.items(), s.paragraphs(), s.sentences());
        }
    }

    /**
     * The {@code summary} object.
     *
     * @param reports reports checked
     * @param errors error findings
     * @param warnings warning findings
     * @param infos info findings
     */
    public record SummaryJson(long reports, long errors, long warnings, long infos) {
        /**
         * @param s the totals
         * @return their JSON model
         */
        public static SummaryJson of(Summary s) {
            return new SummaryJson(s.reports(), s.errors(), s.warnings(), s.infos());
        }
    }
}
