package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad PDF and Word files give input-unreadable findings, never exceptions. */
class OfficeBadFileTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    /** Whether a finding is the input-unreadable one for a reason (messages may be filled in later). */
    static boolean is(Finding f, String reason, Severity severity) {
        String probe = severity == Severity.WARNING ? Unreadable.warning(reason).message()
                : Unreadable.finding(reason).message();
        int brace = probe.indexOf('{');
        String prefix = brace < 0 ? probe : probe.substring(0, brace);
        int colon = prefix.indexOf(": ");
        if (prefix.startsWith(Unreadable.RULE + ".") && colon > 0) {
            prefix = prefix.substring(0, colon);
        }
        return f.rule().equals(Unreadable.RULE) && f.severity() == severity && f.message().startsWith(prefix);
    }

    private static void unreadable(ReportResult r, String reason) {
        assertThat(r.findings()).as(r.findings().toString())
                .anyMatch(f -> is(f, reason, Severity.ERROR));
        assertThat(r.template()).isNull();
    }

    @Test
    void encryptedPdfWithAnEmptyUserPasswordIsRead() throws IOException {
        ReportResult r = VALIDATOR.validate(encrypt(OfficeFixtures.pdf(OfficeFixtures.compliant(), false), ""), "e.pdf");
        assertThat(r.template()).isEqualTo("igf-2017-workshop");
    }

    @Test
    void encryptedPdfWithAPasswordIsEncrypted() throws IOException {
        unreadable(VALIDATOR.validate(encrypt(OfficeFixtures.pdf(OfficeFixtures.compliant(), false), "secret"),
                "e.pdf"), "encrypted");
    }

    @Test
    void aScanHasNoTextLayer() throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var image = LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50, 400, 400);
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        unreadable(VALIDATOR.validate(bytes, "scan.pdf"), "no-text-layer");
    }

    @Test
    void aTruncatedPdfIsCorruptOrWarned() {
        byte[] pdf = OfficeFixtures.pdf(OfficeFixtures.compliant(), false);
        for (int cut : new int[] {pdf.length - 10, pdf.length * 3 / 4, pdf.length / 2, 200, 10}) {
            ReportResult r = VALIDATOR.validate(Arrays.copyOf(pdf, cut), "t.pdf");
            assertThat(r.findings()).as("cut at " + cut + ": " + r.findings()).anyMatch(
                    f -> is(f, "corrupt", Severity.ERROR) || is(f, "corrupt", Severity.WARNING));
        }
    }

    @Test
    void garbageIsCorrupt() {
        byte[] junk = "%PDF-1.7\nthis is not really a PDF at all".getBytes(StandardCharsets.US_ASCII);
        unreadable(VALIDATOR.validate(junk, "j.pdf"), "corrupt");
        unreadable(VALIDATOR.validate("not a zip".getBytes(StandardCharsets.US_ASCII), "j.docx"), "corrupt");
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        unreadable(VALIDATOR.validate(Arrays.copyOf(docx, docx.length / 2), "t.docx"), "corrupt");
    }

    @Test
    void anOldBinaryWordFileIsOldDocAlsoWhenNamedDocx() throws IOException {
        byte[] ole;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
            ole = out.toByteArray();
        }
        unreadable(VALIDATOR.validate(ole, "old.doc"), "old-doc");
        unreadable(VALIDATOR.validate(ole, "old.docx"), "old-doc");
        unreadable(VALIDATOR.validate(ole, "old.pdf"), "old-doc");
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted() throws IOException {
        byte[] ole;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "EncryptedPackage");
            fs.writeFilesystem(out);
            ole = out.toByteArray();
        }
        unreadable(VALIDATOR.validate(ole, "locked.docx"), "encrypted");
    }

    @Test
    void aZipBombIsTooLarge() throws IOException {
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        byte[] bomb = OfficeFixtures.rewrite(docx, "word/document.xml", original -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int at = xml.indexOf("<w:body>") + "<w:body>".length();
            String pad = "<!--" + " ".repeat(80 * 1024 * 1024) + "-->";
            return (xml.substring(0, at) + pad + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        });
        assertThat(bomb.length).isLessThan(1024 * 1024);
        unreadable(VALIDATOR.validate(bomb, "bomb.docx"), "too-large");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT-42");
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        byte[] xxe = OfficeFixtures.rewrite(docx, "word/document.xml", original -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int decl = xml.indexOf("?>") + 2;
            String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            xml = xml.substring(0, decl) + doctype + xml.substring(decl);
            return xml.replace("Internet Society</w:t>", "&xxe;</w:t>").getBytes(StandardCharsets.UTF_8);
        });
        ReportResult r = VALIDATOR.validate(xxe, "xxe.docx");
        assertThat(r.toString()).doesNotContain("TOP-SECRET");
        var doc = new DocxReader().read(xxe, "xxe.docx", org.igfreport.internal.base.Limits.DEFAULTS);
        assertThat(doc.toString()).doesNotContain("TOP-SECRET");
    }

    private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
