package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.TemplateSection;

/**
 * A required section whose label is not in the report. Optional sections are never reported, and
 * neither are conditional ones ({@link GenderSummaryRule} judges those). The finding is where the
 * section belongs: at the label of the next section the report has, in template order (or at the
 * start of the document when none follows).
 */
public final class SectionMissingRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("section-missing", Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        java.util.List<TemplateSection> defs = report.template().sections();
        for (int i = 0; i < defs.size(); i++) {
            TemplateSection def = defs.get(i);
            if (def.requirement() == Requirement.REQUIRED && report.section(def.id()).isEmpty()) {
                context.report(def.id(), expectedAt(report, defs, i), "", "required", "section-missing", def.label(),
                        def.help());
            }
        }
    }

    /** The label of the next section present after position {@code i}, or the document's start. */
    private static Location expectedAt(MappedReport report, java.util.List<TemplateSection> defs, int i) {
        for (int j = i + 1; j < defs.size(); j++) {
            var next = report.section(defs.get(j).id());
            if (next.isPresent()) {
                Location l = next.get().label();
                return new Location(l.line(), 1, l.line(), 1, l.page(), l.pointer());
            }
        }
        return Location.START;
    }
}
