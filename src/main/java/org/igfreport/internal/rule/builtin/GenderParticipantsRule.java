package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;

/**
 * In sections of kind {@code participants}, and in the participants' part of a
 * {@code participation} answer: an answer without an estimate of the number of
 * participants. "about 60", "60 participants", "between 40 and 50" and "60 (30 online)" are
 * estimates; "many" is not, and neither is a count of speakers or panellists ("12 out of 18
 * speakers were women"), which is reported with its own message. Missing and empty sections are
 * left to {@link SectionMissingRule} and {@link SectionEmptyRule}.
 */
public final class GenderParticipantsRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("gender-participants", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            boolean participation = s.def().kind() == SectionKind.PARTICIPATION;
            if ((s.def().kind() != SectionKind.PARTICIPANTS && !participation) || s.isEmpty()) {
                continue;
            }
            GenderAnswers.Estimate e = participation ? GenderAnswers.participation(s.text())[0]
                    : GenderAnswers.estimate(s.text());
            if (!e.counts().isEmpty()) {
                continue;
            }
            String key = e.speakerCounts().isEmpty() ? "gender-participants.none" : "gender-participants.speakers";
            context.report(s.id(), s.contentLocation(), s.text(), "kind: " + s.def().kind().id(), key,
                    RuleContext.excerpt(s.text()));
        }
    }
}
