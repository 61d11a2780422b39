package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hard-wrapped renderings of a Word report (its PDF by LibreOffice, that PDF as text by
 * {@code pdftotext} default, {@code -raw} and {@code -layout}, LibreOffice's text export) give the
 * Word file's findings: rule, section and severity, and the exit status. The fixtures and the
 * script that made them are in src/test/resources/wrapped-text (see its README).
 */
class WrappedTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final Path DIR = Path.of("src/test/resources/wrapped-text");

    /**
     * Findings the text cannot decide: in wrapped-compliant the second discussion paragraph ends
     * on a full line ("... rarely ever have." with "Finally" too long for the rest of the line),
     * so in hard-wrapped text without blank lines its end cannot be told from a sentence that ends
     * at a line end. The text renderings report "about 2 paragraphs", and say it was counted from
     * line lengths.
     */
    private static final Set<String> UNCERTAIN = Set.of("wrapped-compliant paragraph-count discussions WARNING");

    /** The sections of the two-column table whose text this work reads; the one-line fields of
     *  {@code -raw} text ("Date 19 December 2017") are the column splitter's part. */
    private static final Set<String> BODY = Set.of("speakers", "key_issues", "presentations", "discussions",
            "way_forward");

    @TestFactory
    Stream<DynamicTest> labelsOnTheirOwnLines() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String report : List.of("wrapped-compliant", "wrapped-defective", "wrapped-plain")) {
            String source = report + "-flow";
            for (String ext : List.of("pdf", "lo.txt", "raw.txt", "pdftotext.txt", "layout.txt")) {
                tests.add(DynamicTest.dynamicTest(source + "." + ext, () -> same(report, source, ext, null)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> twoColumnTable() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String report : List.of("wrapped-compliant", "wrapped-defective", "wrapped-plain")) {
            tests.add(DynamicTest.dynamicTest(report + ".lo.txt", () -> same(report, report, "lo.txt", null)));
            tests.add(DynamicTest.dynamicTest(report + ".raw.txt (body sections)",
                    () -> same(report, report, "raw.txt", BODY)));
        }
        // the table PDFs with the PDF reader (wrapped-compliant.pdf: the reader takes the full-line
        // paragraph end for a soft break, a PDF reader matter)
        for (String report : List.of("wrapped-defective", "wrapped-plain")) {
            tests.add(DynamicTest.dynamicTest(report + ".pdf", () -> same(report, report, "pdf", null)));
        }
        return tests.stream();
    }

    private static void same(String report, String source, String ext, Set<String> sections) {
        ReportResult word = VALIDATOR.validate(DIR.resolve(source + ".docx"));
        ReportResult other = VALIDATOR.validate(DIR.resolve(source + "." + ext));
        assertThat(word.template()).isEqualTo("igf-2017-workshop");
        assertThat(other.template()).isEqualTo(word.template());
        Set<String> expected = findings(report, word, sections);
        Set<String> actual = findings(report, other, sections);
        assertThat(actual).isEqualTo(expected);
        if (sections == null) {
            assertThat(other.failsAt(Severity.ERROR)).as("exit status").isEqualTo(word.failsAt(Severity.ERROR));
        }
        for (Finding f : other.findings()) {
            if (UNCERTAIN.contains(report + " " + f.rule() + " " + f.section() + " " + f.severity())) {
                assertThat(f.message()).as("an uncertain count says so").contains("counted from line lengths");
            }
        }
    }

    private static Set<String> findings(String report, ReportResult r, Set<String> sections) {
        Set<String> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            String key = f.rule() + " " + f.section() + " " + f.severity();
            if ((sections == null || sections.contains(f.section())) && !UNCERTAIN.contains(report + " " + key)) {
                out.add(key);
            }
        }
        return out;
    }
}
