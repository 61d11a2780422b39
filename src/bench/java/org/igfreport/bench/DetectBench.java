package org.igfreport.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.template.Detector;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Template detection alone (label matching against every built-in template, then the chosen
 * template's sections), on 64 generated ~5 KB Markdown reports read once: the part of a folder
 * check that the 2,000-report comparison with markdownlint-cli2 spends most in after parsing.
 * {@code readMarkdown} is the reading (commonmark-java's parse included) of the same reports.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DetectBench {

    private static final int N = 64;

    private final byte[][] markdown = new byte[N][];
    private final Document[] documents = new Document[N];
    private List<Template> templates;
    private int next;

    /** Generates and reads the reports. */
    @Setup
    public void setUp() {
        Corpus corpus = new Corpus(7);
        for (int i = 0; i < N; i++) {
            markdown[i] = corpus.report(corpus.template(), Corpus.Shape.MARKDOWN, 5000)
                    .getBytes(StandardCharsets.UTF_8);
            documents[i] = Readers.forName("report.md").read(markdown[i], "report.md", Limits.DEFAULTS);
        }
        templates = Templates.builtIn().all();
    }

    private int next() {
        next = (next + 1) & (N - 1);
        return next;
    }

    /** @return the detection of a Markdown report's template */
    @Benchmark
    public Detector.Detection detectMarkdown() {
        return Detector.detect(documents[next()], templates);
    }

    /** @return a Markdown report read (decoded and parsed) */
    @Benchmark
    public Document readMarkdown() {
        int i = next();
        return Readers.forName("report.md").read(markdown[i], "report.md", Limits.DEFAULTS);
    }
}
