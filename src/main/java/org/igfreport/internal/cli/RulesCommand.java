package org.igfreport.internal.cli;

import java.util.concurrent.Callable;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import picocli.CommandLine.Command;

/** {@code igf-report rules}: the rule ids, their default severities and one line on each (in the language of --locale). */
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
            // the catalogue is in English; --locale words the summary again from its key
            String summary = Messages.has(r.id() + ".summary") ? Messages.format(r.id() + ".summary") : r.summary();
            out.println(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-7s  %s",
                    r.id(), r.defaultSeverity().id(), summary));
        }
        out.flush();
        return Main.OK;
    }
}
