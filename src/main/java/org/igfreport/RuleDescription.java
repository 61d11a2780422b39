package org.igfreport;

/**
 * A rule a validator runs, as {@link ReportValidator#rules()} lists it; its id is the
 * {@link Finding#rule()} of its findings and the key of {@link ReportValidator.Builder#severity}
 * and {@link ReportValidator.Builder#disable}.
 *
 * @param id the stable rule id, e.g. {@code sentences-per-item}
 * @param defaultSeverity the severity when the configuration says nothing
 * @param summary one line on what it finds
 * @param rationale why the IGF Secretariat cares
 */
public record RuleDescription(String id, Severity defaultSeverity, String summary, String rationale) {
}
