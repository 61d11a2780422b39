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
 * Hostile sizes, each checked once per iteration: a 5 MB report (many sections' worth of prose)
 * and a 10 MB report on a single line. Target: each under a second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LargeBench {

    /** Which input. */
    @Param({"report-5MB.txt", "line-10MB.txt", "report-5MB.md"})
    public String input;

    private final ReportValidator validator = ReportValidator.builder()
            .limits(org.igfreport.Limits.DEFAULTS).build();
    private byte[] bytes;

    /** Builds the input. */
    @Setup
    public void setUp() {
        Corpus corpus = new Corpus(3);
        String text = switch (input) {
            case "report-5MB.txt" -> corpus.report(corpus.template(), Corpus.Shape.OWN_LINE, 5_000_000);
            case "report-5MB.md" -> corpus.report(corpus.template(), Corpus.Shape.MARKDOWN, 5_000_000);
            default -> corpus.report(corpus.template(), Corpus.Shape.COLON, 10_000_000).replace('\n', ' ');
        };
        bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the result */
    @Benchmark
    public ReportResult check() {
        return validator.validate(bytes, input);
    }
}
