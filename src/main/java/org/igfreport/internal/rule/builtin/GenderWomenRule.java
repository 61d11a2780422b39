package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;

/**
 * In sections of kind {@code women}, and in the women's part of a {@code participation} answer
 * (compared with its participants' part): an answer with no number and no share of women ("Around
 * 50%" and "half" are estimates), or a number of women larger than the participants' estimate
 * (the largest number of the {@code participants} answer that does not count speakers). An
 * answer whose only numbers count speakers ("5 of the 8 speakers") gets its own message: it says
 * nothing of the women in the room.
 * Missing and empty sections are left to {@link SectionMissingRule} and {@link SectionEmptyRule}.
 */
public final class GenderWomenRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("gender-women", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            boolean participation = s.def().kind() == SectionKind.PARTICIPATION;
            if ((s.def().kind() != SectionKind.WOMEN && !participation) || s.isEmpty()) {
                continue;
            }
            String constraint = "kind: " + s.def().kind().id();
            GenderAnswers.Estimate women = participation ? GenderAnswers.participation(s.text())[1]
                    : GenderAnswers.estimate(s.text());
            if (women.counts().isEmpty() && !women.share()) {
                String key = women.speakerCounts().isEmpty() ? "gender-women.none" : "gender-women.speakers";
                context.report(s.id(), s.contentLocation(), s.text(), constraint, key,
                        RuleContext.excerpt(s.text()));
                continue;
            }
            int participants = participation ? GenderAnswers.participation(s.text())[0].max() : participants(report);
            if (!women.counts().isEmpty() && participants >= 0 && women.counts().get(0) > participants) {
                context.report(s.id(), s.contentLocation(), s.text(), constraint, "gender-women.more",
                        String.valueOf(women.counts().get(0)), String.valueOf(participants));
            }
        }
    }

    /** The participants' estimate, or -1 when the report has none. */
    private static int participants(MappedReport report) {
        for (Section p : report.sections().values()) {
            if (p.def().kind() == SectionKind.PARTICIPANTS && !p.isEmpty()) {
                return GenderAnswers.estimate(p.text()).max();
            }
        }
        return -1;
    }
}
