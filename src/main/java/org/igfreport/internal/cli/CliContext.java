package org.igfreport.internal.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The streams and working folder a command runs with, so that tests can run the CLI in-process.
 *
 * @param in standard input (for {@code sentences -})
 * @param out standard output
 * @param err standard error
 * @param cwd the working folder: relative paths, the default configuration file and SARIF URIs are relative to it
 */
record CliContext(InputStream in, PrintStream out, PrintStream err, Path cwd) {

    /** @return a UTF-8 writer on standard output, whatever the platform's charset (flush it when done) */
    PrintWriter text() {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
