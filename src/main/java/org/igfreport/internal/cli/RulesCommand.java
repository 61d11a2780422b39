package org.igfreport.internal.cli;

import java.util.concurrent.Callable;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import picocli.CommandLine.Command;

/** {@code igf-report rules}: the rule ids, their default severities and one line on each. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class RulesCommand implements Callable<Integer> {

    private final CliContext ctx;

    RulesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        java.io.PrintWriter out = ctx.text();
        var infos = BuiltInRules.ruleSet().infos();
        int width = infos.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleInfo r : infos) {
            out.println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-7s  %s",
                    r.id(), r.defaultSeverity().id(), r.summary()));
        }
        out.flush();
        return Main.OK;
    }
}
