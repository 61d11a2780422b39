package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

/** Line-oriented outputs: nothing in a path or a message can add a line or drive the terminal. */
class LineEscapingTest {

    private static final String PATH = "reports/a\n::error file=x.txt::injected\u001b[2J\u2028b.txt";
    private static final String MESSAGE = "The answer \"x\u001b[1A\u001b[2K\r::warning::y\u0085z\u2029\" is odd.";

    private static String write(Format format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWriter w = format.writer(bytes, WriterOptions.PLAIN);
        Finding f = new Finding("gender-summary", Severity.WARNING, null, MESSAGE, Location.START, "", null);
        w.begin(null);
        w.report(new ReportResult(PATH, "text", null, List.of(f), Map.of()));
        w.end(Summary.EMPTY);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertNoControls(String out) {
        for (String line : out.split("\n")) {
            for (char c : line.toCharArray()) {
                assertThat(Escapes.unsafe(c)).as("U+%04X in %s", (int) c, line).isFalse();
            }
        }
    }

    @Test
    void textShowsControlsAsVisibleEscapes() throws IOException {
        String out = write(Format.TEXT);
        assertThat(out.lines()).hasSize(3);
        assertThat(out.lines().toList().get(1)).startsWith("Rules found: gender-summary;");
        assertThat(out.lines()).noneMatch(l -> l.startsWith("::"));
        assertThat(out).contains("reports/a\\n::error file=x.txt::injected\\u001b[2J\\u2028b.txt:1:1: warning [gender-summary]")
                .contains("\"x\\u001b[1A\\u001b[2K ::warning::y\\u0085z\\u2029\"");
        assertNoControls(out);
    }

    @Test
    void githubEscapesAsTheToolkitDoesAndShowsOtherControls() throws IOException {
        String out = write(Format.GITHUB);
        assertThat(out.lines()).hasSize(2);
        String line = out.lines().findFirst().orElseThrow();
        assertThat(line).startsWith("::warning file=reports/a%0A%3A%3Aerror file=x.txt%3A%3Ainjected\\u001b[2J\\u2028b.txt,line=1,")
                .contains("::The answer \"x\\u001b[1A\\u001b[2K%0D::warning::y\\u0085z\\u2029\" is odd.");
        assertNoControls(out);
    }

    @Test
    void proseJoinsLinesAndEscapesTheRest() {
        assertThat(Escapes.prose("a  \r\n\t b\u001bc")).isEqualTo("a b\\u001bc");
        assertThat(Escapes.visible("tab\there")).isEqualTo("tab\\there");
        assertThat(Escapes.visible("plain é ü")).isEqualTo("plain é ü");
    }
}
