package org.igfreport.rule.builtin;

import org.igfreport.Location;
import org.igfreport.Severity;
import org.igfreport.rule.Rule;
import org.igfreport.rule.RuleContext;
import org.igfreport.rule.RuleInfo;
import org.igfreport.template.MappedReport;
import org.igfreport.template.Requirement;
import org.igfreport.template.TemplateSection;

/**
 * A required section whose label is not in the report. Optional sections are never reported, and
 * neither are conditional ones ({@link GenderSummaryRule} judges those). The finding is at the
 * start of the document, since the section has no place of its own.
 */
public final class SectionMissingRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = new RuleInfo("section-missing", Severity.ERROR,
            "A required section's label is not there.",
            "The IGF Secretariat compiles reports field by field; a missing field leaves a gap in the"
                    + " published record of the session.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (TemplateSection def : report.template().sections()) {
            if (def.requirement() == Requirement.REQUIRED && report.section(def.id()).isEmpty()) {
                context.report(def.id(), Location.START, "", "required", "section-missing", def.label(), def.help());
            }
        }
    }
}
