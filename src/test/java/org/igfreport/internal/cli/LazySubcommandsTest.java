package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line that names a subcommand first gets only that subcommand (picocli's reflection
 * over the other four is start-up time): what it prints and returns is the same as with all five.
 */
class LazySubcommandsTest {

    private static Cli run(boolean all, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), all);
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachSubcommandAloneBehavesAsAmongAll() {
        assertThat(Main.SUBCOMMANDS).containsExactly("check", "templates", "rules", "explain", "sentences", "extract", "init", "summary",
                "serve");
        for (String sub : Main.SUBCOMMANDS) {
            for (List<String> args : List.of(List.of(sub, "--help"), List.of(sub, "--version"), List.of(sub, "--no-such-option"),
                    List.of(sub, "no-such-file.txt"), List.of(sub, "-h", "x"))) {
                String[] a = args.toArray(String[]::new);
                assertThat(run(false, a)).as("%s", args).isEqualTo(run(true, a));
            }
        }
        assertThat(run(false, "templates").out()).contains("igf-2017-workshop");
        assertThat(run(false, "check", "--help").out()).startsWith("Usage: igf-report check ");
    }

    private static Cli runQuick(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionAndRulesAloneGoWithoutPicocliAndPrintWhatPicocliPrints() {
        assertThat(Main.quick(new String[] {"--version"})).isEqualTo("version");
        assertThat(Main.quick(new String[] {"-V"})).isEqualTo("version");
        assertThat(Main.quick(new String[] {"rules"})).isEqualTo("rules");
        for (String[] other : new String[][] {{}, {"--version", "x"}, {"rules", "--help"}, {"--locale", "fr", "rules"},
                {"check"}, {"--help"}}) {
            assertThat(Main.quick(other)).as("%s", List.of(other)).isNull();
        }
        for (String line : new String[] {"--version", "-V", "rules"}) {
            Cli quick = runQuick(line);
            assertThat(quick).as(line).isEqualTo(run(true, line));
            assertThat(quick.status()).isZero();
            assertThat(quick.err()).isEmpty();
        }
        // picocli's own settings take picocli's way
        System.setProperty("picocli.trace", "OFF");
        try {
            assertThat(Main.quick(new String[] {"--version"})).isNull();
        } finally {
            System.clearProperty("picocli.trace");
        }
        assertThat(runQuick("rules").out()).contains("sentences-per-item").hasLineCount(run(true, "rules").out().split("\n").length);
    }
}
