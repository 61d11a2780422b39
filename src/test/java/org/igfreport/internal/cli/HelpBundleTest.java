package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's --help texts come from cli/help.properties: every command, option and
 * parameter has its description there, and every key of the bundle is one picocli reads.
 */
class HelpBundleTest {

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = HelpBundleTest.class.getResourceAsStream("/org/igfreport/internal/cli/help.properties")) {
            p.load(in);
        }
        return p;
    }

    /** The command line as Main builds it (the commands' descriptions are read from the bundle). */
    private static List<CommandSpec> specs() {
        CliContext ctx = new CliContext(System.in, System.out, System.err, java.nio.file.Path.of("").toAbsolutePath());
        CommandLine cl = new CommandLine(Main.spec())
                .addSubcommand("check", CheckCommand.spec(ctx))
                .addSubcommand("templates", new CommandLine(new TemplatesCommand(ctx))
                        .addSubcommand("import", new TemplateImportCommand(ctx)))
                .addSubcommand("rules", new RulesCommand(ctx))
                .addSubcommand("explain", new ExplainCommand(ctx))
                .addSubcommand("sentences", new SentencesCommand(ctx))
                .addSubcommand("extract", new ExtractCommand(ctx))
                .addSubcommand("init", new InitCommand(ctx))
                .addSubcommand("summary", new SummaryCommand(ctx))
                .addSubcommand("serve", new ServeCommand(ctx));
        List<CommandSpec> out = new ArrayList<>();
        out.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(c -> {
            out.add(c.getCommandSpec());
            c.getSubcommands().values().forEach(n -> out.add(n.getCommandSpec())); // templates import
        });
        return out;
    }

    private static String key(ArgSpec a) {
        if (a.descriptionKey() != null && !a.descriptionKey().isEmpty()) {
            return a.descriptionKey();
        }
        return ((OptionSpec) a).longestName().replaceFirst("^-+", "");
    }

    @Test
    void everyCommandOptionAndParameterHasItsDescriptionFromTheBundle() throws IOException {
        Properties p = bundle();
        for (CommandSpec spec : specs()) {
            String q = spec.qualifiedName(".");
            assertThat(p.getProperty(q + ".usage.description")).as(q).isNotBlank();
            assertThat(String.join("", spec.usageMessage().description())).as(q).isEqualTo(p.getProperty(q + ".usage.description"));
            for (ArgSpec a : spec.args()) {
                String k = key(a);
                String text = p.getProperty(q + "." + k, p.getProperty(k));
                assertThat(text).as("%s %s", q, k).isNotBlank();
                assertThat(String.join("", a.description())).as("%s %s", q, k).isEqualTo(text);
            }
        }
    }

    @Test
    void everyKeyOfTheBundleIsOnePicocliReads() throws IOException {
        Set<String> read = new HashSet<>();
        // the headings picocli reads for every command ("Usage: ", "Commands:")
        read.add("usage.synopsisHeading");
        read.add("usage.commandListHeading");
        for (CommandSpec spec : specs()) {
            String q = spec.qualifiedName(".");
            read.add(q + ".usage.description");
            for (int i = 0; i < 10; i++) {
                read.add(q + ".usage.footer." + i);
            }
            for (ArgSpec a : spec.args()) {
                // the standard help options' keys, and --locale's (every command inherits it), are shared
                read.add(a.descriptionKey() != null && (a.descriptionKey().startsWith("mixinStandardHelpOptions.")
                        || a.descriptionKey().equals("locale")) ? a.descriptionKey() : q + "." + key(a));
            }
        }
        assertThat(read).containsAll(bundle().stringPropertyNames());
    }

    @Test
    void theHelpShowsTheBundlesTexts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(help).contains("Checks UN IGF workshop reports against the IGF reporting templates.")
                .contains("Exit status: 0 no finding at or above --fail-on")
                .contains("Show this help message and exit.");
    }
}
