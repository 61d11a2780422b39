package org.igfreport.internal.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What one in-process run of the CLI gave.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
record Cli(int status, String out, String err) {

    /** Runs {@code igf-report ARGS} with empty standard input. */
    static Cli run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code igf-report ARGS} with the given standard input. */
    static Cli runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** @return whether standard error is one line with no stack trace */
    boolean oneErrorLine() {
        return err.startsWith("igf-report: ") && err.strip().lines().count() == 1 && !err.contains("\tat ");
    }
}
