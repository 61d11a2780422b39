package org.igfreport.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.template.ReportSchemas;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;

/**
 * A blank report of a template, to fill in: every label in template order, each with its help
 * text as a hint the checker never reads as an answer, "(optional)" after the hint of an optional
 * section. How each format marks a hint:
 * <ul>
 * <li>Markdown: the label a {@code ##} heading, the hint an HTML comment below it (the Markdown
 * reader skips comments);</li>
 * <li>text: the label on its own line, the hint a line that is one HTML comment
 * {@code <!-- ... -->} (the text reader skips such lines, as Markdown does);</li>
 * <li>YAML: the label and hint as comments above each section id's key, whose value is empty
 * (an empty list for a list section);</li>
 * <li>Word: the IGF template's two-column table, the label cells shaded with the label in bold
 * and the hint below it in italics (a label cell is never an answer), the answer cells empty.</li>
 * </ul>
 */
final class BlankReport {

    /** The formats of a blank report. */
    enum Format {
        MD, DOCX, TXT, YAML;

        /** @return the format's name on the command line */
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @return the format named, or null */
        static Format of(String name) {
            for (Format f : values()) {
                if (f.id().equals(name.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return name.equalsIgnoreCase("markdown") ? MD : name.equalsIgnoreCase("text") ? TXT
                    : name.equalsIgnoreCase("yml") ? YAML : null;
        }
    }

    private BlankReport() {
    }

    /**
     * @param template the template
     * @param format the format
     * @return the blank report's bytes
     */
    static byte[] render(Template template, Format format) {
        return render(template, format, Map.of());
    }

    /**
     * The same layout with answers under the labels: a report to check, as {@code extract} gives
     * it back (a structured report is already its own rendering: YAML is always blank here).
     *
     * @param template the template
     * @param format the format
     * @param answers per section id, its paragraphs or entries in order (none: left blank)
     * @return the report's bytes
     */
    static byte[] render(Template template, Format format, Map<String, List<String>> answers) {
        return switch (format) {
            case MD -> markdown(template, answers).getBytes(StandardCharsets.UTF_8);
            case TXT -> text(template, answers).getBytes(StandardCharsets.UTF_8);
            case YAML -> yaml(template).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(template, answers);
        };
    }

    static String markdown(Template t) {
        return markdown(t, Map.of());
    }

    static String markdown(Template t, Map<String, List<String>> answers) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(oneLine(titleLine(t))).append("\n\n");
        for (TemplateSection s : t.sections()) {
            b.append("## ").append(oneLine(s.label())).append("\n\n");
            if (!hint(s).isEmpty()) {
                b.append("<!-- ").append(comment(hint(s))).append(" -->\n\n");
            }
            answer(b, s, answers);
        }
        return b.toString();
    }

    static String text(Template t) {
        return text(t, Map.of());
    }

    static String text(Template t, Map<String, List<String>> answers) {
        StringBuilder b = new StringBuilder();
        b.append(oneLine(titleLine(t))).append("\n\n");
        for (TemplateSection s : t.sections()) {
            b.append(oneLine(s.label())).append('\n');
            if (!hint(s).isEmpty()) {
                b.append("<!-- ").append(comment(hint(s))).append(" -->\n");
            }
            b.append('\n');
            answer(b, s, answers);
        }
        return b.toString();
    }

    /** A section's answer in Markdown or text: speakers one a line, other entries and paragraphs apart by a blank line. */
    private static void answer(StringBuilder b, TemplateSection s, Map<String, List<String>> answers) {
        List<String> parts = answers.getOrDefault(s.id(), List.of());
        if (parts.isEmpty()) {
            return;
        }
        boolean lines = s.kind() == SectionKind.PEOPLE;
        for (String p : parts) {
            b.append(p.strip()).append(lines ? "\n" : "\n\n");
        }
        if (lines) {
            b.append('\n');
        }
    }

    static String yaml(Template t) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(oneLine(titleLine(t))).append('\n');
        b.append("template: ").append(t.id()).append('\n');
        for (TemplateSection s : t.sections()) {
            b.append('\n').append("# ").append(oneLine(s.label())).append('\n');
            if (!hint(s).isEmpty()) {
                b.append("# ").append(oneLine(hint(s))).append('\n');
            }
            // a list section's empty value is an empty list: a bare key would be read as empty text
            b.append(s.id()).append(ReportSchemas.shape(s.kind()).equals("list") ? ": []\n" : ":\n");
        }
        return b.toString();
    }

    static byte[] docx(Template t) {
        return docx(t, Map.of());
    }

    static byte[] docx(Template t, Map<String, List<String>> answers) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            XWPFRun tr = title.createRun();
            tr.setBold(true);
            tr.setFontSize(14);
            tr.setText(oneLine(titleLine(t)));
            XWPFTable table = doc.createTable(t.sections().size(), 2);
            table.setWidth("100%");
            for (int i = 0; i < t.sections().size(); i++) {
                TemplateSection s = t.sections().get(i);
                XWPFTableRow row = table.getRow(i);
                XWPFTableCell label = row.getCell(0);
                label.setWidth("40%");
                label.setColor("D9D9D9");
                XWPFRun lr = label.getParagraphs().get(0).createRun();
                lr.setBold(true);
                lr.setText(oneLine(s.label()));
                if (!hint(s).isEmpty()) {
                    XWPFRun hr = label.addParagraph().createRun();
                    hr.setItalic(true);
                    hr.setFontSize(9);
                    hr.setText(oneLine(hint(s)));
                }
                XWPFTableCell answer = row.getCell(1);
                answer.setWidth("60%");
                // one paragraph per paragraph or entry; a hard-wrapped line goes on the paragraph
                List<String> parts = answers.getOrDefault(s.id(), List.of());
                for (int p = 0; p < parts.size(); p++) {
                    XWPFParagraph para = p == 0 ? answer.getParagraphs().get(0) : answer.addParagraph();
                    para.createRun().setText(oneLine(parts.get(p)));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A section's hint: its help text, and "(optional)" after it for an optional section (what
     * {@code templates import} reads back as {@code required: false}).
     */
    static String hint(TemplateSection s) {
        String help = oneLine(s.help());
        if (s.requirement() != Requirement.OPTIONAL) {
            return help;
        }
        String optional = Texts.format("import.optional-mark");
        return help.isEmpty() ? optional : help + " " + optional;
    }

    /** The form's own title line (the template's first heading), else the template's title. */
    static String titleLine(Template t) {
        return t.headings().isEmpty() ? t.title() : t.headings().get(0);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A hint inside an HTML comment: a "--" would end it early. */
    private static String comment(String s) {
        return oneLine(s).replace("--", "- -");
    }
}
