package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

/** The Word reader walks the body in order: tables, paragraphs, headings, lists. */
class DocxReaderTest {

    private static final DocxReader READER = new DocxReader();

    private static Document read(byte[] docx) {
        return READER.read(docx, "r.docx", Limits.DEFAULTS);
    }

    @Test
    void aTwoCellRowGivesOneTableRowPerAnswerParagraph() {
        Document d = read(OfficeFixtures.docx(OfficeFixtures.compliant()));
        assertThat(d.unreadable()).isFalse();
        assertThat(d.format()).isEqualTo("docx");
        List<Row> speakers = d.rows().stream().filter(Row::isTableRow)
                .dropWhile(r -> !r.label().text().startsWith("List of Speakers")).limit(3).toList();
        assertThat(speakers).extracting(r -> r.label().text()).containsExactly(
                "List of Speakers and their institutional affiliations", "", "");
        assertThat(speakers).extracting(r -> r.body().text()).containsExactly(
                "Ana Lima, Ministry of Communications, Brazil", "Peter Smith, Global Data Alliance",
                "Mei Chen, Tsinghua University");
        assertThat(speakers).allMatch(r -> r.breakAfter() == Break.HARD);
    }

    @Test
    void lineIsTheParagraphNumberCountingTableCellParagraphs() {
        Document d = read(OfficeFixtures.docx(OfficeFixtures.compliant()));
        // 1: the title; 2, 3: "Session Title" label and answer; 4, 5: "Date" label and answer.
        assertThat(d.rows().get(0).body().line()).isEqualTo(1);
        Row title = d.rows().get(1);
        assertThat(title.label().line()).isEqualTo(2);
        assertThat(title.body().line()).isEqualTo(3);
        Row date = d.rows().get(2);
        assertThat(date.label().text()).isEqualTo("Date");
        assertThat(date.body().line()).isEqualTo(5);
        assertThat(date.body().page()).isNull();
    }

    @Test
    void headingsListsMergedCellsAndNestedTables() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("Gender Reporting");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance()));
            BigInteger numId = numbering.addNum(abstractId);
            for (String item : List.of("First issue.", "Second issue.")) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.createRun().setText(item);
            }
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("Key Issues");
            t.getRow(0).getCell(1).setText("Outer answer.");
            XWPFTable nested = t.getRow(0).getCell(1).insertNewTbl(
                    t.getRow(0).getCell(1).getCTTc().addNewP().newCursor());
            assertThat(nested).isNotNull();
            t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            t.getRow(1).getCell(1).setText("Continued answer.");
            doc.write(out);
            bytes = out.toByteArray();
        }
        Document d = read(bytes);
        assertThat(d.unreadable()).as(String.valueOf(d.findings())).isFalse();
        assertThat(d.rows().get(0).heading()).isTrue();
        assertThat(d.rows().get(0).body().text()).isEqualTo("Gender Reporting");
        assertThat(d.rows().get(1).body().text()).isIn("- First issue.", "1. First issue.");
        assertThat(d.rows().get(2).body().text()).isIn("- Second issue.", "2. Second issue.");
        List<Row> table = d.rows().stream().filter(Row::isTableRow).toList();
        assertThat(table.get(0).label().text()).isEqualTo("Key Issues");
        assertThat(table.get(0).body().text()).isEqualTo("Outer answer.");
        Row merged = table.get(table.size() - 1);
        assertThat(merged.label().text()).as("a merged label cell continues the label above").isEmpty();
        assertThat(merged.body().text()).isEqualTo("Continued answer.");
        for (int i = 1; i < d.rows().size(); i++) {
            assertThat(d.rows().get(i).body().line()).isGreaterThanOrEqualTo(d.rows().get(i - 1).body().line());
        }
    }

    @Test
    void textBoxesAreReadOnce() throws IOException {
        // What Word 2010 and later write: a DrawingML text box, and the same box in VML as a fallback.
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Anchor paragraph.");
            var r = p.getCTP().addNewR();
            try (var c = r.newCursor()) {
                c.toEndToken();
                c.beginElement(new QName(mc, "AlternateContent", "mc"));
                c.beginElement(new QName(mc, "Choice", "mc"));
                c.insertAttributeWithValue("Requires", "wps");
                box(c, new QName("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "txbx", "wps"), w);
                c.toNextToken();
                c.beginElement(new QName(mc, "Fallback", "mc"));
                box(c, new QName("urn:schemas-microsoft-com:vml", "textbox", "v"), w);
            }
            doc.write(out);
            bytes = out.toByteArray();
        }
        Document d = read(bytes);
        assertThat(d.rows()).as(d.findings().toString()).extracting(x -> x.body().text())
                .containsExactly("Anchor paragraph.", "Boxed text.");
        assertThat(d.rows().get(1).body().line()).isEqualTo(2);
    }

    private static void box(org.apache.xmlbeans.XmlCursor c, QName container, String w) {
        c.beginElement(container);
        c.beginElement(new QName(w, "txbxContent", "w"));
        c.beginElement(new QName(w, "p", "w"));
        c.beginElement(new QName(w, "r", "w"));
        c.insertElementWithText(new QName(w, "t", "w"), "Boxed text.");
        c.toNextToken(); // out of w:r
        c.toNextToken(); // out of w:p
        c.toNextToken(); // out of w:txbxContent
        c.toNextToken(); // out of the container
    }

    /** The compliant report with the runs whose text is {@code text} marked hidden ({@code w:vanish}), made with POI. */
    static byte[] withHiddenRun(String text) {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(OfficeFixtures.docx(OfficeFixtures.compliant())));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int hidden = 0;
            for (XWPFTable t : doc.getTables()) {
                for (var row : t.getRows()) {
                    for (var cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            for (var r : p.getRuns()) {
                                if (text.equals(r.text())) {
                                    r.setVanish(true);
                                    hidden++;
                                }
                            }
                        }
                    }
                }
            }
            assertThat(hidden).isEqualTo(1);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hiddenRunsAreNotReportText() {
        Document d = read(withHiddenRun("10:10 - 11:40"));
        assertThat(d.unreadable()).isFalse();
        Row time = d.rows().stream().filter(r -> r.isTableRow() && r.label().text().equals("Time")).findFirst()
                .orElseThrow();
        assertThat(time.body().text()).isEmpty();
        assertThat(d.rows()).noneMatch(r -> r.body().text().contains("11:40"));
        assertThat(d.hidden()).extracting(org.igfreport.internal.base.Location::line).containsExactly(time.body().line());
        // a visible file has no hidden places
        assertThat(read(OfficeFixtures.docx(OfficeFixtures.compliant())).hidden()).isEmpty();
    }
}
