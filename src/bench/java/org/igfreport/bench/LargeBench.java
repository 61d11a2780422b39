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
 * Hostile sizes, each checked once per iteration: a 5 MB report (many sections' worth of prose),
 * a 10 MB report on a single line, and 10 MB YAML reports (one long discussion; about 100,000
 * one-line key issues) and the same list as JSON. Target: each under a second. The heap is fixed
 * and touched up front, so that the figures are the check's and not the growth of the heap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class LargeBench {

    /** Which input. */
    @Param({"report-5MB.txt", "line-10MB.txt", "report-5MB.md", "prose-10MB.yaml", "items-10MB.yaml", "items-10MB.json"})
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
            case "prose-10MB.yaml" -> yaml(false);
            case "items-10MB.yaml" -> yaml(true);
            case "items-10MB.json" -> json();
            default -> corpus.report(corpus.template(), Corpus.Shape.COLON, 10_000_000).replace('\n', ' ');
        };
        bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    /** A 10 MB YAML report: one discussion of many paragraphs, or a list of short key issues. */
    private static String yaml(boolean items) {
        StringBuilder sb = new StringBuilder("template: igf-2017-workshop\nsession_title: Big\ndate: 19 December 2017\n"
                + "time: 10:00-11:00\norganizer: ISOC\nmoderator: Jane Doe\nrapporteur: John Smith\n"
                + "speakers:\n  - A (B)\n");
        String sentence = "Participants discussed how community networks connect people where operators do not invest.";
        if (items) {
            sb.append("key_issues:\n");
            while (sb.length() < 10_000_000) {
                sb.append("  - ").append(sentence).append('\n');
            }
        } else {
            sb.append("key_issues:\n  - One issue.\ndiscussions: |\n");
            while (sb.length() < 10_000_000) {
                sb.append("  ").append(sentence).append(' ').append(sentence).append(' ').append(sentence).append("\n\n");
            }
        }
        return sb.toString();
    }

    /** The list of key issues of {@link #yaml(boolean)} as a JSON report of about 10 MB. */
    private static String json() {
        StringBuilder sb = new StringBuilder("{\"template\": \"igf-2017-workshop\", \"session_title\": \"Big\", "
                + "\"date\": \"19 December 2017\", \"time\": \"10:00-11:00\", \"organizer\": \"ISOC\", "
                + "\"moderator\": \"Jane Doe\", \"rapporteur\": \"John Smith\", \"speakers\": [\"A (B)\"], "
                + "\"key_issues\": [\n");
        String sentence = "Participants discussed how community networks connect people where operators do not invest.";
        while (sb.length() < 10_000_000) {
            sb.append("  \"").append(sentence).append("\",\n");
        }
        sb.append("  \"").append(sentence).append("\"\n]}\n");
        return sb.toString();
    }

    /** @return the result */
    @Benchmark
    public ReportResult check() {
        return validator.validate(bytes, input);
    }
}
