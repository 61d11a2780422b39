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
 * An item with more sentences than the section's {@code sentences-per-item} constraint allows,
 * as in "Key Issues raised (1 sentence per issue)". Sentences are counted by the shared
 * segmenter on each item's text.
 */
public final class SentencesPerItemRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("sentences-per-item", Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            Integer max = s.def().constraints().sentencesPerItem();
            if (max == null) {
                continue;
            }
            ItemNoun noun = ItemNoun.of(s.def().kind());
            List<Item> items = s.items();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                int n = item.sentences();
                if (n > max) {
                    context.report(s.id(), item.block().location(), item.text(), "sentences-per-item: " + max,
                            "sentences-per-item", noun.one(), ItemNoun.number(item, i), n, max, noun.unit(),
                            noun.units());
                }
            }
        }
    }
}
