package org.igfreport.internal.rule.builtin;

import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;

/**
 * Catalogue entry only: the YAML/JSON reader reports {@code schema} when a structured report's
 * shape does not fit the template's JSON Schema. A missing required key is
 * {@code section-missing}, not this.
 */
public final class SchemaRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = new RuleInfo("schema", Severity.ERROR,
            "A YAML/JSON report whose shape does not fit the template's JSON Schema.",
            "Structured reports are read by key and type; a value of the wrong shape (a list where a text"
                    + " is expected, an unknown key) would be silently misread.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Does nothing: the structured reader reports this rule's findings. */
    @Override
    public void check(MappedReport report, RuleContext context) {
        // reported by the structured reader
    }
}
