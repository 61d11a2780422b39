package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

class GithubWriterTest {

    @Test
    void oneWorkflowCommandPerFindingThenTheSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new GithubWriter(out, WriterOptions.PLAIN), Samples.run(Severity.ERROR));
        assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
                "::notice file=reports/ws 42.txt,line=1,col=1,title=[template-unrecognized]::A remark on the whole document.",
                "::error file=reports/ws 42.txt,line=35,col=1,title=[sentences-per-item]::Key issue 1 has 2 sentences; the template asks for 1 sentence per issue.",
                "::warning file=reports/ws 42.txt,line=40,col=1,title=[paragraph-count]::Discussions has 2 paragraphs, 100%25 of 3: a, b%0Asecond line",
                "::error file=other/scan.pdf,line=1,col=1,title=[input-unreadable]::No text layer. (page 2)",
                "2 errors, 1 warning, 1 info in 3 reports");
    }

    @Test
    void escapesAsGithubsToolkitDoes() {
        assertThat(GithubWriter.data("50% done\r\nnext: a, b")).isEqualTo("50%25 done%0D%0Anext: a, b");
        assertThat(GithubWriter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
        Finding f = new Finding("date-format", Severity.WARNING, "date", "bad", Location.of(3, 4, 5), "", null);
        assertThat(GithubWriter.command("C:dir/a,b.txt", f))
                .isEqualTo("::warning file=C%3Adir/a%2Cb.txt,line=3,col=4,title=[date-format]::bad");
    }

    @Test
    void quietLeavesOutTheSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new GithubWriter(out, new WriterOptions(false, true)), Samples.run(Severity.ERROR));
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).allMatch(l -> l.startsWith("::"));
    }
}
