package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;

/**
 * A section with an {@code items} constraint ("3 max") that lists more or fewer items than
 * allowed. Items are counted as the section's kind lists them. Empty sections are left to
 * {@link SectionEmptyRule}.
 */
public final class ItemCountRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("item-count", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().constraints().items() != null && !s.isEmpty()) {
                ItemNoun noun = ItemNoun.of(s.def().kind());
                RangeCheck.check(context, s, s.items().size(), s.def().constraints().items(), "item-count",
                        noun.unit(), noun.units());
            }
        }
    }
}
