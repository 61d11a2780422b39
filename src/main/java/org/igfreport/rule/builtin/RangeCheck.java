package org.igfreport.rule.builtin;

import org.igfreport.rule.RuleContext;
import org.igfreport.template.Range;
import org.igfreport.template.Section;

/**
 * The shared part of the count rules: compare a count with a template range and report with the
 * rule's {@code .few} or {@code .many} message.
 */
final class RangeCheck {

    private RangeCheck() {
    }

    /**
     * Reports when {@code count} is outside {@code range}. The message gets the section's name,
     * the count, the range as people write it, and {@code extra} arguments after those.
     *
     * @param context where the finding goes
     * @param section the section counted
     * @param count the count
     * @param range the allowed range
     * @param key the rule id, the message key prefix and the constraint name
     * @param extra further message arguments
     */
    static void check(RuleContext context, Section section, int count, Range range, String key, Object... extra) {
        checkWithSuffix(context, section, count, range, key, "", extra);
    }

    /**
     * As {@link #check(RuleContext, Section, int, Range, String, Object...)}, with the message key
     * ending in {@code suffix} (".estimate" for a count that is an estimate).
     *
     * @param context where the finding goes
     * @param section the section counted
     * @param count the count
     * @param range the allowed range
     * @param key the rule id, the message key prefix and the constraint name
     * @param suffix appended to the message key
     * @param extra further message arguments
     */
    static void checkWithSuffix(RuleContext context, Section section, int count, Range range, String key, String suffix,
                      Object... extra) {
        if (range == null || range.contains(count)) {
            return;
        }
        boolean few = range.min() != null && count < range.min();
        Object[] args = new Object[3 + extra.length];
        args[0] = ItemNoun.sectionName(section.id());
        args[1] = count;
        args[2] = range.describe();
        System.arraycopy(extra, 0, args, 3, extra.length);
        context.report(section.id(), section.contentLocation(), section.text(), key + ": " + range.describe(),
                key + (few ? ".few" : ".many") + suffix, args);
    }
}
