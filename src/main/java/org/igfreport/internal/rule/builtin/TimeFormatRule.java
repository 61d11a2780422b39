package org.igfreport.internal.rule.builtin;

import java.util.Locale;
import java.util.regex.Pattern;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;

/**
 * In sections of kind {@code time}: an answer without a readable clock time. Readable are
 * "10:45", "10.45", "14h00", "9am", "10:45 am", "9 p.m.", "noon", alone or as a range in any
 * wording ("10:45-11:45", "09:00 - 10:30 CET", "from 10:00 to 11:30"). Empty sections are left to
 * {@link SectionEmptyRule}.
 */
public final class TimeFormatRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("time-format", Severity.WARNING);

    /** The patterns, compiled when a time is first read (as {@link DateFormatRule}'s, off the catalogue's way). */
    private static final class Patterns {
        static final Pattern CLOCK = Pattern.compile("(?<![\\d:.])(?:[01]?\\d|2[0-4])\\s?[:.h]\\s?[0-5]\\d(?!\\d)");
        static final Pattern MERIDIEM = Pattern.compile("(?<![\\d:.])(?:1[0-2]|0?[1-9])\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)");
        static final Pattern WORDS = Pattern.compile("\\b(?:noon|midday|midnight)\\b");
    }

    private static final int LONGEST = 400;

    /** Compiles the patterns now (a thread that sets up what a check will need). */
    public static void preload() {
        Patterns.WORDS.flags();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().kind() == SectionKind.TIME && !s.isEmpty() && !readable(s.text())) {
                context.report(s.id(), s.contentLocation(), s.text(), "kind: time", "time-format",
                        RuleContext.excerpt(s.text()));
            }
        }
    }

    /**
     * @param answer the text of a time field
     * @return whether it holds at least one clock time
     */
    static boolean readable(String answer) {
        String t = answer.length() > LONGEST ? answer.substring(0, LONGEST) : answer;
        t = t.toLowerCase(Locale.ROOT);
        return Patterns.CLOCK.matcher(t).find() || Patterns.MERIDIEM.matcher(t).find() || Patterns.WORDS.matcher(t).find();
    }
}
