package org.igfreport.internal.output;

import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.internal.base.Texts;

/**
 * The totals of a run: reports checked and findings per severity. Immutable; add reports with
 * {@link #plus(ReportResult)}.
 *
 * @param reports the number of reports checked
 * @param errors the number of error findings
 * @param warnings the number of warning findings
 * @param infos the number of info findings
 */
public record Summary(long reports, long errors, long warnings, long infos) {

    /** No reports, no findings. */
    public static final Summary EMPTY = new Summary(0, 0, 0, 0);

    /**
     * @param result one more report
     * @return these totals with that report's findings added
     */
    public Summary plus(ReportResult result) {
        return new Summary(reports + 1, errors + result.count(Severity.ERROR),
                warnings + result.count(Severity.WARNING), infos + result.count(Severity.INFO));
    }

    /**
     * @param severity a severity
     * @return the number of findings of that severity
     */
    public long count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }

    /** @return the totals as a person reads them: {@code 3 errors, 1 warning, 0 infos in 1 report} */
    public String sentence() {
        return Texts.format("summary.sentence", errors, warnings, infos, reports, String.valueOf(errors),
                String.valueOf(warnings), String.valueOf(infos), String.valueOf(reports));
    }
}
