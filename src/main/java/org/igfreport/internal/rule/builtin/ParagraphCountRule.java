package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;

/**
 * A section with a {@code paragraphs} constraint ("(3 paragraphs)") whose number of paragraphs is
 * outside it. Empty sections are left to {@link SectionEmptyRule}. Where the paragraphs were
 * counted from line lengths because the text cannot tell (hard-wrapped text without blank lines,
 * a sentence ending on a full line), the message says that the count is an estimate.
 */
public final class ParagraphCountRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("paragraph-count", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().constraints().paragraphs() != null && !s.isEmpty()) {
                RangeCheck.checkWithSuffix(context, s, s.paragraphs().size(), s.def().constraints().paragraphs(),
                        "paragraph-count", s.edgeGuessed() ? ".guessed" : s.paragraphsEstimated() ? ".estimate" : "");
            }
        }
    }
}
