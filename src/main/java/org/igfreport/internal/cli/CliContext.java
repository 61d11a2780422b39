package org.igfreport.internal.cli;

import java.io.IOException;
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

    /**
     * Writes a command's output: to standard output when {@code output} is null, else atomically to
     * that file, which must not exist yet (nothing the user has is overwritten).
     *
     * @param output the file named by {@code -o}, relative to the working folder, or null
     * @param bytes what to write
     * @throws IOException when it cannot be written
     */
    void writeNew(Path output, byte[] bytes) throws IOException {
        if (output == null) {
            out().write(bytes);
            out().flush();
            return;
        }
        Path target = cwd().resolve(output);
        if (java.nio.file.Files.exists(target)) {
            throw new UsageException(org.igfreport.internal.base.Texts.format("cli.output-exists", output));
        }
        try (org.igfreport.internal.batch.AtomicOutput file = new org.igfreport.internal.batch.AtomicOutput(target)) {
            file.stream().write(bytes);
            file.commit();
        }
    }
}
