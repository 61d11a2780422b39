package org.igfreport.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.text.Markers;

/**
 * Reads Word (.docx) reports with Apache POI, body element by body element in document order:
 * <ul>
 *   <li>a table row of two (or more) cells is the IGF template's label and answer: one table row
 *       per paragraph of the answer cell, the label cell's text on the first (its paragraphs one
 *       line each, the first the label, a hint below it the next); nested tables in a
 *       cell give their paragraphs in order; a vertically merged label cell continues the label
 *       above (blank label); a row of one cell (merged across) gives full-width rows;</li>
 *   <li>paragraphs give full-width rows; Heading and Title styles give heading rows;</li>
 *   <li>numbered and bulleted list paragraphs get {@code "N. "} or {@code "- "} before their text,
 *       so that items are recognised as in a text report;</li>
 *   <li>the paragraphs of text boxes follow the paragraph they are anchored in.</li>
 * </ul>
 * Every paragraph ends with {@link Break#HARD}; a manual line break inside one gives
 * {@link Break#SOFT} rows.
 *
 * <p>Positions: {@code line} is the paragraph number, 1-based, counting every paragraph of the
 * document in order: body paragraphs, table cell paragraphs (label cell before answer cell,
 * nested tables included) and text box paragraphs (after their anchor paragraph), empty
 * paragraphs too. {@code column} is 1-based within the paragraph's text (after a manual line
 * break it counts from that break). {@code page} is {@code null}: a Word file has no fixed pages.
 *
 * <p>Bad files are findings: an old binary Word file (OLE2, also when named .docx) is
 * {@code old-doc}; a password-protected .docx (an OLE2 container holding the encrypted package)
 * is {@code encrypted}; a file POI cannot open is {@code corrupt}; a zip bomb is {@code too-large}
 * (a part that expands past 64 MB) or {@code zip-ratio} (a part over 100 KB that expands more than
 * 100 times its packed size), checked per call before POI opens the file (POI's JVM-wide limits
 * are left alone); more table rows, cells and paragraphs than {@link Limits#maxWordElements()}
 * are {@code over-budget}; a file without text
 * is {@code empty}. Hidden runs ({@code w:vanish}) are not report text: they are left out, and
 * their paragraphs are listed in {@link Document#hidden()}. External entities and external links are never resolved: POI's XML parsers
 * refuse document type declarations, and only the main document part is read.
 */
public final class DocxReader implements ReportReader {

    /** The largest part a .docx may expand to, in bytes. */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** The smallest packed/unpacked ratio a part may have (1%: larger ratios are zip bombs). */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Parts smaller than this unpacked are not held to the ratio (small parts of repeated markup pack well). */
    static final long RATIO_GRACE = 100L * 1024; // as POI's own ZipSecureFile.GRACE_ENTRY_SIZE

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

    @Override
    public String format() {
        return "docx";
    }

    /** @param content a file's bytes
     *  @return whether it is an OLE2 compound file (old .doc, or an encrypted .docx) */
    static boolean isOle2(byte[] content) {
        return Ole2.is(content);
    }

    @Override
    public Document read(byte[] content, String name, Limits limits) {
        try {
            new ReadBudget(limits).checkTime(); // an interrupted thread does not start POI (a class it loads could fail for good)
            Warmup.DOCX.ensure(); // once per JVM, not counted in the time budget
            ReadBudget budget = new ReadBudget(limits);
            if (content.length == 0) {
                return Unreadable.document(name, format(), "empty");
            }
            if (isOle2(content)) {
                return Unreadable.document(name, format(), encryptedPackage(content) ? "encrypted" : "old-doc");
            }
            if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
                return Unreadable.document(name, format(), "corrupt", Messages.format("phrase.corrupt.not-docx"));
            }
            Prepared prepared = prepare(content, name, budget);
            if (prepared.refused() != null) {
                return prepared.refused();
            }
            List<Row> rows;
            List<org.igfreport.internal.base.Location> hidden;
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(prepared.content()))) {
                Walker w = new Walker(doc, budget, prepared.textBoxes());
                w.body(doc.getBodyElements());
                rows = w.rows;
                hidden = w.hidden;
            }
            if (rows.stream().allMatch(Row::isBlank)) {
                return Unreadable.document(name, format(), "empty");
            }
            return Document.ofRows(name, format(), rows).withHidden(hidden);
        } catch (BudgetExceeded e) {
            return e.document(name, format());
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e) && String.valueOf(e.getMessage()).contains("Zip bomb")) {
                return Unreadable.document(name, format(), "zip-ratio", Messages.format("phrase.zip.one-part"),
                        Messages.format("phrase.ratio.over", String.valueOf(Math.round(1 / MIN_INFLATE_RATIO))),
                        String.valueOf(Math.round(1 / MIN_INFLATE_RATIO)));
            }
            if (isZipBomb(e)) {
                return Unreadable.document(name, format(), "too-large", Messages.format("phrase.size.over-unpacked",
                        String.valueOf(MAX_ENTRY_SIZE / (1024 * 1024))), MAX_ENTRY_SIZE / (1024 * 1024) + " MB");
            }
            return Unreadable.document(name, format(), "corrupt", detail(e));
        } catch (StackOverflowError e) {
            return Unreadable.document(name, format(), "corrupt", Messages.format("phrase.corrupt.nested"));
        }
    }

    /** What the check before POI gives: a refusal, or the bytes POI opens (long tables cut). */
    private record Prepared(Document refused, byte[] content, boolean textBoxes) {
    }

    /**
     * Unpacks every part once before POI opens the file, counting and throwing the bytes away: a
     * part over {@link #MAX_ENTRY_SIZE}, or over {@link #RATIO_GRACE} and packed more than
     * 1/{@link #MIN_INFLATE_RATIO} times, is a zip bomb (POI's own zip-bomb limits are JVM-wide
     * statics that a library must not change; this check is per call). The main document part is
     * scanned ({@link WordXml}): over {@link Limits#maxWordElements()} rows, cells and paragraphs
     * it is refused before POI builds them, and tables of more than {@link WordXml#MAX_ROWS} rows
     * are cut so that POI reads them in linear time.
     */
    private Prepared prepare(byte[] content, String name, ReadBudget budget) throws IOException {
        byte[] buf = new byte[64 * 1024];
        byte[] document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                boolean main = e.getName().equals("word/document.xml");
                java.io.ByteArrayOutputStream keep = main ? new java.io.ByteArrayOutputStream() : null;
                long n = 0;
                int r;
                while ((r = zip.read(buf)) >= 0) {
                    n += r;
                    budget.tick();
                    if (n > MAX_ENTRY_SIZE) {
                        return new Prepared(Unreadable.document(name, format(), "too-large", Messages.format("phrase.size.over-unpacked",
                                String.valueOf(MAX_ENTRY_SIZE / (1024 * 1024))), MAX_ENTRY_SIZE / (1024 * 1024) + " MB"), null, false);
                    }
                    if (keep != null) {
                        keep.write(buf, 0, r);
                    }
                }
                long packed = e.getCompressedSize();
                if (n > RATIO_GRACE && packed > 0 && (double) packed / n < MIN_INFLATE_RATIO) {
                    return new Prepared(Unreadable.document(name, format(), "zip-ratio", e.getName(),
                            String.valueOf(Math.round((double) n / packed)), String.valueOf(Math.round(1 / MIN_INFLATE_RATIO))),
                            null, false);
                }
                if (keep != null) {
                    document = keep.toByteArray();
                }
            }
        } catch (java.util.zip.ZipException e) {
            return new Prepared(null, content, true); // POI reads what it can and reports what it cannot
        }
        if (document == null) {
            return new Prepared(null, content, true);
        }
        WordXml.Scan scan = WordXml.scan(document);
        budget.count(scan.elements(), budget.limits().maxWordElements(),
                Messages.format("phrase.budget.word-elements"), "max-word-elements");
        boolean boxes = WordXml.contains(document, "txbxContent");
        if (!scan.longTable()) {
            return new Prepared(null, content, boxes);
        }
        byte[] cut = WordXml.cutLongTables(document);
        return new Prepared(null, replace(content, "word/document.xml", cut), boxes);
    }

    /** The zip with one entry's content replaced, every other entry copied as it is. */
    private static byte[] replace(byte[] zipBytes, String entry, byte[] data) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(zipBytes.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.setLevel(java.util.zip.Deflater.BEST_SPEED);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    z.write(data);
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static boolean encryptedPackage(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("exceeds the max entry size")
                    || m.contains("MAX_ENTRY_SIZE") || m.contains("max file count"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String detail(Throwable e) {
        return Unreadable.detail(e);
    }

    /** Walks the body in document order, numbering paragraphs and emitting rows. */
    private static final class Walker {
        private final XWPFDocument doc;
        private final List<Row> rows = new ArrayList<>();
        private final List<org.igfreport.internal.base.Location> hidden = new ArrayList<>();
        private final Map<String, Integer> counters = new HashMap<>();
        private final ReadBudget budget;
        private final boolean textBoxes;
        private final long maxElements;
        private long elements;
        private int paragraphNo;
        private int depth;

        Walker(XWPFDocument doc, ReadBudget budget, boolean textBoxes) {
            this.doc = doc;
            this.budget = budget;
            this.textBoxes = textBoxes;
            this.maxElements = budget.limits().maxWordElements();
        }

        /** One table row, cell or paragraph more. */
        private void element() {
            budget.tick();
            budget.count(++elements, maxElements, Messages.format("phrase.budget.word-elements"), "max-word-elements");
        }

        void body(List<IBodyElement> elements) {
            if (++depth > 32) {
                throw new IllegalStateException(Messages.format("phrase.corrupt.tables-nested", "32"));
            }
            for (IBodyElement e : elements) {
                if (e instanceof XWPFParagraph p) {
                    for (Para para : paragraph(p)) {
                        emitFull(para);
                    }
                } else if (e instanceof XWPFTable t) {
                    table(t);
                } else if (e instanceof XWPFSDT sdt) {
                    String text = sdt.getContent() == null ? "" : sdt.getContent().getText();
                    for (String piece : text.split("\n", -1)) {
                        emitFull(new Para(++paragraphNo, piece, false));
                    }
                }
            }
            depth--;
        }

        private void table(XWPFTable t) {
            for (XWPFTableRow r : t.getRows()) {
                element();
                List<XWPFTableCell> cells = r.getTableCells();
                if (cells.isEmpty()) {
                    continue;
                }
                if (cells.size() == 1) {
                    for (Para p : cell(cells.get(0))) {
                        emitFull(p);
                    }
                    continue;
                }
                List<Para> label = cell(cells.get(0));
                List<Para> answer = new ArrayList<>();
                for (int c = 1; c < cells.size(); c++) {
                    answer.addAll(cell(cells.get(c)));
                }
                StringBuilder lt = new StringBuilder();
                for (Para p : label) {
                    if (!p.text.isBlank()) {
                        // one line per paragraph: the first is the label, the rest a hint or a note
                        // (the IGF's own Word template, a blank report of init); label matching reads
                        // the line end as the end of the label, templates import takes the rest as help
                        lt.append(lt.length() > 0 ? "\n" : "").append(p.text.strip());
                    }
                }
                int labelLine = label.isEmpty() ? paragraphNo : label.get(0).number;
                if (answer.isEmpty()) {
                    answer.add(new Para(labelLine, "", false));
                }
                for (int k = 0; k < answer.size(); k++) {
                    Para a = answer.get(k);
                    String l = k == 0 ? lt.toString() : "";
                    Fragment lf = new Fragment(l, k == 0 ? labelLine : a.number, 1, null, null);
                    emitPieces(lf, a, true);
                }
            }
        }

        /** The paragraphs of a cell, nested tables' cells included, numbered in order. */
        private List<Para> cell(XWPFTableCell cell) {
            List<Para> out = new ArrayList<>();
            element();
            if (++depth > 32) {
                throw new IllegalStateException(Messages.format("phrase.corrupt.tables-nested", "32"));
            }
            for (IBodyElement e : cell.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.addAll(paragraph(p));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        element();
                        for (XWPFTableCell c : r.getTableCells()) {
                            out.addAll(cell(c));
                        }
                    }
                }
            }
            depth--;
            return out;
        }

        /** A paragraph, with its list marker, followed by the paragraphs of its text boxes. */
        private List<Para> paragraph(XWPFParagraph p) {
            List<Para> out = new ArrayList<>();
            element();
            String text = visibleText(p, paragraphNo + 1);
            String marker = listMarker(p, text);
            out.add(new Para(++paragraphNo, marker + text, heading(p)));
            // an XPath query per paragraph is the costliest step of a long document: only where boxes are
            for (String box : textBoxes ? textBoxes(p) : List.<String>of()) {
                out.add(new Para(++paragraphNo, box, false));
            }
            return out;
        }

        /**
         * The paragraph's text without its hidden runs ({@code w:vanish}: Word does not show or
         * print them, so they are not report text); where a hidden run had text, its paragraph
         * number is kept in {@link #hidden}. A paragraph without hidden runs is POI's own text.
         */
        private String visibleText(XWPFParagraph p, int number) {
            boolean anyHidden = false;
            for (XWPFRun r : p.getRuns()) {
                if (vanish(r)) {
                    anyHidden = true;
                    break;
                }
            }
            if (!anyHidden) {
                String text = p.getText();
                return text == null ? "" : text;
            }
            StringBuilder visible = new StringBuilder();
            boolean hiddenText = false;
            for (IRunElement e : p.getIRuns()) {
                if (e instanceof XWPFRun r) {
                    if (r.getCTR().isSetRsidDel()) {
                        continue; // deleted text, as POI's getText() skips it
                    }
                    if (vanish(r)) {
                        hiddenText |= !r.text().isBlank();
                    } else {
                        visible.append(r);
                    }
                } else if (e instanceof XWPFSDT sdt) {
                    visible.append(sdt.getContent() == null ? "" : sdt.getContent().getText());
                } else {
                    visible.append(e);
                }
            }
            if (hiddenText) {
                hidden.add(new org.igfreport.internal.base.Location(number, 1, number, 1, null, null));
            }
            return visible.toString();
        }

        private static boolean vanish(XWPFRun r) {
            try {
                return r.isVanish();
            } catch (RuntimeException e) {
                return false;
            }
        }

        private boolean heading(XWPFParagraph p) {
            String id = p.getStyleID();
            if (id == null) {
                return false;
            }
            String name = id;
            if (doc.getStyles() != null) {
                XWPFStyle s = doc.getStyles().getStyle(id);
                if (s != null && s.getName() != null) {
                    name = s.getName();
                }
            }
            String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
            return n.startsWith("heading") || n.equals("title") || n.equals("subtitle");
        }

        /** "- " for a bullet, "N. " for a numbered paragraph (counted per list and level), else "". */
        private String listMarker(XWPFParagraph p, String text) {
            BigInteger numId = p.getNumID();
            if (numId == null || numId.signum() == 0 || Markers.startsListItem(text)) {
                return "";
            }
            BigInteger lvl = p.getNumIlvl();
            int level = lvl == null ? 0 : lvl.intValue();
            String fmt;
            try {
                fmt = p.getNumFmt();
            } catch (RuntimeException e) {
                fmt = null;
            }
            String key = numId + "/" + level;
            int n = counters.merge(key, 1, Integer::sum);
            for (int deeper = level + 1; deeper < 10; deeper++) {
                counters.remove(numId + "/" + deeper);
            }
            if (fmt == null || fmt.equals("bullet") || fmt.equals("none")) {
                return "- ";
            }
            return n + ". ";
        }

        /**
         * The text of the text boxes anchored in a paragraph, one string per paragraph, each box
         * once (Word stores a modern box and its VML fallback). Walked with cursors only: typed
         * text box objects need schema classes that poi-ooxml-lite does not ship.
         */
        private List<String> textBoxes(XWPFParagraph p) {
            List<String> out = new ArrayList<>();
            List<List<String>> seen = new ArrayList<>();
            try (XmlCursor boxes = p.getCTP().newCursor()) {
                boxes.selectPath(W + ".//w:txbxContent");
                while (boxes.toNextSelection()) {
                    List<String> paras = new ArrayList<>();
                    try (XmlCursor para = boxes.newCursor()) {
                        para.selectPath(W + "./w:p");
                        while (para.toNextSelection()) {
                            StringBuilder sb = new StringBuilder();
                            try (XmlCursor t = para.newCursor()) {
                                t.selectPath(W + ".//w:t");
                                while (t.toNextSelection()) {
                                    sb.append(t.getTextValue());
                                }
                            }
                            paras.add(sb.toString());
                        }
                    }
                    if (!seen.contains(paras)) {
                        seen.add(paras);
                        out.addAll(paras);
                    }
                }
            } catch (RuntimeException e) {
                return out; // a text box that cannot be walked is skipped, the paragraph is still read
            }
            return out;
        }

        private void emitFull(Para p) {
            emitPieces(null, p, false);
        }

        /** Emits a paragraph as rows, one per manual line break; the last ends the paragraph. */
        private void emitPieces(Fragment label, Para p, boolean table) {
            String[] pieces = p.text.replace('\t', ' ').replace('\r', '\n').split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                Fragment body = new Fragment(pieces[i], p.number, 1, null, null);
                Break br = i + 1 < pieces.length ? Break.SOFT : Break.HARD;
                Fragment l = table ? (i == 0 ? label : new Fragment("", p.number, 1, null, null)) : null;
                rows.add(new Row(l, body, br, p.heading));
            }
        }
    }

    /** A paragraph's number and text. */
    private record Para(int number, String text, boolean heading) {
    }
}
