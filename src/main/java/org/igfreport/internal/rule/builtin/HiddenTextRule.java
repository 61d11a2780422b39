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
    public static final RuleInfo INFO = new RuleInfo("hidden-text", Severity.INFO,
            "A section whose only text is hidden (Word hidden text, PDF text that is invisible or off the page).",
            "Hidden text is not shown or printed, so it is not part of the published report; a section"
                    + " that has nothing else is empty although its author may see text in it.");

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
