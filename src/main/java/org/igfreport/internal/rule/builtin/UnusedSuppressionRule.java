package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: the validator reports {@code unused-suppression} (info) for an inline
 * suppression ({@code <!-- igf-report-disable rule -->}, {@code x-igf-report-disable}) that
 * suppresses nothing, so that stale comments do not hide future problems.
 */
public final class UnusedSuppressionRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("unused-suppression", Severity.INFO);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: the validator reports this rule's findings after the other rules ran. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by ReportValidator
    }
}
