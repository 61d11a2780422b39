package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.igfreport.internal.read.OfficeFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The same report as text, Markdown, Word and PDF gives the same sections (items, paragraphs and
 * sentences per section) and the same findings (rule, section).
 */
class OfficeParityTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    @TestFactory
    Stream<DynamicTest> sameResultInEveryFormat() {
        return Stream.of("compliant", "defective").flatMap(kind -> {
            List<OfficeFixtures.Part> parts = kind.equals("compliant") ? OfficeFixtures.compliant()
                    : OfficeFixtures.defective();
            ReportResult text = VALIDATOR.validate(OfficeFixtures.text(parts).getBytes(StandardCharsets.UTF_8),
                    kind + ".txt");
            return Stream.of(
                    DynamicTest.dynamicTest(kind + " as Markdown", () -> same(text, VALIDATOR.validate(
                            OfficeFixtures.markdown(parts).getBytes(StandardCharsets.UTF_8), kind + ".md"))),
                    DynamicTest.dynamicTest(kind + " as Word", () -> same(text,
                            VALIDATOR.validate(OfficeFixtures.docx(parts), kind + ".docx"))),
                    DynamicTest.dynamicTest(kind + " as PDF", () -> same(text,
                            VALIDATOR.validate(OfficeFixtures.pdf(parts, false), kind + ".pdf"))),
                    DynamicTest.dynamicTest(kind + " as PDF with header and page numbers", () -> same(text,
                            VALIDATOR.validate(OfficeFixtures.pdf(parts, true), kind + ".pdf"))));
        });
    }

    /** Compares what is counted per section and the findings' (rule, section). */
    static void same(ReportResult expected, ReportResult actual) {
        Pipeline.noInternalError(expected);
        Pipeline.noInternalError(actual);
        assertThat(expected.template()).as("the text report is recognised").isNotNull();
        assertThat(actual.template()).isEqualTo(expected.template());
        assertThat(counts(actual)).isEqualTo(counts(expected));
        assertThat(findings(actual)).isEqualTo(findings(expected));
    }

    /** @return per section: items, paragraphs, sentences per item */
    static Map<String, String> counts(ReportResult r) {
        Map<String, String> out = new TreeMap<>();
        r.sections().forEach((id, s) -> out.put(id, "items=" + s.items() + " paragraphs=" + s.paragraphs()
                + " sentences=" + s.sentences()));
        return out;
    }

    /** @return the findings as sorted "rule section" strings */
    static List<String> findings(ReportResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.section()).sorted().toList();
    }
}
