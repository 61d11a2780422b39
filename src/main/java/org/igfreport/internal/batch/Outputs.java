package org.igfreport.internal.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.igfreport.ReportResult;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.output.Format;
import org.igfreport.internal.output.ReportWriter;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.Summary;
import org.igfreport.internal.output.WriterOptions;

/**
 * The outputs of one run ({@code --output FORMAT=FILE}, repeated; the Maven goal's {@code outputs}):
 * one writer per output, fed the same reports in the same order, each file written atomically
 * ({@link AtomicOutput}) and committed only when the whole run was written, at most one output
 * on standard output. The formats are {@link Format}'s.
 */
public final class Outputs implements AutoCloseable {

    /**
     * One output.
     *
     * @param format its format
     * @param file the file, as the user named it, or {@code null} for standard output
     */
    public record Target(Format format, String file) {
    }

    private final List<AtomicOutput> files = new ArrayList<>();
    private final List<ReportWriter> writers = new ArrayList<>();
    private final OutputStream stdout;

    /**
     * Opens every output (the files' temporary files).
     *
     * @param targets the outputs, in order
     * @param base the folder relative file names are relative to
     * @param stdout standard output
     * @param terminal the options of the output on standard output (colour)
     * @param quiet whether to leave out everything but the findings
     * @throws BatchException when a file cannot be written
     */
    public Outputs(List<Target> targets, Path base, OutputStream stdout, WriterOptions terminal, boolean quiet) {
        this.stdout = stdout;
        try {
            for (Target t : targets) {
                // a loop, not a stream: its lambdas are call sites linked when a cold JVM starts
                List<String> elsewhere = new ArrayList<>();
                for (Target o : targets) {
                    if (o != t && o.file() != null) {
                        elsewhere.add(o.file());
                    }
                }
                if (t.file() == null) {
                    writers.add(t.format().writer(stdout, new WriterOptions(terminal.color(), quiet, elsewhere)));
                } else {
                    AtomicOutput file = new AtomicOutput(base.resolve(t.file()));
                    files.add(file);
                    writers.add(t.format().writer(file.stream(), new WriterOptions(false, quiet, elsewhere)));
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** @return one writer that writes to every output */
    public ReportWriter writer() {
        return new ReportWriter() {
            @Override
            public void begin(Run run) throws IOException {
                for (ReportWriter w : writers) {
                    w.begin(run);
                }
            }

            @Override
            public void report(ReportResult result) throws IOException {
                for (ReportWriter w : writers) {
                    w.report(result);
                }
            }

            @Override
            public void end(Summary summary) throws IOException {
                for (ReportWriter w : writers) {
                    w.end(summary);
                }
            }
        };
    }

    /**
     * Flushes standard output and moves every finished file over its target.
     *
     * @throws IOException when standard output cannot be flushed
     * @throws BatchException when a file cannot be moved there
     */
    public void commit() throws IOException {
        stdout.flush();
        for (AtomicOutput f : files) {
            f.commit();
        }
    }

    /** Removes the temporary files of the outputs not committed. */
    @Override
    public void close() {
        for (AtomicOutput f : files) {
            f.close();
        }
    }

    /**
     * Reads the values of {@code --output}: {@code FORMAT=FILE} (that format to that file),
     * {@code FORMAT} (that format to standard output), or {@code FILE} (the {@code --format} output
     * to that file, as a single {@code -o FILE} always did). The {@code --format} output (text when
     * not named) goes to standard output unless a {@code FILE} took it or another output goes there.
     * At most one output goes to standard output, a file takes one output, and {@code FILE} may be
     * given once.
     *
     * @param values the values, in order (none: the {@code --format} output on standard output)
     * @param primary the {@code --format} format (text when not named)
     * @param named whether {@code --format} was named
     * @return the outputs, in order
     * @throws BatchException when the values do not make a valid set of outputs
     */
    public static List<Target> parse(List<String> values, Format primary, boolean named) {
        List<Target> out = new ArrayList<>();
        boolean plainFile = false;
        for (String v : values == null ? List.<String>of() : values) {
            int eq = v.indexOf('=');
            Format f = eq > 0 ? Format.of(v.substring(0, eq)).orElse(null) : null;
            if (f != null) {
                String file = v.substring(eq + 1);
                if (file.isEmpty()) {
                    throw new BatchException(Texts.format("output.no-file", v));
                }
                out.add(new Target(f, file));
            } else if (Format.of(v).isPresent()) {
                out.add(new Target(Format.of(v).get(), null));
            } else {
                if (plainFile) {
                    throw new BatchException(Texts.format("output.plain-twice", v));
                }
                plainFile = true;
                out.add(new Target(primary, v));
            }
        }
        // a loop, not streams: this runs at every cold start (see BENCHMARKS.md)
        int toStdout = 0;
        boolean primaryToStdout = false;
        for (Target t : out) {
            if (t.file() == null) {
                toStdout++;
                primaryToStdout |= t.format() == primary;
            }
        }
        if (!plainFile && toStdout == 0) {
            out.add(0, new Target(primary, null));
        } else if (!plainFile && named && !primaryToStdout) {
            throw new BatchException(Texts.format("output.two-on-stdout", primary.id()));
        }
        if (toStdout > 1) {
            throw new BatchException(Texts.format("output.two-on-stdout", primary.id()));
        }
        Set<String> seen = new HashSet<>();
        for (Target t : out) {
            if (t.file() != null && !seen.add(Path.of(t.file()).normalize().toString())) {
                throw new BatchException(Texts.format("output.file-twice", t.file()));
            }
        }
        return out;
    }
}
