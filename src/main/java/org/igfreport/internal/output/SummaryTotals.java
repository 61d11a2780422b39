package org.igfreport.internal.output;

import java.util.Map;
import java.util.TreeMap;
import org.igfreport.Finding;
import org.igfreport.ReportFacts;
import org.igfreport.ReportResult;
import org.igfreport.Severity;

/**
 * The totals of {@code igf-report summary}: reports and complete reports, per template and per
 * rule, the participants and women over the reports that give both, the sessions that discussed
 * gender, and the reports whose gender answers are missing or unreadable. Immutable; a run adds
 * one report at a time ({@link #plus}), so nothing of a report but these counts is kept.
 *
 * @param reports the reports
 * @param complete the reports without an error-level finding
 * @param templates per template id ({@code ""} for none), the reports
 * @param completeByTemplate per template id ({@code ""} for none), the complete reports
 * @param rules per rule id, the findings
 * @param participants the participants over the reports that give both figures
 * @param women the women over the reports that give both figures
 * @param withBoth the reports that give both figures
 * @param genderAnswered the reports whose extent of the gender discussion can be read
 * @param genderDiscussed those that say the session discussed gender ({@code yes} or {@code partly})
 * @param genderAsked the reports whose template asks for the gender answers
 * @param genderMissing those whose participants, women or extent answer is missing or unreadable
 */
public record SummaryTotals(long reports, long complete, Map<String, Long> templates,
                            Map<String, Long> completeByTemplate, Map<String, Long> rules, long participants,
                            long women, long withBoth, long genderAnswered, long genderDiscussed, long genderAsked,
                            long genderMissing) {

    /** No report yet. */
    public static final SummaryTotals EMPTY = new SummaryTotals(0, 0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, 0, 0, 0);

    /** Copies the maps, sorted by key. */
    public SummaryTotals {
        templates = java.util.Collections.unmodifiableMap(new TreeMap<>(templates));
        completeByTemplate = java.util.Collections.unmodifiableMap(new TreeMap<>(completeByTemplate));
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /**
     * @param r one more report
     * @return these totals with it
     */
    public SummaryTotals plus(ReportResult r) {
        boolean ok = isComplete(r);
        String t = r.template() == null ? "" : r.template();
        Map<String, Long> byTemplate = new TreeMap<>(templates);
        byTemplate.merge(t, 1L, Long::sum);
        Map<String, Long> completeBy = new TreeMap<>(completeByTemplate);
        completeBy.merge(t, ok ? 1L : 0L, Long::sum);
        Map<String, Long> byRule = rules;
        if (!r.findings().isEmpty()) {
            byRule = new TreeMap<>(rules);
            for (Finding f : r.findings()) {
                byRule.merge(f.rule(), 1L, Long::sum);
            }
        }
        ReportFacts f = r.facts();
        boolean both = f.womenShare() != null;
        String d = f.genderDiscussed();
        return new SummaryTotals(reports + 1, complete + (ok ? 1 : 0), byTemplate, completeBy, byRule,
                participants + (both ? f.participants() : 0), women + (both ? f.women() : 0), withBoth + (both ? 1 : 0),
                genderAnswered + (d != null ? 1 : 0), genderDiscussed + (d != null && !d.equals("no") ? 1 : 0),
                genderAsked + (f.genderAsked() ? 1 : 0), genderMissing + (f.genderAnswersMissing() ? 1 : 0));
    }

    /** @return whether a report has no error-level finding */
    public static boolean isComplete(ReportResult r) {
        return r.count(Severity.ERROR) == 0;
    }

    /** @return complete / reports, two decimals, or {@code null} without reports */
    public Double completeShare() {
        return share(complete, reports);
    }

    /** @return women / participants over the reports that give both, two decimals, or {@code null} */
    public Double womenShare() {
        return share(women, participants);
    }

    /** @return the sessions that discussed gender among those that say, two decimals, or {@code null} */
    public Double genderDiscussedShare() {
        return share(genderDiscussed, genderAnswered);
    }

    /**
     * @param part the part
     * @param whole the whole
     * @return part / whole rounded to two decimals, or {@code null} when the whole is 0
     */
    static Double share(long part, long whole) {
        return whole <= 0 ? null : Math.round(part * 100.0 / whole) / 100.0;
    }
}
