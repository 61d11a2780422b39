package org.igfreport.internal.cli;

import java.util.concurrent.Callable;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.output.RulePages;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code igf-report explain RULE}: the rule's page, {@code docs/rules/RULE.md} as the jar carries it
 * (what it finds, why, a wrong and a right example, how to fix, configure or suppress it); with
 * {@code --locale fr} or {@code es}, {@code docs/rules/fr/RULE.md} or {@code docs/rules/es/RULE.md}, else the
 * English page with a line on standard error saying so.
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
        java.util.Locale language = Language.current();
        if (!language.equals(Language.DEFAULT)) {
            java.util.Optional<String> translated = RulePages.text(rule, language);
            if (translated.isPresent()) {
                page = translated.get();
            } else {
                // a page not translated yet: the English one, saying so (on standard error, the page alone on standard output)
                ctx.err().println(Texts.format("cli.explain-english", rule));
                ctx.err().flush();
            }
        }
        java.io.PrintWriter out = ctx.text();
        out.print(page);
        out.flush();
        return Main.OK;
    }
}
