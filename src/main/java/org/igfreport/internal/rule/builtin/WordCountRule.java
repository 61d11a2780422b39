package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.text.Tokens;

/**
 * A section with a {@code words} constraint whose word count is outside it. A word is a run of
 * letters and digits, so "rights-based" is two words and "2017" is one. Empty sections are left
 * to {@link SectionEmptyRule}.
 */
public final class WordCountRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("word-count", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().constraints().words() != null && !s.isEmpty()) {
                RangeCheck.check(context, s, Tokens.count(s.text()), s.def().constraints().words(),
                        "word-count");
            }
        }
    }
}
