package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: the engine reports {@code template-unrecognized} when a document fits no
 * known template (or not the chosen one); there is no mapped report to check then.
 */
public final class TemplateUnrecognizedRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("template-unrecognized", Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: the engine reports this rule's findings. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by the engine's template detection
    }
}
