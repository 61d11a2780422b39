package org.igfreport.internal.output;

import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.internal.base.Texts;

/**
 * The totals of a run: reports checked and findings per severity. Immutable; add reports with
 * {@link #plus(ReportResult)}. The findings of a result that is not a report checked (a baseline's
 * entries of a report this run did not check, the configuration file's unused suppressions: see
 * {@link #plusNotChecked}) count among the findings, not among the reports; the sentence names them apart.
 *
 * @param reports the number of reports checked
 * @param errors the number of error findings
 * @param warnings the number of warning findings
 * @param infos the number of info findings
 * @param notChecked the number of files with findings that were not checked (not in {@code reports})
 */
public record Summary(long reports, long errors, long warnings, long infos, long notChecked) {

    /** No reports, no findings. */
    public static final Summary EMPTY = new Summary(0, 0, 0, 0);

    /**
     * @param reports the number of reports checked
     * @param errors the number of error findings
     * @param warnings the number of warning findings
     * @param infos the number of info findings
     */
    public Summary(long reports, long errors, long warnings, long infos) {
        this(reports, errors, warnings, infos, 0);
    }

    /**
     * @param result one more report
     * @return these totals with that report's findings added
     */
    public Summary plus(ReportResult result) {
        return new Summary(reports + 1, errors + result.count(Severity.ERROR),
                warnings + result.count(Severity.WARNING), infos + result.count(Severity.INFO), notChecked);
    }

    /**
     * @param result the findings of a file this run did not check (a baseline's entries of a report not
     *     checked, the configuration file's unused suppressions)
     * @return these totals with its findings added, the reports checked as they were
     */
    public Summary plusNotChecked(ReportResult result) {
        return new Summary(reports, errors + result.count(Severity.ERROR), warnings + result.count(Severity.WARNING),
                infos + result.count(Severity.INFO), notChecked + 1);
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

    /**
     * @return the totals as a person reads them: {@code 3 errors, 1 warning, 0 infos in 1 report}, and when
     *     some findings are about files not checked, how many files: {@code ... in 1 report, and in 1 file not
     *     checked (...)}
     */
    public String sentence() {
        String s = Texts.format("summary.sentence", errors, warnings, infos, reports, String.valueOf(errors),
                String.valueOf(warnings), String.valueOf(infos), String.valueOf(reports));
        return notChecked == 0 ? s : s + Texts.format("summary.not-checked", notChecked, String.valueOf(notChecked));
    }
}
