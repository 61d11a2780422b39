package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.igfreport.Pipeline;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;

/**
 * Fuzzing of every reader through the whole pipeline: arbitrary bytes, and mutations of the real
 * reports in seeds/ and examples/ (truncation, byte flips, shuffled lines, inserted junk; for
 * Word files also inside the document part, zipped again). No exception escapes
 * {@link ReportValidator#validate(byte[], String)}, and the same input gives the same result.
 *
 * <p>Each property runs {@code jqwik.tries.default} tries (1000 in {@code mvn verify}, see
 * junit-platform.properties; 20 times as many with {@code -Pfuzz}), so every reader gets
 * 2000 tries here, besides those of the other property classes.
 */
class ReaderFuzzProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    private static final List<byte[]> TEXT = read("seeds/000_b8681fb40b29323f.txt", "seeds/002_ea2340172add3216.txt",
            "seeds/004_ff7a8bc56b674c53.txt", "examples/shapes/bullets.txt", "examples/shapes/word-table.txt",
            "examples/shapes/utf16-bom.txt", "examples/shapes/windows-1252.txt", "examples/office/defective.txt");
    private static final List<byte[]> MARKDOWN = read("examples/shapes/report.md", "src/it/compliant/reports/ws-community-networks.md");
    private static final List<byte[]> YAML = read("examples/reports/compliant.yaml", "examples/reports/defective.yaml");
    private static final List<byte[]> JSON = read("examples/reports/compliant.json", "examples/reports/defective.json");
    private static final List<byte[]> PDF = read("examples/office/defective.pdf");
    private static final List<byte[]> DOCX = read("examples/office/compliant.docx", "examples/office/defective.docx");

    private static List<byte[]> read(String... paths) {
        List<byte[]> out = new ArrayList<>();
        for (String p : paths) {
            try {
                out.add(Files.readAllBytes(Path.of(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static void check(byte[] bytes, String name) {
        check(VALIDATOR, bytes, name);
    }

    /**
     * The whole pipeline twice: no exception, no internal error, the same result, and for the
     * textual formats every finding's lines within the file's lines.
     */
    static void check(ReportValidator validator, byte[] bytes, String name) {
        ReportResult a = validator.validate(bytes, name);
        ReportResult b = validator.validate(bytes.clone(), name);
        assertThat(b).isEqualTo(a);
        Pipeline.noInternalError(a);
        if (!name.endsWith(".pdf") && !name.endsWith(".docx")) {
            Pipeline.linesWithin(a, bytes);
        }
    }

    // ------------------------------------------------------------------ arbitrary bytes

    @Property
    void anyBytesAsText(@ForAll("bytes") byte[] b) {
        check(b, "r.txt");
    }

    @Property
    void anyBytesAsMarkdown(@ForAll("bytes") byte[] b) {
        check(b, "r.md");
    }

    @Property
    void anyBytesAsYaml(@ForAll("bytes") byte[] b) {
        check(b, "r.yaml");
    }

    @Property
    void anyBytesAsJson(@ForAll("bytes") byte[] b) {
        check(b, "r.json");
    }

    @Property
    void anyBytesAsPdf(@ForAll("pdfBytes") byte[] b) {
        check(b, "r.pdf");
    }

    @Property
    void anyBytesAsDocx(@ForAll("docxBytes") byte[] b) {
        check(b, "r.docx");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    /** Arbitrary bytes, half of them after a PDF header so that PDFBox's parser gets them. */
    @Provide
    Arbitrary<byte[]> pdfBytes() {
        return withPrefix("%PDF-1.7\n1 0 obj\n<<");
    }

    /** Arbitrary bytes, half of them after a zip signature so that the zip reader gets them. */
    @Provide
    Arbitrary<byte[]> docxBytes() {
        return withPrefix("PK\u0003\u0004");
    }

    private Arbitrary<byte[]> withPrefix(String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return Arbitraries.oneOf(bytes(), bytes().map(b -> concat(p, b)));
    }

    // ------------------------------------------------------------------ mutated real reports

    @Property
    void mutatedText(@ForAll("text") byte[] b) {
        check(b, "m.txt");
    }

    @Property
    void mutatedMarkdown(@ForAll("markdown") byte[] b) {
        check(b, "m.md");
    }

    @Property
    void mutatedYaml(@ForAll("yaml") byte[] b) {
        check(b, "m.yaml");
    }

    @Property
    void mutatedJson(@ForAll("json") byte[] b) {
        check(b, "m.json");
    }

    @Property
    void mutatedPdf(@ForAll("pdf") byte[] b) {
        check(b, "m.pdf");
    }

    @Property
    void mutatedDocx(@ForAll("docx") byte[] b) {
        check(b, "m.docx");
    }

    @Provide
    Arbitrary<byte[]> text() {
        return mutations(TEXT);
    }

    @Provide
    Arbitrary<byte[]> markdown() {
        return mutations(MARKDOWN);
    }

    @Provide
    Arbitrary<byte[]> yaml() {
        return mutations(YAML);
    }

    @Provide
    Arbitrary<byte[]> json() {
        return mutations(JSON);
    }

    @Provide
    Arbitrary<byte[]> pdf() {
        return mutations(PDF);
    }

    /** Byte mutations of the whole file, and text mutations of its document part, zipped again. */
    @Provide
    Arbitrary<byte[]> docx() {
        Arbitrary<byte[]> inside = Arbitraries.of(DOCX).flatMap(docx -> mutations(List.of(entry(docx, "word/document.xml")))
                .map(xml -> replace(docx, "word/document.xml", xml)));
        return Arbitraries.oneOf(mutations(DOCX), inside);
    }

    /** A source, then one to three of: truncation, byte flips, shuffled lines, inserted junk. */
    private static Arbitrary<byte[]> mutations(List<byte[]> sources) {
        return Arbitraries.of(sources).flatMap(src -> mutation().list().ofMinSize(1).ofMaxSize(3)
                .map(ms -> {
                    byte[] b = src;
                    for (Mutation m : ms) {
                        b = m.apply(b);
                    }
                    return b;
                }));
    }

    /** One change to a file's bytes; positions are fractions of its length, so they fit any file. */
    private interface Mutation {
        byte[] apply(byte[] b);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 0.9999).ofScale(4);
        Arbitrary<Mutation> truncate = at.map(f -> b -> Arrays.copyOf(b, (int) (b.length * f)));
        Arbitrary<Mutation> flip = Arbitraries.integers().between(1, 255).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(masks -> at.list().ofSize(masks.size()).map(places -> b -> {
                    byte[] c = b.clone();
                    for (int i = 0; i < masks.size() && c.length > 0; i++) {
                        int p = (int) (c.length * places.get(i));
                        c[p] = (byte) (c[p] ^ masks.get(i));
                    }
                    return c;
                }));
        Arbitrary<Mutation> shuffle = Arbitraries.longs().map(seed -> b -> shuffleLines(b, seed));
        byte[] syntax = "\n\r\t :-#*[]{}<>&\"'\\.|0%".getBytes(StandardCharsets.ISO_8859_1);
        Arbitrary<Byte> junkByte = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.integers().between(0, syntax.length - 1).map(i -> syntax[i]));
        Arbitrary<Mutation> junk = Arbitraries.oneOf(
                junkByte.array(byte[].class).ofMinSize(1).ofMaxSize(64),
                Arbitraries.of("Key Issues raised\n", "Session Title: ", "- ", "1. ", "\n\n", "<!-- igf-report-disable -->",
                        "template: igf-2017-workshop\n", "{\"key_issues\": [", "&a ", "*a", "%PDF-1.4", "\u0000")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)))
                .flatMap(j -> at.map(f -> b -> {
                    int p = (int) (b.length * f);
                    byte[] c = new byte[b.length + j.length];
                    System.arraycopy(b, 0, c, 0, p);
                    System.arraycopy(j, 0, c, p, j.length);
                    System.arraycopy(b, p, c, p + j.length, b.length - p);
                    return c;
                }));
        return Arbitraries.oneOf(truncate, flip, shuffle, junk);
    }

    /** The lines of a file in another order (a few swaps chosen by the seed). */
    private static byte[] shuffleLines(byte[] b, long seed) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(Arrays.copyOfRange(b, start, i + 1));
                start = i + 1;
            }
        }
        lines.add(Arrays.copyOfRange(b, start, b.length));
        java.util.Random r = new java.util.Random(seed);
        for (int k = 0; k < 1 + r.nextInt(6) && lines.size() > 1; k++) {
            java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            throw new IllegalStateException("no " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] replace(byte[] zip, String name, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + data.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] d = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? data : d);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
