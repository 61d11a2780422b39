package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

/**
 * Every reader puts its fragments where a person finds them: the exact line and column (and page
 * for PDF) of each piece of text, on small fixtures whose positions were counted by hand.
 */
class PositionsTest {

    /** @return per fragment "text @ line:column" (label cell, then answer cell), with "p.N " for a page */
    static List<String> positions(ReportReader reader, byte[] content, String name) {
        List<String> out = new ArrayList<>();
        for (Row r : reader.read(content, name, Limits.DEFAULTS).rows()) {
            if (r.label() != null) {
                out.add(at(r.label()));
            }
            if (r.body() != null && !r.body().text().isEmpty()) {
                out.add(at(r.body()));
            }
        }
        return out;
    }

    private static String at(Fragment f) {
        return (f.page() == null ? "" : "p." + f.page() + " ") + f.text() + " @ " + f.line() + ":" + f.column();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void markdown() {
        String md = "# Title\n"               // 1
                + "\n"
                + "- First item\n"            // 3
                + "-   Spaced item\n"         // 4
                + "  on two lines\n"          // 5
                + "\n"
                + "10. Tenth\n"               // 7
                + "\n"
                + "```\n"                     // 9
                + "code line\n"               // 10
                + "  indented code\n"         // 11
                + "```\n"
                + "\n"
                + "    indented block\n"      // 14
                + "\n"
                + "> Quoted text\n"           // 16
                + "\n"
                + "**Session Title:** X\n"    // 18
                + "\n"
                + "  ```\n"                   // 20
                + "  fenced, indented\n"      // 21
                + "  ```\n";
        assertThat(positions(new MarkdownReader(), utf8(md), "r.md")).containsExactly(
                "Title @ 1:3",
                "- First item @ 3:1",
                "- Spaced item @ 4:3",
                "on two lines @ 5:3",
                "10. Tenth @ 7:1",
                "code line @ 10:1",
                "  indented code @ 11:1",
                "indented block @ 14:5",
                "Quoted text @ 16:3",
                "Session Title: X @ 18:1",
                "fenced, indented @ 21:3");
    }

    @Test
    void text() {
        String txt = "Session Title: Data flows\n\n  Indented answer\r\nKey Issues raised\n\t- one issue\n";
        assertThat(positions(new TextReader(), utf8(txt), "r.txt")).containsExactly(
                "Session Title: Data flows @ 1:1",
                "  Indented answer @ 3:1",
                "Key Issues raised @ 4:1",
                "\t- one issue @ 5:1");
    }

    /** @return per structured field its key, then every fragment of its values, as "text @ line:column pointer" */
    static List<String> fields(ReportReader reader, byte[] content, String name) {
        List<String> out = new ArrayList<>();
        reader.read(content, name, Limits.DEFAULTS).fields().values().forEach(f -> {
            out.add(f.key().text() + " @ " + f.key().line() + ":" + f.key().column() + " " + f.key().pointer());
            f.blocks().forEach(b -> b.forEach(v -> out.add(v.text() + " @ " + v.line() + ":" + v.column() + " "
                    + v.pointer())));
        });
        return out;
    }

    @Test
    void yamlAndJson() {
        String yaml = "template: igf-2017-workshop\nsession_title: Data flows\nkey_issues:\n  - First issue.\n"
                + "discussions: |\n  One paragraph.\n\n  Another.\n";
        assertThat(fields(StructuredReader.yaml(), utf8(yaml), "r.yaml")).containsExactly(
                "session_title @ 2:1 /session_title",
                "Data flows @ 2:16 /session_title",
                "key_issues @ 3:1 /key_issues",
                "First issue. @ 4:5 /key_issues/0",
                "discussions @ 5:1 /discussions",
                "One paragraph. @ 6:3 /discussions",
                "Another. @ 8:3 /discussions");
        String json = "{\n  \"session_title\": \"Data flows\",\n  \"key_issues\": [\"First issue.\", \"Second.\"]\n}\n";
        assertThat(fields(StructuredReader.json(), utf8(json), "r.json")).containsExactly(
                "session_title @ 2:3 /session_title",
                "Data flows @ 2:21 /session_title",
                "key_issues @ 3:3 /key_issues",
                "First issue. @ 3:19 /key_issues/0",
                "Second. @ 3:35 /key_issues/1");
    }

    @Test
    void wordParagraphNumbers() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("examples/office/compliant.docx"));
        assertThat(positions(new DocxReader(), docx, "r.docx").subList(0, 4)).containsExactly(
                "IGF 2017 Reporting Template @ 1:1",
                "Session Title: Data flows and trust in the digital economy @ 3:1",
                "Date: 19 December 2017 @ 5:1",
                "Time: 10:10 - 11:40 @ 7:1");
    }

    @Test
    void pdfPagesAndLines() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("examples/office/compliant.pdf"));
        List<String> all = positions(new PdfReader(), pdf, "r.pdf");
        assertThat(all.subList(0, 3)).containsExactly(
                "p.1 IGF 2017 Reporting Template @ 1:1",
                "p.1 Session Title: Data flows and trust in the digital economy @ 2:1",
                "p.1 Date: 19 December 2017 @ 3:1");
        assertThat(all.stream().filter(s -> s.startsWith("p.2 ")).limit(2)).containsExactly(
                "p.2 Speakers proposed that regulators publish plain-language guidance for small @ 1:1",
                "p.2 firms. This would lower the cost of compliance. @ 2:1");
    }
}
