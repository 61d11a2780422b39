package org.igfreport.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.igfreport.internal.base.Limits;

/**
 * Reads a tiny file of each heavy format once per JVM, before the first real one, with the
 * thread's interrupt flag cleared (and restored after). PDFBox and POI load fonts, glyph lists and
 * XML schemas from their jars in class initialisers; read on an interrupted thread, the read of
 * the jar fails, the class is marked as failed and every later file on every thread would fail
 * with it. Warmed up here, those classes are initialised whatever the caller's thread is.
 */
enum Warmup {
    /** PDFBox: loading, a standard font, text extraction. */
    PDF,
    /** POI: the OOXML schemas, a document with a paragraph and a table. */
    DOCX;

    private volatile boolean done;
    private volatile Thread warming; // the warm-up reads through the reader itself, which calls ensure() again

    /** Warms this format up once; later calls cost a volatile read. */
    void ensure() {
        if (done) {
            return;
        }
        synchronized (this) {
            if (done || warming == Thread.currentThread()) {
                return;
            }
            warming = Thread.currentThread();
            boolean interrupted = Thread.interrupted();
            try {
                run();
            } catch (IOException | RuntimeException | LinkageError e) {
                // the real read will report what is wrong; the warm-up only initialises classes
            } finally {
                done = true;
                warming = null;
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void run() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (this == PDF) {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Warm-up");
                    cs.endText();
                }
                doc.save(out);
            }
            new PdfReader().read(out.toByteArray(), "warm-up.pdf", Limits.DEFAULTS);
        } else {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.createParagraph().createRun().setText("Warm-up");
                XWPFTable t = doc.createTable(1, 2);
                t.getRow(0).getCell(0).setText("Label");
                doc.write(out);
            }
            new DocxReader().read(out.toByteArray(), "warm-up.docx", Limits.DEFAULTS);
        }
    }
}
