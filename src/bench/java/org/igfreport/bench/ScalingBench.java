package org.igfreport.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same kind of report at 1× and 10× its size (5 KB and 50 KB, the prose sections grown):
 * the time should grow about linearly (the target: at most 12× for 10×).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScalingBench {

    private static final int N = 16;

    /** The size factor. */
    @Param({"1", "10"})
    public int scale;

    /** The file name (its extension picks the reader). */
    @Param({"report.txt", "report.md"})
    public String name;

    private final ReportValidator validator = ReportValidator.builder().build();
    private final byte[][] reports = new byte[N][];
    private int next;

    /** Generates the reports: the same seed at every scale, so only the size differs. */
    @Setup
    public void setUp() {
        Corpus corpus = new Corpus(11);
        Corpus.Shape[] shapes = name.endsWith(".md") ? new Corpus.Shape[] {Corpus.Shape.MARKDOWN}
                : new Corpus.Shape[] {Corpus.Shape.COLON, Corpus.Shape.OWN_LINE, Corpus.Shape.WRAPPED,
                    Corpus.Shape.BULLETS, Corpus.Shape.TABLE};
        for (int i = 0; i < N; i++) {
            reports[i] = corpus.report(corpus.template(), shapes[i % shapes.length], 5000 * scale)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** @return the result */
    @Benchmark
    public ReportResult check() {
        next = (next + 1) & (N - 1);
        return validator.validate(reports[next], name);
    }
}
