package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;
import org.igfreport.it.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader budget of {@link Limits}: one read that trips it (and names the option), one that does not. */
class ReaderBudgetTest {

    @TempDir
    Path dir;

    private static final byte[] PDF = OfficeFixtures.pdf(OfficeFixtures.compliant(), true);
    private static final byte[] DOCX = OfficeFixtures.docx(OfficeFixtures.compliant());

    private static String error(Document d) {
        return d.findings().stream().filter(f -> f.severity() == org.igfreport.internal.base.Severity.ERROR).map(Finding::message)
                .findFirst().orElse("");
    }

    private static void trips(ReportReader reader, byte[] content, String name, UnaryOperator<Limits> tight, String option) {
        Document fine = reader.read(content, name, Limits.DEFAULTS);
        assertThat(fine.unreadable()).as(error(fine)).isFalse();
        Document over = reader.read(content, name, tight.apply(Limits.DEFAULTS));
        assertThat(over.unreadable()).isTrue();
        assertThat(error(over)).contains("--" + option).contains("Reading the file was stopped");
    }

    @Test
    void pdfOperatorsPerPage() {
        trips(new PdfReader(), PDF, "r.pdf", l -> l.withMaxPageOperators(20), "max-page-operators");
    }

    @Test
    void pdfOperatorsPerDocument() {
        trips(new PdfReader(), PDF, "r.pdf", l -> l.withMaxOperators(20), "max-operators");
    }

    @Test
    void pdfGlyphsPerPage() {
        trips(new PdfReader(), PDF, "r.pdf", l -> l.withMaxPageGlyphs(50), "max-page-glyphs");
    }

    @Test
    void pdfGlyphsPerDocument() {
        trips(new PdfReader(), PDF, "r.pdf", l -> l.withMaxGlyphs(50), "max-glyphs");
    }

    @Test
    void pdfInflatedContent() {
        trips(new PdfReader(), PDF, "r.pdf", l -> l.withMaxInflated(100), "max-inflated");
    }

    @Test
    void pdfFormDrawingsEveryOneCounted() throws IOException {
        byte[] bomb = Files.readAllBytes(HostileFiles.formCycle(dir));
        Document d = new PdfReader().read(bomb, "bomb.pdf", Limits.DEFAULTS);
        assertThat(error(d)).contains("--max-form-calls").contains("100,000");
        // the same file, its forms drawn without counting every drawing, never ends: with a budget
        // of 10 drawings it stops at once, and a file without forms is not touched by it
        assertThat(error(new PdfReader().read(bomb, "bomb.pdf", Limits.DEFAULTS.withMaxFormCalls(10))))
                .contains("more than 10 form drawings");
        assertThat(new PdfReader().read(PDF, "r.pdf", Limits.DEFAULTS.withMaxFormCalls(0)).unreadable()).isFalse();
    }

    @Test
    void pdfDeadlineStopsAFormBomb() throws IOException {
        byte[] bomb = Files.readAllBytes(HostileFiles.formCycle(dir));
        Limits l = Limits.DEFAULTS.withMaxFormCalls(Integer.MAX_VALUE).withMaxTime(Duration.ofMillis(300));
        assertThat(error(new PdfReader().read(bomb, "bomb.pdf", l))).contains("took longer than 300 ms");
        assertThat(new PdfReader().read(PDF, "r.pdf", Limits.DEFAULTS).unreadable()).isFalse();
    }

    @Test
    void interruptedThreadStopsAndKeepsItsFlag() {
        new PdfReader().read(PDF, "warm.pdf", Limits.DEFAULTS);
        Thread.currentThread().interrupt();
        try {
            assertThat(error(new PdfReader().read(PDF, "r.pdf", Limits.DEFAULTS))).contains("cancelled");
            assertThat(error(new DocxReader().read(DOCX, "r.docx", Limits.DEFAULTS))).contains("cancelled");
            assertThat(error(StructuredReader.json().read(bytes("examples/reports/compliant.json"), "r.json",
                    Limits.DEFAULTS))).contains("cancelled");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(new PdfReader().read(PDF, "r.pdf", Limits.DEFAULTS).unreadable()).isFalse();
    }

    @Test
    void jsonNodes() {
        trips(StructuredReader.json(), bytes("examples/reports/compliant.json"), "r.json", l -> l.withMaxNodes(5),
                "max-nodes");
    }

    @Test
    void yamlNodes() {
        trips(StructuredReader.yaml(), bytes("examples/reports/defective.yaml"), "r.yaml", l -> l.withMaxNodes(5),
                "max-nodes");
    }

    @Test
    void wordElements() {
        trips(new DocxReader(), DOCX, "r.docx", l -> l.withMaxWordElements(10), "max-word-elements");
    }

    @Test
    void longWordTablesAreCutForPoiAndReadInOrder() throws IOException {
        int rows = WordXml.MAX_ROWS * 2 + 500;
        byte[] docx = Files.readAllBytes(HostileFiles.wordTable(dir, rows));
        List<String> labels = new DocxReader().read(docx, "t.docx", Limits.DEFAULTS).rows().stream()
                .filter(r -> r.label() != null && r.label().text().matches("r[0-9]+")).map(r -> r.label().text()).toList();
        assertThat(labels).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(labels.get(i)).isEqualTo("r" + i);
        }
        byte[] xml = ("<w:body><w:tbl>" + "<w:tr><w:tc><w:p/></w:tc></w:tr>".repeat(rows) + "</w:tbl></w:body>")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(WordXml.scan(xml)).isEqualTo(new WordXml.Scan(3L * rows, true));
        byte[] cut = WordXml.cutLongTables(xml);
        assertThat(WordXml.scan(cut)).isEqualTo(new WordXml.Scan(3L * rows, false));
        assertThat(new String(cut, java.nio.charset.StandardCharsets.US_ASCII).split("<w:tbl>", -1)).hasSize(4);
    }

    @Test
    void repetitiveWordFileGetsTheRatioMessage() throws IOException {
        Document d = new DocxReader().read(Files.readAllBytes(HostileFiles.repetitiveDocx(dir)), "r.docx", Limits.DEFAULTS);
        assertThat(error(d)).contains("word/document.xml").contains("times its packed size").doesNotContain("64 MB");
    }

    @Test
    void pdfNestedTooDeeplyIsNotEmpty() throws IOException {
        Document d = new PdfReader().read(Files.readAllBytes(HostileFiles.deepArrayPdf(dir)), "d.pdf", Limits.DEFAULTS);
        assertThat(error(d)).contains("nested more than 500 levels deep");
        assertThat(PdfReader.nesting("[[<<>>]]".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 10)).isEqualTo(3);
    }

    @Test
    void inflatedSizeIsCountedWithoutHoldingTheStream() throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(PDF)) {
            var s = doc.getPage(0).getContentStreams().next().getCOSObject();
            long full = PdfBudget.inflatedSize(s, Long.MAX_VALUE);
            assertThat(full).isGreaterThan(100);
            assertThat(PdfBudget.inflatedSize(s, 10)).isLessThanOrEqualTo(Math.min(full, 64 * 1024));
        }
    }

    private static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
