package org.igfreport.internal.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.RuleDescription;
import org.igfreport.SectionSummary;
import org.igfreport.Severity;

/** Hand-made results for the writer tests: the writers know nothing of the engine, nor do these. */
final class Samples {

    private Samples() {
    }

    /** A 2017 report with an error, a warning and an info, one with awkward characters. */
    static ReportResult report() {
        Map<String, SectionSummary> sections = new LinkedHashMap<>();
        sections.put("session_title", new SectionSummary(3, null, 1, 1, List.of(1), 8));
        sections.put("key_issues", new SectionSummary(33, null, 3, 3, List.of(2, 1, 5), 120));
        sections.put("discussions", new SectionSummary(40, null, 1, 2, List.of(4), 300));
        return new ReportResult("reports/ws 42.txt", "text", "igf-2017-workshop", List.of(
                new Finding("sentences-per-item", Severity.ERROR, "key_issues",
                        "Key issue 1 has 2 sentences; the template asks for 1 sentence per issue.",
                        new Location(35, 1, 35, 118, null, null),
                        "What do we mean by <rights> & \"cyber\"? Is such ...", "sentences-per-item: 1"),
                new Finding("paragraph-count", Severity.WARNING, "discussions",
                        "Discussions has 2 paragraphs, 100% of 3: a, b\nsecond line",
                        new Location(40, 1, 44, 20, null, null), "", null),
                new Finding("template-unrecognized", Severity.INFO, null, "A remark on the whole document.",
                        Location.START, "", null)), sections);
    }

    /** A report no template matched, from a PDF, with a finding on page 2. */
    static ReportResult unrecognized() {
        return new ReportResult("other/scan.pdf", "pdf", null, List.of(
                new Finding("input-unreadable", Severity.ERROR, null, "No text layer.",
                        new Location(1, 1, 1, 1, 2, null), "", null)), Map.of());
    }

    /** A clean YAML report. */
    static ReportResult clean() {
        return new ReportResult("reports/ok.yaml", "yaml", "igf-2016-workshop", List.of(),
                Map.of("date", new SectionSummary(2, null, 1, 1, List.of(1), 3)));
    }

    /** @return a run with a small rule catalogue and the 2017 sections */
    static Run run(Severity failOn) {
        return new Run("igf-report", "1.2.3", null, java.nio.file.Path.of(""), List.of(
                new RuleDescription("sentences-per-item", Severity.ERROR, "An item has too many sentences.", "Key issues are one sentence each."),
                new RuleDescription("paragraph-count", Severity.WARNING, "Another number of paragraphs.", "The template asks for 3."),
                new RuleDescription("input-unreadable", Severity.ERROR, "The file cannot be read.", "Nothing else can be checked.")),
                Map.of("igf-2017-workshop", List.of("session_title", "date", "key_issues", "discussions")), failOn);
    }

    /**
     * Writes the three sample reports.
     *
     * @param writer a writer
     * @param run the run
     * @return the summary given to {@code end}
     */
    static Summary writeAll(ReportWriter writer, Run run) throws java.io.IOException {
        Summary s = Summary.EMPTY;
        writer.begin(run);
        for (ReportResult r : List.of(report(), unrecognized(), clean())) {
            writer.report(r);
            s = s.plus(r);
        }
        writer.end(s);
        return s;
    }
}
