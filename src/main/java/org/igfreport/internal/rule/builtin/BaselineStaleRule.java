package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: a run with a baseline ({@code check --baseline FILE}) reports
 * {@code baseline-stale} (info) for a baseline entry whose finding no longer occurs in its report,
 * so that the baseline shrinks as problems are fixed.
 */
public final class BaselineStaleRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("baseline-stale", Severity.INFO);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: a run with a baseline reports this rule's findings. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by the batch run (internal.batch.Baseline)
    }
}
