package org.igfreport.internal.rule.builtin;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;

/**
 * In sections of kind {@code date}: an answer without a readable date. Readable are a day with an
 * English, French or Spanish month name, full or short, either way round ("09 December", "17 December, 2017",
 * "December 9th", "1er décembre 2017", "19 de diciembre de 2017"), an ISO date (2017-12-17), and
 * numeric dates d/m/y, d.m.y, d-m-y or m/d/y.
 * A weekday or other words around the date do no harm. Empty sections are left to
 * {@link SectionEmptyRule}.
 */
public final class DateFormatRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("date-format", Severity.WARNING);

    /**
     * The patterns, compiled when a date is first read rather than with the rule catalogue: compiling
     * them in a cold JVM's interpreter took a third of the catalogue's start-up, on the main thread
     * (the CLI's preload thread compiles them while the report is read, {@link #preload}).
     */
    private static final class Patterns {
        // English, French and Spanish month names, full or short (a report in French or Spanish under the
        // English labels writes its date in its own language: "19 décembre 2017", "19 de diciembre de 2017")
        private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                + "|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
                + "|janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|septembre|octobre|novembre"
                + "|d[ée]c(?:embre)?"
                + "|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|dic(?:iembre)?)";
        static final Pattern DAY_MONTH = Pattern.compile(
                "\\b(\\d{1,2})(?:st|nd|rd|th|er|º|°)?(?:\\s{1,3}(?:of|de))?[\\s,.-]{1,4}" + MONTH + "\\b");
        static final Pattern MONTH_DAY = Pattern.compile(
                "\\b" + MONTH + "\\.?[\\s,-]{1,4}(\\d{1,2})(?:st|nd|rd|th)?\\b");
        static final Pattern ISO = Pattern.compile("\\b\\d{4}-(\\d{1,2})-(\\d{1,2})\\b");
        static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](?:\\d{4}|\\d{2})\\b");
    }

    private static final int LONGEST = 400;

    /** Compiles the patterns now (a thread that sets up what a check will need). */
    public static void preload() {
        Patterns.ISO.flags();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().kind() == SectionKind.DATE && !s.isEmpty() && !readable(s.text())) {
                context.report(s.id(), s.contentLocation(), s.text(), "kind: date", "date-format",
                        RuleContext.excerpt(s.text()), String.valueOf(report.template().year()));
            }
        }
    }

    /**
     * @param answer the text of a date field
     * @return whether it holds a date a reader can understand
     */
    static boolean readable(String answer) {
        String t = answer.length() > LONGEST ? answer.substring(0, LONGEST) : answer;
        t = t.toLowerCase(Locale.ROOT);
        Matcher m = Patterns.DAY_MONTH.matcher(t);
        while (m.find()) {
            if (day(m.group(1))) {
                return true;
            }
        }
        m = Patterns.MONTH_DAY.matcher(t);
        while (m.find()) {
            if (day(m.group(1))) {
                return true;
            }
        }
        m = Patterns.ISO.matcher(t);
        while (m.find()) {
            if (month(m.group(1)) && day(m.group(2))) {
                return true;
            }
        }
        m = Patterns.NUMERIC.matcher(t);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            if ((day(a) && month(b)) || (month(a) && day(b))) {
                return true;
            }
        }
        return false;
    }

    private static boolean day(String s) {
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31;
    }

    private static boolean month(String s) {
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 12;
    }
}
