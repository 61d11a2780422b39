package org.igfreport.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.igfreport.Limits;
import org.igfreport.document.Break;
import org.igfreport.document.Document;
import org.igfreport.document.Fragment;
import org.igfreport.document.Row;
import org.igfreport.text.Markers;

/**
 * Reads Word (.docx) reports with Apache POI, body element by body element in document order:
 * <ul>
 *   <li>a table row of two (or more) cells is the IGF template's label and answer: one table row
 *       per paragraph of the answer cell, the label cell's text on the first; nested tables in a
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
 * is {@code encrypted}; a file POI cannot open is {@code corrupt}; a zip bomb (a part that expands
 * past 64 MB, or more than 100 times its packed size) is {@code too-large}; a file without text
 * is {@code empty}. External entities and external links are never resolved: POI's XML parsers
 * refuse document type declarations, and only the main document part is read.
 */
public final class DocxReader implements ReportReader {

    /** The largest part a .docx may expand to, in bytes. */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** The smallest packed/unpacked ratio a part may have (1%: larger ratios are zip bombs). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    static {
        // POI keeps these limits in static fields only (no per-read setter), so they are set once
        // here, before any .docx is opened, rather than around each read, which would race.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    @Override
    public String format() {
        return "docx";
    }

    /** @param content a file's bytes
     *  @return whether it is an OLE2 compound file (old .doc, or an encrypted .docx) */
    static boolean isOle2(byte[] content) {
        if (content.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (content[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Document read(byte[] content, String name, Limits limits) {
        try {
            if (content.length == 0) {
                return Unreadable.document(name, format(), "empty");
            }
            if (isOle2(content)) {
                return Unreadable.document(name, format(), encryptedPackage(content) ? "encrypted" : "old-doc");
            }
            if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
                return Unreadable.document(name, format(), "corrupt", "not a Word (.docx) file");
            }
            List<Row> rows;
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
                Walker w = new Walker(doc);
                w.body(doc.getBodyElements());
                rows = w.rows;
            }
            if (rows.stream().allMatch(Row::isBlank)) {
                return Unreadable.document(name, format(), "empty");
            }
            return Document.ofRows(name, format(), rows);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                return Unreadable.document(name, format(), "too-large", "over " + MAX_ENTRY_SIZE / (1024 * 1024)
                        + " MB when unpacked", MAX_ENTRY_SIZE / (1024 * 1024) + " MB");
            }
            return Unreadable.document(name, format(), "corrupt", detail(e));
        } catch (StackOverflowError e) {
            return Unreadable.document(name, format(), "corrupt", "nested too deeply");
        } catch (OutOfMemoryError e) {
            return Unreadable.document(name, format(), "too-large", "?", limits.maxBytes() / (1024 * 1024) + " MB");
        }
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
        private final Map<String, Integer> counters = new HashMap<>();
        private int paragraphNo;
        private int depth;

        Walker(XWPFDocument doc) {
            this.doc = doc;
        }

        void body(List<IBodyElement> elements) {
            if (++depth > 32) {
                throw new IllegalStateException("tables nested more than 32 deep");
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
                        lt.append(lt.length() > 0 ? " " : "").append(p.text.strip());
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
            if (++depth > 32) {
                throw new IllegalStateException("tables nested more than 32 deep");
            }
            for (IBodyElement e : cell.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.addAll(paragraph(p));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
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
            String text = p.getText();
            text = text == null ? "" : text;
            String marker = listMarker(p, text);
            out.add(new Para(++paragraphNo, marker + text, heading(p)));
            for (String box : textBoxes(p)) {
                out.add(new Para(++paragraphNo, box, false));
            }
            return out;
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
