package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

/**
 * The outputs for CI services: the GitHub annotations held to what GitHub shows per step, with one
 * notice counting the rest and saying where they are; the Markdown summary (counts per rule and per
 * report, then the findings, report text escaped); the text output naming the rules found..
 */
class CiOutputsTest {

    /** One report with {@code n} findings of each severity. */
    private static ReportResult many(int n) {
        List<Finding> fs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            fs.add(new Finding("sentences-per-item", Severity.ERROR, "key_issues", "e" + i, Location.of(i, 1, 2), "", null));
            fs.add(new Finding("paragraph-count", Severity.WARNING, "discussions", "w" + i, Location.of(i, 1, 2), "", null));
            fs.add(new Finding("date-format", Severity.INFO, "date", "i" + i, Location.of(i, 1, 2), "", null));
        }
        return new ReportResult("reports/big.txt", "text", "igf-2017-workshop", fs, Map.of());
    }

    private static String write(ReportWriter w, ByteArrayOutputStream out, ReportResult... results) throws Exception {
        Run run = Samples.run(Severity.ERROR);
        w.begin(run);
        Summary s = Summary.EMPTY;
        for (ReportResult r : results) {
            w.report(r);
            s = s.plus(r);
        }
        w.end(s);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void githubShowsTenErrorsTenWarningsAndOneNoticeCountingTheRest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = write(new GithubWriter(out, new WriterOptions(false, true, List.of("igf-report.sarif"))), out, many(14));
        List<String> lines = text.lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::warning "))).hasSize(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::notice "))).as("9 infos and the count").hasSize(10);
        String last = lines.get(lines.size() - 1);
        assertThat(last).startsWith("::notice title=").contains("::13 more findings (4 errors, 4 warnings, 5 infos)")
                .contains("GitHub shows 10 of each kind per step").contains("See igf-report.sarif.");
    }

    @Test
    void githubWithoutHeldBackFindingsAddsNoNoticeAndNamesAnotherFormatOtherwise() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(write(new GithubWriter(out, new WriterOptions(false, true)), out, many(9))).doesNotContain("more findings");
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        assertThat(write(new GithubWriter(out2, new WriterOptions(false, true)), out2, many(11)))
                .contains("::4 more findings (1 errors, 1 warnings, 2 infos)").contains("--format text");
    }

    @Test
    void markdownCountsPerRuleAndReportThenListsTheFindings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String md = write(new MarkdownWriter(out), out, Samples.report(), Samples.unrecognized(), Samples.clean());
        assertThat(md).startsWith("## igf-report: 2 errors, 1 warning, 1 info in 3 reports\n\n| Rule | Errors | Warnings | Infos |\n");
        assertThat(md).contains("| [sentences-per-item](" + RulePages.uri("sentences-per-item") + ") | 1 | 0 | 0 |")
                .contains("| [input-unreadable](" + RulePages.uri("input-unreadable") + ") | 1 | 0 | 0 |")
                .contains("| reports/ws 42.txt | igf-2017-workshop | 1 | 1 | 1 |")
                .contains("| other/scan.pdf |  | 1 | 0 | 0 |")
                .contains("1 report without findings.")
                .contains("| other/scan.pdf | 1 (page 2) | error | [input-unreadable]");
        // report text cannot open HTML, a link or a new table cell, nor a new line
        assertThat(md).contains("Discussions has 2 paragraphs, 100% of 3: a, b second line");
        assertThat(MarkdownWriter.md("<img src=x> [a](javascript:x) | b\n# c")).isEqualTo(
                "\\<img src=x\\> \\[a\\](javascript:x) \\| b \\# c");
    }

    @Test
    void markdownWithoutFindingsSaysSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(write(new MarkdownWriter(out), out, Samples.clean()))
                .isEqualTo("## igf-report: 0 errors, 0 warnings, 0 infos in 1 report\n\nNo findings.\n");
    }

    @Test
    void markdownListsAtMostItsRowsAndCountsTheRest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String md = write(new MarkdownWriter(out), out, many(200));
        assertThat(md.lines().filter(l -> l.startsWith("| reports/big.txt | "))).hasSize(MarkdownWriter.MAX_ROWS + 1);
        assertThat(md).contains("100 more findings not listed here");
    }

    @Test
    void textNamesTheRulesFoundAndHowToReadAboutThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = write(new TextWriter(out, WriterOptions.PLAIN), out, Samples.report(), Samples.clean());
        assertThat(text.lines().toList()).element(3).isEqualTo(
                "Rules found: template-unrecognized, sentences-per-item, paragraph-count; igf-report explain RULE tells what a"
                        + " rule asks and how to fix it.");
        ByteArrayOutputStream clean = new ByteArrayOutputStream();
        assertThat(write(new TextWriter(clean, WriterOptions.PLAIN), clean, Samples.clean())).doesNotContain("Rules found");
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        assertThat(write(new TextWriter(quiet, new WriterOptions(false, true)), quiet, Samples.report())).doesNotContain("Rules found");
    }
}
