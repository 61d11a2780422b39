package org.igfreport.internal.cli;

import java.util.concurrent.Callable;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.output.RulePages;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code igf-report explain RULE}: the rule's page, {@code docs/rules/RULE.md} as the jar carries it
 * (what it finds, why, a wrong and a right example, how to fix, configure or suppress it).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RULE", descriptionKey = "rule")
    String rule;

    private final CliContext ctx;

    ExplainCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String page = RulePages.text(rule).orElseThrow(() -> new UsageException(Texts.format("cli.unknown-rule", rule,
                String.join(", ", BuiltInRules.ruleSet().infos().stream().map(RuleInfo::id).toList()))));
        java.io.PrintWriter out = ctx.text();
        out.print(page);
        out.flush();
        return Main.OK;
    }
}
