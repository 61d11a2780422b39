package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Messages;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.template.Range;
import org.igfreport.internal.template.Section;

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
        args[2] = describe(range);
        System.arraycopy(extra, 0, args, 3, extra.length);
        context.report(section.id(), section.contentLocation(), section.text(), key + ": " + describe(range),
                key + (few ? ".few" : ".many") + suffix, args);
    }

    /**
     * @param range a range
     * @return the range as people write it: "3", "at least 1", "at most 3", "1 to 3"
     */
    static String describe(Range range) {
        Integer min = range.min();
        Integer max = range.max();
        if (min != null && min.equals(max)) {
            return Messages.format("phrase.range.exact", String.valueOf(min));
        }
        if (min == null) {
            return Messages.format("phrase.range.at-most", String.valueOf(max));
        }
        if (max == null) {
            return Messages.format("phrase.range.at-least", String.valueOf(min));
        }
        return Messages.format("phrase.range.between", String.valueOf(min), String.valueOf(max));
    }
}
