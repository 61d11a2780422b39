package org.igfreport.internal.rule.builtin;

import java.util.Optional;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.Condition;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.TemplateSection;

/**
 * A conditional {@code summary} section required "when" another section's answer says gender
 * was {@code discussed}: when that answer says so (see {@link GenderAnswers#discussed}) and the
 * summary is missing or empty. The finding is at the summary's label, or at the answer when the
 * label is not there.
 */
public final class GenderSummaryRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("gender-summary", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (TemplateSection def : report.template().sections()) {
            Condition when = def.when();
            if (def.kind() != SectionKind.SUMMARY || def.requirement() != Requirement.CONDITIONAL || when == null
                    || !"discussed".equals(when.answered())) {
                continue;
            }
            Optional<Section> answer = report.section(when.section());
            if (answer.isEmpty() || answer.get().isEmpty() || !GenderAnswers.discussed(answer.get().text())) {
                continue;
            }
            Optional<Section> summary = report.section(def.id());
            if (summary.isPresent() && !summary.get().isEmpty()) {
                continue;
            }
            Location at = summary.isPresent() ? summary.get().label() : answer.get().contentLocation();
            String key = summary.isPresent() ? "gender-summary.empty" : "gender-summary.missing";
            context.report(def.id(), at, answer.get().text(), "when: " + when.section() + " " + when.answered(), key,
                    RuleContext.excerpt(answer.get().text()), def.label());
        }
    }
}
