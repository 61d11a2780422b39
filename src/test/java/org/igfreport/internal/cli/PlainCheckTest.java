package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The common command line {@code check [--format ID] PATH...} is read without picocli
 * ({@link CheckCommand#plain}): on every command line below, what {@link Main#run} prints and
 * returns is what picocli's parse of the same line gives, and the lines that should take the
 * short way do (the others are left to picocli).
 */
class PlainCheckTest {

    private static final String TXT = "seeds/002_ea2340172add3216.txt";

    private static Cli run(boolean picocli, String... args) {
        return run(new byte[0], picocli, args);
    }

    private static Cli run(byte[] stdin, boolean picocli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(stdin);
        int status = picocli ? Main.run(args, in, o, e, true) : Main.run(args, in, o, e);
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static boolean plain(List<String> args) {
        CliContext ctx = new CliContext(System.in, System.out, System.err, Path.of("").toAbsolutePath());
        return CheckCommand.plain(args.toArray(String[]::new), ctx) != null;
    }

    @Test
    void plainCommandLinesRunAsPicocliRunsThem() {
        List<List<String>> plain = new ArrayList<>(List.of(
                List.of("check", TXT),
                List.of("check", "seeds"),
                List.of("check", TXT, "seeds/000_b8681fb40b29323f.txt", "examples/reports/compliant.yaml"),
                List.of("check", "--format", "json", TXT),
                List.of("check", "--format=sarif", TXT),
                List.of("check", TXT, "--format", "junit"),
                List.of("check", "--format", "JSON", TXT),
                List.of("check", "--format", "github", "examples/reports"),
                List.of("check", "--format=html", "examples/reports/compliant.json"),
                List.of("check", "no-such-file.txt"),
                List.of("check", "--format", "json", "no-such-file.txt"),
                List.of("check", "check"),
                List.of("check", "seeds/README.md", "x y.txt", "a=b"),
                List.of("check", "--fail-on", "never", TXT),
                List.of("check", "--fail-on=warning", TXT),
                List.of("check", "--format", "json", "--fail-on", "never", "seeds"),
                List.of("check", "seeds", "--fail-on", "info", "--format=sarif"),
                List.of("check", "--fail-on", "bogus", TXT),
                List.of("check", "--fail-on", "ERROR", TXT),
                List.of("check", "-", TXT),
                List.of("check", "-"),
                List.of("check", "-", "--stdin-filename", "x.txt"),
                List.of("check", "--stdin-filename=report.md", "--format", "json", "-"),
                List.of("check", "--stdin-filename", "x.yaml", "-", "--fail-on", "never"),
                List.of("check", "--stdin-filename", "x.txt", TXT),
                List.of("check", "--stdin-filename", "x.txt", "-", "-")));
        for (String f : List.of("text", "json", "sarif", "junit", "github", "html")) {
            plain.add(List.of("check", "--format", f, "seeds"));
        }
        List<List<String>> picocliOnly = List.of(
                List.of("check"),
                List.of("check", "--format", "json"),
                List.of("check", "--format"),
                List.of("check", TXT, "--format"),
                List.of("check", "--format", "xml", TXT),
                List.of("check", "--format=", TXT),
                List.of("check", "--format", "json", "--format", "text", TXT),
                List.of("check", "--format", "-q", TXT),
                List.of("check", "--format", "@x", TXT),
                List.of("check", "-q", TXT),
                List.of("check", "--quiet", TXT),
                List.of("check", "--help"),
                List.of("check", "-h", TXT),
                List.of("check", "--version"),
                List.of("check", "--", "--help"),
                List.of("check", "--no-such-option", TXT),
                List.of("check", "@no-such-args-file"),
                List.of("check", "", TXT),
                List.of("check", "--stdin-filename", "a.txt", "--stdin-filename", "b.txt", "-"),
                List.of("check", "--stdin-filename=", "-"),
                List.of("check", "--stdin-filename", "-x.txt", "-"),
                List.of("check", "--stdin-filename", "@x.txt", "-"),
                List.of("check", "-", "--stdin-filename"),
                List.of("check", "--fail-on", "never", "--fail-on", "error", TXT),
                List.of("check", "--fail-on=", TXT),
                List.of("check", "--fail-on", "-q", TXT),
                List.of("check", "--fail-on", "@x", TXT),
                List.of("check", TXT, "--fail-on"),
                List.of("check", "--fail-ons", "never", TXT),
                List.of("check", "--formats", "json", TXT),
                List.of("templates"),
                List.of("rules", TXT),
                List.of("--help"),
                List.of());
        for (List<String> args : plain) {
            assertThat(plain(args)).as("read without picocli: %s", args).isTrue();
            String[] a = args.toArray(String[]::new);
            assertThat(run(false, a)).as("%s", args).isEqualTo(run(true, a));
        }
        byte[] report;
        try {
            report = java.nio.file.Files.readAllBytes(Path.of(TXT));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (List<String> args : plain) {
            if (args.contains("-")) {
                String[] a = args.toArray(String[]::new);
                Cli viaPlain = run(report, false, a);
                assertThat(viaPlain).as("standard input: %s", args).isEqualTo(run(report, true, a));
                assertThat(viaPlain.out() + viaPlain.err()).as("%s", args).isNotEmpty();
            }
        }
        for (List<String> args : picocliOnly) {
            assertThat(plain(args)).as("left to picocli: %s", args).isFalse();
            String[] a = args.toArray(String[]::new);
            assertThat(run(false, a)).as("%s", args).isEqualTo(run(true, a));
        }
    }

    @Test
    void aPicocliSystemPropertyLeavesTheCommandLineToPicocli() {
        System.setProperty("picocli.trimQuotes", "false");
        try {
            assertThat(plain(List.of("check", TXT))).isFalse();
        } finally {
            System.clearProperty("picocli.trimQuotes");
        }
        assertThat(plain(List.of("check", TXT))).isTrue();
    }
}
