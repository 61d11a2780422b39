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
    public static final RuleInfo INFO = RuleInfo.of("schema", Severity.ERROR);

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
