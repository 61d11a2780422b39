package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: readers report {@code input-unreadable} when a file cannot be read
 * (corrupt, encrypted, no text layer, too large, not text). Its messages are
 * {@code input-unreadable.too-large}, {@code .binary}, {@code .encrypted},
 * {@code .no-text-layer}, {@code .corrupt}, {@code .old-doc}, {@code .empty}, {@code .io} and
 * {@code .internal}.
 */
public final class InputUnreadableRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("input-unreadable", Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: readers report this rule's findings. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by the readers
    }
}
