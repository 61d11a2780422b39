package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Text extracted from a PDF by {@code pdftotext} (default, {@code -layout}, {@code -raw}) gives
 * the same findings as the Word file the PDF was made from, for label cells aligned to the top
 * and centred. The fixtures are in {@code src/test/resources/extracted-text/} (see its README).
 */
class ExtractedTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final List<String> SOURCES = List.of("r2017-compliant", "r2016-defective", "r2015-compliant");

    /**
     * The shapes read today. {@code pdftotext}'s default output of these tables is left out: it
     * prints the whole label column, then the whole answer column, and the answers cannot be
     * paired with their labels (see the README).
     */
    private static final List<String> SHAPES = List.of("layout", "raw");

    @TestFactory
    Stream<DynamicTest> extractedTextGivesTheWordFilesFindings() {
        return SOURCES.stream().flatMap(source -> Stream.of("top", "centred").flatMap(align -> {
            String base = source + "-" + align;
            ReportResult word = VALIDATOR.validate(bytes(base + ".docx"), base + ".docx");
            return SHAPES.stream().map(shape -> DynamicTest.dynamicTest(base + " " + shape, () -> {
                String name = base + "." + shape + ".txt";
                ReportResult text = VALIDATOR.validate(bytes(name), name);
                assertThat(word.template()).as("the Word file is recognised").isNotNull();
                assertThat(text.template()).isEqualTo(word.template());
                assertThat(findings(text)).as(name).isEqualTo(findings(word));
                assertThat(counts(text)).as(name).isEqualTo(counts(word));
            }));
        }));
    }

    @Test
    void theWordFilesGiveTheirSourcesFindings() {
        assertThat(findings(VALIDATOR.validate(bytes("r2017-compliant-top.docx"), "a.docx"))).isEmpty();
        assertThat(findings(VALIDATOR.validate(bytes("r2016-defective-centred.docx"), "a.docx"))).contains(
                "section-empty rapporteur error");
    }

    /**
     * A 2016 report as a document-sharing site shows it: each table row on one line, label and
     * answer separated by one space. All fields are filled: no section is missing.
     */
    @Test
    void aReportWithLabelAndAnswerSeparatedByOneSpaceHasNoSectionMissing() {
        ReportResult r = VALIDATOR.validate(bytes("docsite-2016.txt"), "docsite-2016.txt");
        assertThat(r.template()).isEqualTo("igf-2016-workshop");
        assertThat(findings(r)).noneMatch(f -> f.startsWith("section-"));
        assertThat(r.sections()).containsKeys("session_title", "date", "time", "organizer", "moderator", "rapporteur",
                "speakers", "key_issues", "presentations", "discussions", "way_forward");
        assertThat(r.sections().get("date").items()).isEqualTo(1);
        assertThat(r.sections().get("key_issues").items()).isEqualTo(3);
    }

    /**
     * The 2018 online form matches only the header fields of the older templates: not a report on
     * them, but on the 2018 session template, complete and with each speaker's gender.
     */
    @Test
    void aFormWithOnlyTheHeaderFieldsIsAReportOnThe2018Template() {
        ReportResult r = VALIDATOR.validate(bytes("form-2018.txt"), "form-2018.txt");
        assertThat(r.template()).isEqualTo("igf-2018-session");
        assertThat(r.findings()).isEmpty();
        assertThat(r.sections()).containsKeys("session_type", "session_title", "date_time", "organizer", "moderator",
                "rapporteur", "speakers");
        assertThat(r.sections().get("speakers").items()).isEqualTo(4);
    }

    static List<String> findings(ReportResult r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.rule() + " " + f.section() + " " + f.severity().name().toLowerCase()).sorted().toList();
    }

    /**
     * @return per section: its items, and the paragraphs of the title and the prose sections,
     *     which show which lines went to which section. (The paragraphs of list sections in
     *     hard-wrapped text are not this test's business: items are counted from lines there.)
     */
    static java.util.Map<String, String> counts(ReportResult r) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        r.sections().forEach((id, s) -> out.put(id, "items=" + s.items()
                + (PROSE.contains(id) ? " paragraphs=" + s.paragraphs() : "")));
        return out;
    }

    private static final java.util.Set<String> PROSE = java.util.Set.of("session_title", "discussions", "way_forward");

    static byte[] bytes(String name) {
        try (InputStream in = ExtractedTextTest.class.getResourceAsStream("/extracted-text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
