package org.igfreport.internal.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.template.MappedReport;

/**
 * A set of rules to run and the catalogue of every rule id (the built-in set is
 * {@code rule.builtin.BuiltInRules}), including those whose findings
 * come from the engine and the readers ({@code template-unrecognized}, {@code schema},
 * {@code input-unreadable}, {@code internal-error}). Immutable and thread-safe.
 */
public final class RuleSet {

    private final List<Rule> rules;
    private final List<RuleInfo> infos;

    private RuleSet(List<Rule> rules, List<RuleInfo> catalogueOnly) {
        this.rules = List.copyOf(rules);
        List<RuleInfo> all = new ArrayList<>(catalogueOnly);
        for (Rule r : rules) {
            all.add(r.info());
        }
        all.sort(new Comparator<RuleInfo>() {
            @Override
            public int compare(RuleInfo a, RuleInfo b) {
                return a.id().compareTo(b.id());
            }
        });
        this.infos = List.copyOf(all);
    }

    /**
     * @param rules the rules that check
     * @return a rule set of just those rules (for tests and embedding)
     */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules, List.of());
    }

    /**
     * @param rules the rules that check
     * @param catalogueOnly the catalogue entries of findings made elsewhere (the engine, the readers)
     * @return a rule set of those rules, whose catalogue lists both
     */
    public static RuleSet of(List<Rule> rules, List<RuleInfo> catalogueOnly) {
        return new RuleSet(rules, catalogueOnly);
    }

    /** @return the rules that check mapped reports, in run order */
    public List<Rule> rules() {
        return rules;
    }

    /** @return every rule in the catalogue, sorted by id */
    public List<RuleInfo> infos() {
        return infos;
    }

    /** @param id a rule id
     *  @return its catalogue entry, if there is one */
    public Optional<RuleInfo> info(String id) {
        for (RuleInfo i : infos) {
            if (i.id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs every rule on a report, each with its own context. A rule that throws gives an
     * {@code internal-error} finding naming it and the exception (its stack trace goes to the
     * library's logger) in place of its findings, and the others still run.
     *
     * @param report a mapped report
     * @return the findings at default severities, sorted by line, column and rule
     */
    public List<Finding> check(MappedReport report) {
        List<Finding> all = new ArrayList<>();
        for (Rule rule : rules) {
            List<Finding> sink = RuleContext.newSink();
            try {
                rule.check(report, new RuleContext(rule.info(), sink));
            } catch (RuntimeException | StackOverflowError e) {
                all.add(InternalErrors.rule(rule.info().id(), report.document().name(), e));
                continue;
            }
            all.addAll(sink);
        }
        all.sort(Finding.ORDER);
        return List.copyOf(all);
    }
}
