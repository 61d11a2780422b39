package org.igfreport.internal.rule;

import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Severity;

/**
 * What the catalogue says of a rule: its stable id, default severity, a one-line summary and
 * why it exists. The built-in rules take their texts from the message bundle, beside their
 * messages ({@link #of}: keys {@code <id>.summary} and {@code <id>.rationale}), so that every
 * text of a rule is in one place and can be translated.
 *
 * @param id the stable rule id, e.g. {@code sentences-per-item}
 * @param defaultSeverity the severity when the configuration says nothing
 * @param summary one line on what it finds
 * @param rationale why the secretariat cares
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String rationale) {

    /**
     * @param id the rule id
     * @param defaultSeverity its default severity
     * @return its catalogue entry, with the summary and rationale of the message bundle
     * @throws java.util.MissingResourceException when the bundle lacks them
     */
    public static RuleInfo of(String id, Severity defaultSeverity) {
        // in English whatever the thread's language: the catalogue is built once and kept (ReportValidator.rules words it again)
        return new RuleInfo(id, defaultSeverity, Messages.format(Language.DEFAULT, id + ".summary"),
                Messages.format(Language.DEFAULT, id + ".rationale"));
    }
}
