package org.igfreport.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Builds the same IGF report as text (a Word table saved as text), Markdown, Word (a two-column
 * table made with POI) and PDF (two columns drawn with PDFBox, wrapped lines, rows running over
 * page breaks, a running header and page numbers), so that tests can compare what the checker
 * makes of each.
 */
public final class OfficeFixtures {

    /**
     * A part of a report: a table row (label and answer paragraphs) or a full-width line.
     *
     * @param label the label, or {@code null} for a full-width line
     * @param paragraphs the answer's paragraphs (the line's text for a full-width line)
     */
    public record Part(String label, List<String> paragraphs) {
        static Part row(String label, String... paragraphs) {
            return new Part(label, List.of(paragraphs));
        }

        static Part line(String text) {
            return new Part(null, List.of(text));
        }
    }

    private OfficeFixtures() {
    }

    private static final String DISCUSSION_1 = "Participants discussed how cross-border data flows support trade and"
            + " development, and how trust in those flows can be built. Several speakers noted that small firms in"
            + " developing countries depend on cloud services hosted abroad. Others warned that rules on data"
            + " localisation raise costs without improving security. A business representative described how a"
            + " payment start-up had to build three data centres to serve three neighbouring markets. Civil society"
            + " speakers replied that people's rights must come first, whatever the costs for business.";
    private static final String DISCUSSION_2 = "The second part of the discussion turned to privacy and the role of"
            + " regulators. A speaker from government described a new data protection law and the consultations"
            + " that shaped it. Participants asked how enforcement could keep pace with technology. One participant"
            + " pointed out that many authorities have fewer than ten staff for a whole country. Another asked"
            + " whether regional bodies could share the work of investigating complaints across borders.";
    private static final String DISCUSSION_3 = "Finally, the panel considered capacity building for regulators and"
            + " civil society. There was broad agreement that training and shared guidance would help. Some"
            + " participants called for regional cooperation among data protection authorities.";
    private static final String DISCUSSION_4 = "A last round of questions came from remote participants, who asked"
            + " about the costs of compliance for start-ups. The speakers agreed that more research is needed.";
    private static final String WAY_1 = "Participants suggested that the IGF host an intersessional group on data"
            + " flows and trust. Such a group could collect practices from different regions.";
    private static final String WAY_2 = "Speakers proposed that regulators publish plain-language guidance for small"
            + " firms. This would lower the cost of compliance.";
    private static final String WAY_3 = "It was agreed that the discussion should continue at the next IGF, with more"
            + " voices from the Global South.";

    /** @return a report that follows the IGF 2017 template */
    public static List<Part> compliant() {
        return List.of(
                Part.line("IGF 2017 Reporting Template"),
                Part.row("Session Title", "Data flows and trust in the digital economy"),
                Part.row("Date", "19 December 2017"),
                Part.row("Time", "10:10 - 11:40"),
                Part.row("Session Organizer", "Internet Society"),
                Part.row("Chair/Moderator", "Jane Doe, Internet Society"),
                Part.row("Rapporteur/Notetaker", "John Roe, University of Geneva"),
                Part.row("List of Speakers and their institutional affiliations",
                        "Ana Lima, Ministry of Communications, Brazil", "Peter Smith, Global Data Alliance",
                        "Mei Chen, Tsinghua University"),
                Part.row("Key Issues raised (1 sentence per issue)",
                        "Data localisation rules raise costs for small firms without improving security.",
                        "Trust in cross-border data flows depends on enforceable privacy protection.",
                        "Regulators in developing countries lack the capacity to enforce data protection laws."),
                Part.row("Please describe the Discussions that took place during the workshop session (3 paragraphs)",
                        DISCUSSION_1, DISCUSSION_2, DISCUSSION_3),
                Part.row("Please describe any Participant suggestions regarding the way forward/ potential next steps"
                        + " /key takeaways (3 paragraphs)", WAY_1, WAY_2, WAY_3),
                Part.line("Gender Reporting"),
                Part.row("Estimate the overall number of the participants present at the session",
                        "About 60 participants attended the session."),
                Part.row("Estimate the overall number of women present at the session",
                        "About 25 of the participants were women."),
                Part.row("To what extent did the session discuss gender equality and/or women's empowerment?",
                        "The session did not discuss gender equality."));
    }

    /**
     * @return a report with an empty Time row, no Rapporteur row, a speaker without affiliation, a
     *     key issue of two sentences, four discussion paragraphs and a one-paragraph way forward
     */
    public static List<Part> defective() {
        List<Part> out = new ArrayList<>();
        for (Part p : compliant()) {
            String l = p.label() == null ? "" : p.label();
            if (l.equals("Rapporteur/Notetaker")) {
                continue;
            } else if (l.equals("Time")) {
                out.add(new Part("Time", List.of("")));
            } else if (l.startsWith("List of Speakers")) {
                out.add(Part.row(l, "Ana Lima, Ministry of Communications, Brazil", "Peter Smith",
                        "Mei Chen, Tsinghua University"));
            } else if (l.startsWith("Key Issues")) {
                out.add(Part.row(l, "Data localisation rules raise costs for small firms. They do not improve security.",
                        "Trust in cross-border data flows depends on enforceable privacy protection.",
                        "Regulators in developing countries lack the capacity to enforce data protection laws."));
            } else if (l.startsWith("Please describe the Discussions")) {
                out.add(Part.row(l, DISCUSSION_1, DISCUSSION_2, DISCUSSION_3, DISCUSSION_4));
            } else if (l.startsWith("Please describe any Participant")) {
                out.add(Part.row(l, WAY_1 + " " + WAY_2 + " " + WAY_3));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** @param parts a report
     *  @return it as a Word table saved as text: label, tab, answer; one line per paragraph, a blank
     *      line after each (without them the text reader takes the short answers for hard-wrapped text) */
    public static String text(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p.label() == null) {
                sb.append(p.paragraphs().get(0)).append("\n\n");
                continue;
            }
            for (int i = 0; i < p.paragraphs().size(); i++) {
                sb.append(i == 0 ? p.label() : "").append('\t').append(p.paragraphs().get(i)).append("\n\n");
            }
        }
        return sb.toString();
    }

    /** @param parts a report
     *  @return it as Markdown: bold labels, answers as paragraphs */
    public static String markdown(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p.label() == null) {
                sb.append("## ").append(p.paragraphs().get(0)).append("\n\n");
                continue;
            }
            if (p.paragraphs().size() == 1) {
                sb.append("**").append(p.label()).append(":** ").append(p.paragraphs().get(0)).append("\n\n");
                continue;
            }
            sb.append("**").append(p.label()).append(":**\n\n");
            for (String para : p.paragraphs()) {
                sb.append(para).append("\n\n");
            }
        }
        return sb.toString();
    }

    /** @param parts a report
     *  @return it as a .docx: a title, the rows in two-column tables (bold labels), the full-width lines between */
    public static byte[] docx(List<Part> parts) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (Part p : parts) {
                if (p.label() == null) {
                    XWPFParagraph para = doc.createParagraph();
                    XWPFRun r = para.createRun();
                    r.setBold(true);
                    r.setText(p.paragraphs().get(0));
                    table = null;
                    continue;
                }
                org.apache.poi.xwpf.usermodel.XWPFTableRow row;
                if (table == null) {
                    table = doc.createTable(1, 2);
                    row = table.getRow(0);
                } else {
                    row = table.createRow();
                }
                XWPFTableCell label = row.getCell(0);
                XWPFRun lr = label.getParagraphs().get(0).createRun();
                lr.setBold(true);
                lr.setText(p.label());
                XWPFTableCell answer = row.getCell(1);
                for (int i = 0; i < p.paragraphs().size(); i++) {
                    XWPFParagraph ap = i == 0 ? answer.getParagraphs().get(0) : answer.addParagraph();
                    if (!p.paragraphs().get(i).isEmpty()) {
                        ap.createRun().setText(p.paragraphs().get(i));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Geometry of the PDF fixture, in points. */
    private static final float LEFT = 60;
    private static final float LABEL_WIDTH = 150;
    private static final float ANSWER_X = 230;
    private static final float ANSWER_WIDTH = 320;
    private static final float SIZE = 10;
    private static final float PITCH = 12;
    private static final float TOP = 720;
    private static final float BOTTOM = 80;

    /**
     * @param parts a report
     * @param header whether to draw a running header and page numbers
     * @return it as a PDF: the label column and the answer column side by side, wrapped, over as
     *     many pages as needed
     */
    public static byte[] pdf(List<Part> parts, boolean header) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PdfWriter w = new PdfWriter(doc, regular, header);
            for (Part p : parts) {
                if (p.label() == null) {
                    w.ensure(PITCH);
                    w.text(bold, LEFT, p.paragraphs().get(0));
                    w.y -= PITCH + 8;
                    continue;
                }
                List<String> labelLines = wrap(bold, p.label(), LABEL_WIDTH);
                List<List<String>> paras = new ArrayList<>();
                for (String para : p.paragraphs()) {
                    paras.add(wrap(regular, para, ANSWER_WIDTH));
                }
                w.ensure(PITCH);
                int labelIndex = 0;
                for (int k = 0; k < paras.size(); k++) {
                    for (String line : paras.get(k)) {
                        w.ensure(PITCH);
                        if (labelIndex < labelLines.size()) {
                            w.text(bold, LEFT, labelLines.get(labelIndex++));
                        }
                        w.text(regular, ANSWER_X, line);
                        w.y -= PITCH;
                    }
                    if (k + 1 < paras.size()) {
                        w.y -= 6;
                    }
                }
                while (labelIndex < labelLines.size()) {
                    w.ensure(PITCH);
                    w.text(bold, LEFT, labelLines.get(labelIndex++));
                    w.y -= PITCH;
                }
                w.y -= 10;
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines, opening a new page (with header and page number) when the current one is full. */
    private static final class PdfWriter {
        private final PDDocument doc;
        private final PDType1Font font;
        private final boolean header;
        private PDPageContentStream cs;
        private int page;
        float y;

        PdfWriter(PDDocument doc, PDType1Font font, boolean header) throws IOException {
            this.doc = doc;
            this.font = font;
            this.header = header;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage p = new PDPage(PDRectangle.LETTER);
            doc.addPage(p);
            cs = new PDPageContentStream(doc, p);
            page++;
            y = TOP;
            if (header) {
                text(font, LEFT, "IGF workshop report - draft for the secretariat");
                textAt(font, 300, 40, String.valueOf(page));
                y = TOP - 30;
            }
        }

        /** @return whether a new page was opened */
        boolean ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
                return true;
            }
            return false;
        }

        void text(PDType1Font f, float x, String s) throws IOException {
            textAt(f, x, y, s);
        }

        private void textAt(PDType1Font f, float x, float atY, String s) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(f, SIZE);
            cs.newLineAtOffset(x, atY);
            cs.showText(s);
            cs.endText();
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }
    }

    /** Greedy word wrap to a width. */
    static List<String> wrap(PDType1Font font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Copies a zip (a .docx), changing one entry: how the tests make zip bombs, external
     * entities and damaged Word parts.
     *
     * @param zip the zip's bytes
     * @param entry the entry to change
     * @param change how to change it
     * @return the new zip's bytes
     * @throws IOException never, in memory
     */
    public static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<byte[]> change) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip)); java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(e.getName().equals(entry) ? change.apply(data) : data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
