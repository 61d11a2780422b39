package org.igfreport.internal.rule;

import org.igfreport.internal.base.Severity;

/**
 * What the catalogue says of a rule: its stable id, default severity, a one-line summary and
 * why it exists.
 *
 * @param id the stable rule id, e.g. {@code sentences-per-item}
 * @param defaultSeverity the severity when the configuration says nothing
 * @param summary one line on what it finds
 * @param rationale why the secretariat cares
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String rationale) {
}
