package org.igfreport.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.igfreport.internal.read.OfficeFixtures;

/**
 * Makes the hostile and broken files of the reliability tests, at test time (the large ones are
 * never committed). Each method writes one file and returns its path.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** @return a real report in plain text (examples/shapes/labels-own-line.txt) */
    public static String report() {
        try {
            return Files.readString(Path.of("examples/shapes/labels-own-line.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label after the discussions of {@link #report()}: hostile lines go in before it, as a fourth paragraph. */
    public static final String WAY_FORWARD = "Please describe any Participant suggestions regarding the way forward";

    /**
     * @param line a hostile line
     * @return the report with the line as a fourth paragraph of its discussions (which the template wants in 3)
     */
    public static String reportWith(CharSequence line) {
        String r = report();
        int at = r.indexOf(WAY_FORWARD);
        return r.substring(0, at) + line + "\n\n" + r.substring(at);
    }

    /**
     * @param dir the folder
     * @return a YAML "billion laughs": nine levels of ten aliases each
     */
    public static Path billionLaughs(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i > 0 ? "," : "").append('*').append(p);
            }
            sb.append("]\n");
        }
        sb.append("key_issues: *i\n");
        return Files.writeString(dir.resolve("billion-laughs.yaml"), sb);
    }

    /**
     * @param dir the folder
     * @return JSON arrays nested 200,000 deep
     */
    public static Path deepJson(Path dir) throws IOException {
        int depth = 200_000;
        return Files.writeString(dir.resolve("deep.json"), "{\"key_issues\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
    }

    /**
     * @param dir the folder
     * @return an 80 MB text file (the report, repeated)
     */
    public static Path huge(Path dir) throws IOException {
        Path p = dir.resolve("huge.txt");
        byte[] chunk = report().getBytes(StandardCharsets.UTF_8);
        long target = 80L * 1024 * 1024;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
            for (long n = 0; n < target; n += chunk.length) {
                out.write(chunk);
            }
        }
        return p;
    }

    /**
     * @param dir the folder
     * @return the report with a 10 MB line of words without a break as a paragraph of its discussions
     */
    public static Path longLine(Path dir) throws IOException {
        StringBuilder line = new StringBuilder(10 * 1024 * 1024 + 16).append("Community ");
        String[] words = {"community ", "networks ", "connect ", "people ", "where ", "operators ", "do ", "not ", "invest "};
        for (int i = 0; line.length() < 10 * 1024 * 1024; i++) {
            line.append(words[i % words.length]);
        }
        return Files.writeString(dir.resolve("long-line.txt"), reportWith(line));
    }

    /**
     * @param dir the folder
     * @return the report with a line of two million " ." pairs as a paragraph of its discussions
     */
    public static Path dots(Path dir) throws IOException {
        return Files.writeString(dir.resolve("dots.txt"), reportWith("Dots" + " .".repeat(2_000_000)));
    }

    /**
     * @param dir the folder
     * @return the report with invalid UTF-8 sequences and NUL bytes in it
     */
    public static Path invalidUtf8(Path dir) throws IOException {
        byte[] text = report().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, text.length / 2);
        out.write(new byte[] {(byte) 0xC3, 0x28, 0, 0, (byte) 0xF0, (byte) 0x90, 0x28, (byte) 0xBC, 0, (byte) 0xFF});
        out.write(text, text.length / 2, text.length - text.length / 2);
        return Files.write(dir.resolve("invalid-utf8.txt"), out.toByteArray());
    }

    /**
     * @param dir the folder
     * @return a .docx whose document part inflates to 1 GB
     */
    public static Path docxBomb(Path dir) throws IOException {
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        Path p = dir.resolve("bomb.docx");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream z = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(p)))) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("word/document.xml")) {
                    z.write(data);
                    continue;
                }
                String xml = new String(data, StandardCharsets.UTF_8);
                int at = xml.indexOf("<w:body>") + "<w:body>".length();
                z.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                z.write("<!--".getBytes(StandardCharsets.US_ASCII));
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 1024; i++) {
                    z.write(spaces);
                }
                z.write("-->".getBytes(StandardCharsets.US_ASCII));
                z.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    /**
     * @param dir the folder
     * @param name the file name
     * @param systemId what the external entity points at (a file: or http: URI)
     * @return a .docx whose document part declares an external entity and uses it in the organiser's cell
     */
    public static Path docxEntity(Path dir, String name, String systemId) throws IOException {
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        byte[] out = org.igfreport.internal.read.OfficeFixtures.rewrite(docx, "word/document.xml", original -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int decl = xml.indexOf("?>") + 2;
            String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>";
            xml = xml.substring(0, decl) + doctype + xml.substring(decl);
            return xml.replace("Internet Society</w:t>", "&xxe;</w:t>").getBytes(StandardCharsets.UTF_8);
        });
        return Files.write(dir.resolve(name), out);
    }

    /**
     * @param dir the folder
     * @return a PDF of 20,000 pages, each with a line of text of its own
     */
    public static Path manyPages(Path dir) throws IOException {
        int pages = 20_000;
        List<byte[]> objects = new ArrayList<>();
        // 1 catalog, 2 pages, 3 font, then a page and its content stream for each page
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add(ascii("<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        String[] words = {"access", "rights", "networks", "policy", "data", "trust", "skills", "youth", "gender",
            "spectrum", "security", "cloud", "open", "local", "content", "markets", "privacy"};
        for (int i = 0; i < pages; i++) {
            String text = "Page about " + words[i % 17] + " and " + words[(i / 17) % 17] + " with " + words[(i / 289) % 17];
            String content = "BT /F1 12 Tf 72 " + (700 - (i % 40) * 12) + " Td (" + text + ") Tj ET";
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (5 + 2 * i)
                    + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
            objects.add(ascii("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ascii("%PDF-1.4\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.write(ascii((i + 1) + " 0 obj\n"));
            out.write(objects.get(i));
            out.write(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            table.append(String.format("%010d 00000 n \n", o));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.write(ascii(table.toString()));
        return Files.write(dir.resolve("many-pages.pdf"), out.toByteArray());
    }

    /**
     * @param dir the folder
     * @return the compliant report as a PDF that opens only with a password
     */
    public static Path encryptedPdf(Path dir) throws IOException {
        byte[] pdf = OfficeFixtures.pdf(OfficeFixtures.compliant(), true);
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return Files.write(dir.resolve("encrypted.pdf"), out.toByteArray());
        }
    }

    /**
     * @param dir the folder
     * @return the compliant report as a PDF cut off after 40% of its bytes
     */
    public static Path truncatedPdf(Path dir) throws IOException {
        byte[] pdf = OfficeFixtures.pdf(OfficeFixtures.compliant(), true);
        return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length * 2 / 5));
    }

    /**
     * @param dir the folder
     * @return a PDF whose only page is a picture (a scan without OCR)
     */
    public static Path imageOnlyPdf(Path dir) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 100,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    img.setRGB(x, y, (x * 7 + y * 13) % 3 == 0 ? 0 : 0xffffff);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 500, 400, 200);
            }
            doc.save(out);
            return Files.write(dir.resolve("scan.pdf"), out.toByteArray());
        }
    }

    /**
     * @param dir the folder
     * @return an empty .txt file
     */
    public static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.txt"), new byte[0]);
    }

    /** How many real reports {@link #folder} copies in turn. */
    public static final int FOLDER_SOURCES = 6;

    /**
     * @param dir the folder to fill
     * @param count how many reports
     * @param broken the index of the one broken file (a .pdf that is not a PDF)
     * @return the folder, holding {@code count} reports: the seeds and examples in turn, one broken
     */
    public static Path folder(Path dir, int count, int broken) throws IOException {
        Files.createDirectories(dir);
        List<Path> sources = new ArrayList<>();
        for (String s : List.of("seeds/002_ea2340172add3216.txt", "seeds/003_04693b15ff054809.txt",
                "seeds/004_ff7a8bc56b674c53.txt", "examples/shapes/report.md", "examples/reports/defective.yaml",
                "examples/reports/compliant.json")) {
            sources.add(Path.of(s));
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path s : sources) {
            bytes.add(Files.readAllBytes(s));
        }
        for (int i = 0; i < count; i++) {
            if (i == broken) {
                Files.write(dir.resolve(String.format("r%05d.pdf", i)), ascii("%PDF-1.7\nthis is not really a PDF"));
                continue;
            }
            int k = i % sources.size();
            String name = sources.get(k).getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.'));
            Files.write(dir.resolve(String.format("r%05d%s", i, ext)), bytes.get(k));
        }
        return dir;
    }

    // ---------------------------------------------------------------- reader budgets (issue 13)

    /** A page with one line of text and the resources a form bomb needs: Helvetica as /F1. */
    private static PDPage textPage(PDDocument doc, PDResources res, String drawn) throws IOException {
        PDPage page = new PDPage();
        page.setResources(res);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Workshop report");
            cs.endText();
            if (drawn != null) {
                cs.drawForm((PDFormXObject) res.getXObject(COSName.getPDFName(drawn)));
            }
        }
        return page;
    }

    private static PDFormXObject form(PDDocument doc, String content, PDResources res) throws IOException {
        PDFormXObject f = new PDFormXObject(doc);
        f.setBBox(new PDRectangle(0, 0, 612, 792));
        f.setResources(res);
        try (OutputStream out = f.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(ascii(content));
        }
        return f;
    }

    private static Path save(PDDocument doc, Path file) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return Files.write(file, out.toByteArray());
        }
    }

    /**
     * @param dir the folder
     * @return a PDF whose page draws a form XObject that draws itself twice (2^50 drawings within
     *         PDFBox's nesting limit of 50)
     */
    public static Path formCycle(Path dir) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDFormXObject f = form(doc, "q /X Do Q q /X Do Q", res);
            res.put(COSName.getPDFName("X"), f);
            textPage(doc, res, "X");
            return save(doc, dir.resolve("form-cycle.pdf"));
        }
    }

    /**
     * @param dir the folder
     * @return a PDF of nine levels of forms, each drawing the level below ten times (10^9 drawings, no cycle)
     */
    public static Path formFanOut(Path dir) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            res.put(COSName.getPDFName("L0"), form(doc, "0 0 m 10 10 l S", res));
            for (int level = 1; level <= 9; level++) {
                String draw = ("q /L" + (level - 1) + " Do Q ").repeat(10);
                res.put(COSName.getPDFName("L" + level), form(doc, draw, res));
            }
            textPage(doc, res, "L9");
            return save(doc, dir.resolve("form-fan-out.pdf"));
        }
    }

    /**
     * @param dir the folder
     * @return a PDF of well under a megabyte whose page content stream inflates to 200 MB
     */
    public static Path inflatingContent(Path dir) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDPage page = textPage(doc, res, null);
            org.apache.pdfbox.pdmodel.common.PDStream bomb = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (OutputStream out = bomb.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] chunk = ascii("BT /F1 9 Tf 72 100 Td (x) Tj ET\n".repeat(32_768));
                for (long n = 0; n < 200L * 1024 * 1024; n += chunk.length) {
                    out.write(chunk);
                }
            }
            org.apache.pdfbox.cos.COSArray contents = new org.apache.pdfbox.cos.COSArray();
            contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            contents.add(bomb.getCOSObject());
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            return save(doc, dir.resolve("inflating.pdf"));
        }
    }

    /**
     * @param dir the folder
     * @return a PDF whose page dictionary holds an array nested 100,000 deep (and whose page has text)
     */
    public static Path deepArrayPdf(Path dir) throws IOException {
        String content = "BT /F1 12 Tf 72 700 Td (Workshop report) Tj ET";
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        List<byte[]> objects = List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                ascii("<< /Type /Pages /Count 1 /Kids [4 0 R] >>"),
                ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
                ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Deep " + deep
                        + " /Resources << /Font << /F1 3 0 R >> >> >>"),
                ascii("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ascii("%PDF-1.4\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.write(ascii((i + 1) + " 0 obj\n"));
            out.write(objects.get(i));
            out.write(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) {
            table.append(String.format("%010d 00000 n \n", o));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.write(ascii(table.toString()));
        return Files.write(dir.resolve("deep-array.pdf"), out.toByteArray());
    }

    /**
     * @param dir the folder
     * @param yaml YAML (else JSON)
     * @return a report of a million keys (16 MB of JSON, 11 MB of YAML)
     */
    public static Path millionKeys(Path dir, boolean yaml) throws IOException {
        StringBuilder sb = new StringBuilder(17 << 20).append(yaml ? "key_issues: [a]\n" : "{\"key_issues\": [\"a\"]");
        for (int i = 0; i < 1_000_000; i++) {
            if (yaml) {
                sb.append("k").append(i).append(": 1\n");
            } else {
                sb.append(",\n\"key").append(i).append("\": 1");
            }
        }
        return Files.writeString(dir.resolve(yaml ? "million-keys.yaml" : "million-keys.json"), yaml ? sb : sb.append('}'));
    }

    /**
     * @param dir the folder
     * @param rows how many rows
     * @return the compliant Word report with a table of that many two-cell rows after it
     */
    public static Path wordTable(Path dir, int rows) throws IOException {
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        byte[] out = OfficeFixtures.rewrite(docx, "word/document.xml", original -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            StringBuilder t = new StringBuilder("<w:tbl>");
            for (int i = 0; i < rows; i++) {
                t.append("<w:tr><w:tc><w:p><w:r><w:t>r").append(i).append("</w:t></w:r></w:p></w:tc>")
                        .append("<w:tc><w:p><w:r><w:t>v</w:t></w:r></w:p></w:tc></w:tr>");
            }
            t.append("</w:tbl><w:p/>");
            int at = xml.lastIndexOf("<w:sectPr");
            at = at < 0 ? xml.indexOf("</w:body>") : at;
            return (xml.substring(0, at) + t + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        });
        return Files.write(dir.resolve("table-" + rows + ".docx"), out);
    }

    /**
     * @param dir the folder
     * @return a Word file whose document part is 20 MB of one paragraph repeated (packs over 100 times)
     */
    public static Path repetitiveDocx(Path dir) throws IOException {
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        byte[] out = OfficeFixtures.rewrite(docx, "word/document.xml", original -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            String para = "<w:p><w:r><w:t>The same sentence, again and again.</w:t></w:r></w:p>";
            int at = xml.lastIndexOf("<w:sectPr");
            at = at < 0 ? xml.indexOf("</w:body>") : at;
            return (xml.substring(0, at) + para.repeat(20 * 1024 * 1024 / para.length()) + xml.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
        });
        return Files.write(dir.resolve("repetitive.docx"), out);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
