package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.Section;

/**
 * A required section whose label is there with nothing after it. Optional and conditional
 * sections may be left empty. The finding points at the label.
 */
public final class SectionEmptyRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("section-empty", Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().requirement() == Requirement.REQUIRED && s.isEmpty()) {
                context.report(s.id(), s.label(), "", "required", "section-empty", s.def().label(), s.def().help());
            }
        }
    }
}
