package org.igfreport.rule;

import java.util.List;
import java.util.Optional;
import org.igfreport.Finding;
import org.igfreport.template.MappedReport;

/** TEMPORARY STUB until the rules land. */
public final class RuleSet {
    private static final RuleSet BUILT_IN = new RuleSet();
    public static RuleSet builtIn() { return BUILT_IN; }
    public List<Rule> rules() { return List.of(); }
    public List<RuleInfo> infos() { return List.of(); }
    public Optional<RuleInfo> info(String id) { return Optional.empty(); }
    public List<Finding> check(MappedReport report) { return List.of(); }
}
