package org.igfreport.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.read.Decoding;
import org.igfreport.text.Sentence;
import org.igfreport.text.SentenceSegmenter;
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
 * Checking one report of about 5 KB, per input format, against the floor: decoding the same
 * bytes and splitting them into sentences, which any checker of sentence counts must do. Each
 * benchmark cycles through the same 64 generated reports, so the ratio check/floor compares
 * like with like.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReportBench {

    private static final int N = 64;

    private final ReportValidator validator = ReportValidator.builder().build();
    private final byte[][] text = new byte[N][];
    private final byte[][] markdown = new byte[N][];
    private int next;

    /** Generates the reports: text in every text shape, and Markdown. */
    @Setup
    public void setUp() {
        Corpus corpus = new Corpus(7);
        Corpus.Shape[] textShapes = {Corpus.Shape.COLON, Corpus.Shape.OWN_LINE, Corpus.Shape.WRAPPED,
            Corpus.Shape.BULLETS, Corpus.Shape.TABLE};
        for (int i = 0; i < N; i++) {
            text[i] = corpus.report(corpus.template(), textShapes[i % textShapes.length], 5000)
                    .getBytes(StandardCharsets.UTF_8);
            markdown[i] = corpus.report(corpus.template(), Corpus.Shape.MARKDOWN, 5000)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private int next() {
        next = (next + 1) & (N - 1);
        return next;
    }

    /** @return the result of checking a text report */
    @Benchmark
    public ReportResult checkText() {
        return validator.validate(text[next()], "report.txt");
    }

    /** @return the result of checking a Markdown report */
    @Benchmark
    public ReportResult checkMarkdown() {
        return validator.validate(markdown[next()], "report.md");
    }

    /** @return the sentences of a text report: the floor for {@link #checkText()} */
    @Benchmark
    public List<Sentence> floorText() {
        return SentenceSegmenter.english().split(Decoding.decode(text[next()]).text());
    }

    /** @return the sentences of a Markdown report: the floor for {@link #checkMarkdown()} */
    @Benchmark
    public List<Sentence> floorMarkdown() {
        return SentenceSegmenter.english().split(Decoding.decode(markdown[next()]).text());
    }

    private static final org.commonmark.parser.Parser COMMONMARK = org.commonmark.parser.Parser.builder().build();

    /**
     * @return the sentences of a Markdown report after commonmark-java has parsed it: the floor
     *         for {@link #checkMarkdown()} when reading Markdown includes parsing it
     */
    @Benchmark
    public List<Sentence> floorMarkdownParsed() {
        String text = Decoding.decode(markdown[next()]).text();
        COMMONMARK.parse(text);
        return SentenceSegmenter.english().split(text);
    }
}
