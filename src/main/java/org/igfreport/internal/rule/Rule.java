package org.igfreport.internal.rule;

import org.igfreport.internal.template.MappedReport;

/**
 * One kind of check. Rules are small, stateless and thread-safe; their parameters come from the
 * template (the constraints of each section), never from code.
 */
public interface Rule {

    /** @return the rule's id, severity, summary and rationale */
    RuleInfo info();

    /**
     * Checks a mapped report and reports what it finds to the context.
     *
     * @param report the report mapped onto its template
     * @param context where findings go
     */
    void check(MappedReport report, RuleContext context);
}
