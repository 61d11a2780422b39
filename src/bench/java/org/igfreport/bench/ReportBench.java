package org.igfreport.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.extract.Extractor;
import org.igfreport.internal.read.Decoding;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.template.Templates;
import org.igfreport.internal.text.Sentence;
import org.igfreport.internal.text.SentenceSegmenter;
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
 * Checking one report of about 5 KB, per input format (text in five shapes, Markdown, and YAML and
 * JSON as the {@code extract} command writes them), against the floor: decoding the same bytes
 * and splitting them into sentences, which any checker of sentence counts must do. Each
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
    private final byte[][] yaml = new byte[N][];
    private final byte[][] json = new byte[N][];
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
        // structured reports: the same kind of reports, as the extract command writes them
        Corpus structured = new Corpus(11);
        for (int i = 0; i < N; ) {
            String report = structured.report(structured.template(), Corpus.Shape.COLON, 5000);
            Document doc = Readers.forName("r.txt").read(report.getBytes(StandardCharsets.UTF_8), "r.txt",
                    Limits.DEFAULTS);
            try {
                yaml[i] = Extractor.extract(doc, Templates.builtIn().all(), Extractor.Format.YAML)
                        .getBytes(StandardCharsets.UTF_8);
                json[i] = Extractor.extract(doc, Templates.builtIn().all(), Extractor.Format.JSON)
                        .getBytes(StandardCharsets.UTF_8);
                i++;
            } catch (Extractor.ExtractException e) {
                // a generated defect made it unrecognisable: take the next report
            }
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

    /** @return the result of checking a YAML report */
    @Benchmark
    public ReportResult checkYaml() {
        return validator.validate(yaml[next()], "report.yaml");
    }

    /** @return the result of checking a JSON report */
    @Benchmark
    public ReportResult checkJson() {
        return validator.validate(json[next()], "report.json");
    }

    /** @return the sentences of a YAML report: the floor for {@link #checkYaml()} */
    @Benchmark
    public List<Sentence> floorYaml() {
        return SentenceSegmenter.english().split(Decoding.decode(yaml[next()]).text());
    }

    /** @return the sentences of a JSON report: the floor for {@link #checkJson()} */
    @Benchmark
    public List<Sentence> floorJson() {
        return SentenceSegmenter.english().split(Decoding.decode(json[next()]).text());
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
