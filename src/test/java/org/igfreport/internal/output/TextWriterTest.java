package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

class TextWriterTest {

    private static String write(WriterOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new TextWriter(out, options), Samples.run(Severity.ERROR));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneCompilerStyleLinePerFindingThenTheSummary() throws Exception {
        assertThat(write(WriterOptions.PLAIN).split("\n")).containsExactly(
                "reports/ws 42.txt:1:1: info [template-unrecognized] A remark on the whole document.",
                "reports/ws 42.txt:35:1: error [sentences-per-item] Key issue 1 has 2 sentences; the template asks for 1 sentence per issue.",
                "reports/ws 42.txt:40:1: warning [paragraph-count] Discussions has 2 paragraphs, 100% of 3: a, b second line",
                "other/scan.pdf:1:1: error [input-unreadable] No text layer. (page 2)",
                "Rules found: template-unrecognized, sentences-per-item, paragraph-count, input-unreadable; igf-report explain"
                        + " RULE tells what a rule asks and how to fix it.",
                "2 errors, 1 warning, 1 info in 3 reports");
    }

    @Test
    void quietLeavesOutTheSummary() throws Exception {
        assertThat(write(new WriterOptions(false, true))).doesNotContain(" in 3 reports").contains("[input-unreadable]");
    }

    @Test
    void colourOnlyWhenAsked() throws Exception {
        assertThat(write(WriterOptions.PLAIN)).doesNotContain("\u001b[");
        assertThat(write(new WriterOptions(true, false))).contains("\u001b[1;31merror\u001b[0m");
    }

    @Test
    void summaryCountsInPlainEnglish() {
        assertThat(Summary.EMPTY.sentence()).isEqualTo("0 errors, 0 warnings, 0 infos in 0 reports");
        assertThat(new Summary(1, 3, 1, 0).sentence()).isEqualTo("3 errors, 1 warning, 0 infos in 1 report");
    }
}
