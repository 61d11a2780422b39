package org.igfreport.internal.rule;


import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;

/**
 * What a rule works with while it checks one report: where its findings go. One context per
 * report and rule run; not shared between threads.
 */
public final class RuleContext {

    private static final int EXCERPT = 120;

    private final RuleInfo rule;
    private final List<Finding> sink;

    /**
     * @param rule the rule that reports
     * @param sink where its findings go
     */
    public RuleContext(RuleInfo rule, List<Finding> sink) {
        this.rule = rule;
        this.sink = sink;
    }

    /**
     * Reports a finding at the rule's default severity; configuration may change it later.
     *
     * @param section the section id, or {@code null} for the whole document
     * @param location where it is
     * @param excerpt the text it is about (shortened here)
     * @param constraint the template constraint that fired, or {@code null}
     * @param messageKey the message key in {@code messages.properties}
     * @param args the message arguments
     */
    public void report(String section, Location location, String excerpt, String constraint, String messageKey,
                       Object... args) {
        sink.add(Finding.of(rule.id(), rule.defaultSeverity(), section, location, excerpt(excerpt), constraint,
                messageKey, args));
    }

    /**
     * Reports a finding at a given severity.
     *
     * @param severity the severity
     * @param section the section id, or {@code null}
     * @param location where it is
     * @param excerpt the text it is about
     * @param messageKey the message key
     * @param args the message arguments
     */
    public void report(Severity severity, String section, Location location, String excerpt, String messageKey,
                       Object... args) {
        sink.add(Finding.of(rule.id(), severity, section, location, excerpt(excerpt), null, messageKey, args));
    }

    /**
     * @param text any text
     * @return the text on one line, shortened to about 120 characters with "..."
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), EXCERPT + 4));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < EXCERPT + 1; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        if (sb.length() > EXCERPT) {
            sb.setLength(EXCERPT);
            return sb.toString().stripTrailing() + " ...";
        }
        return sb.toString();
    }

    /** @return a list to collect findings in, for callers that run rules themselves */
    public static List<Finding> newSink() {
        return new ArrayList<>();
    }
}
