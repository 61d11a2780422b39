package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.InternalErrors;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: the validator reports {@code internal-error} when a component of the
 * checker (a reader, the mapper, a rule) throws on a file, naming the component and the
 * exception ({@link InternalErrors}). Its messages are {@code internal-error.reader},
 * {@code .mapper}, {@code .rule} and {@code .checker}.
 */
public final class InternalErrorRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of(InternalErrors.RULE, Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: the validator reports this rule's findings. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by ReportValidator and RuleSet
    }
}
