package org.igfreport.internal.rule.builtin;

import java.util.List;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.text.Item;

/**
 * For sections with a {@code paragraphs-per-item} constraint ("a 1-paragraph summary for each
 * presentation"): an item that runs over more paragraphs than allowed, and an item that starts in
 * the middle of the previous item's paragraph (reported at the later item).
 */
public final class ParagraphsPerItemRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("paragraphs-per-item", Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            Integer max = s.def().constraints().paragraphsPerItem();
            if (max == null) {
                continue;
            }
            ItemNoun noun = ItemNoun.of(s.def().kind());
            String constraint = "paragraphs-per-item: " + max;
            List<Item> items = s.items();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int number = ItemNoun.number(item, i);
                if (item.sharesParagraph() && i > 0) {
                    context.report(s.id(), item.block().location(), item.text(), constraint,
                            "paragraphs-per-item.shared", noun.many(), ItemNoun.number(items.get(i - 1), i - 1),
                            number, noun.unit());
                }
                if (item.paragraphs() > max) {
                    context.report(s.id(), item.block().location(), item.text(), constraint,
                            "paragraphs-per-item.many", noun.one(), number, item.paragraphs(), max, noun.unit());
                }
            }
        }
    }
}
