package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: the readers leave out text nobody sees (Word runs marked hidden, PDF text
 * drawn invisible or outside the page), so a section filled only with such text is empty for the
 * other rules ({@code section-empty} for a required one); the validator adds {@code hidden-text}
 * (info) there, so that the rapporteur learns why a section that looks filled in to them is not.
 */
public final class HiddenTextRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("hidden-text", Severity.INFO);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: the validator reports this rule's findings from the places the readers give. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by ReportValidator
    }
}
