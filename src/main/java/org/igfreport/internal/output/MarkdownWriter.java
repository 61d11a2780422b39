package org.igfreport.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.RuleDescription;
import org.igfreport.Severity;
import org.igfreport.internal.base.Texts;

/**
 * Writes a summary in GitHub-flavoured Markdown, for {@code $GITHUB_STEP_SUMMARY} or a merge
 * request's comment: the totals as a heading, the counts per rule (each rule linked to its page)
 * and per report, then the findings in a table. It keeps the counts and at most {@link #MAX_ROWS}
 * finding rows (a step summary holds at most 1 MiB); the rows past that are counted, not written.
 * A finding's location is its line, or for a Word table row the row and the paragraph within its
 * cell, as the text output says. Text from reports is escaped so that it cannot open a link, an image, HTML or a table cell.
 */
public final class MarkdownWriter implements ReportWriter {

    /** The most findings written as table rows. */
    static final int MAX_ROWS = 500;

    private final Writer out;
    private final Map<String, long[]> perRule = new LinkedHashMap<>();
    private final List<String> perReport = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    /** Reports without findings, and findings past {@link #MAX_ROWS}. */
    private final long[] counts = new long[2];

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public MarkdownWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(Run run) {
        for (RuleDescription r : run.rules()) {
            perRule.put(r.id(), new long[3]);
        }
    }

    @Override
    public void report(ReportResult result) {
        if (result.findings().isEmpty()) {
            counts[0]++;
            return;
        }
        String path = md(result.path());
        perReport.add("| " + path + " | " + (result.template() == null ? "" : md(result.template())) + " | "
                + result.count(Severity.ERROR) + " | " + result.count(Severity.WARNING) + " | " + result.count(Severity.INFO) + " |");
        for (Finding f : result.findings()) {
            perRule.computeIfAbsent(f.rule(), k -> new long[3])[f.severity().ordinal()]++;
            if (rows.size() >= MAX_ROWS) {
                counts[1]++;
                continue;
            }
            var l = f.location();
            String cell = TextWriter.cell(l);
            String where = (cell == null ? String.valueOf(l.line()) : md(cell))
                    + (l.page() == null ? "" : " (" + Texts.format("output.page", String.valueOf(l.page())) + ")");
            rows.add("| " + path + " | " + where + " | " + f.severity().id() + " | " + rule(f.rule()) + " | "
                    + (f.section() == null ? "" : md(f.section())) + " | " + md(f.message()) + " |");
        }
    }

    @Override
    public void end(Summary summary) throws IOException {
        out.write("## " + md(Texts.format("output.md.title", summary.sentence())) + "\n\n");
        if (rows.isEmpty()) {
            out.write(Texts.format("output.md.clean") + "\n");
            out.flush();
            return;
        }
        out.write(header(Texts.format("output.md.rule"), "errors", "warnings", "infos"));
        for (Map.Entry<String, long[]> e : perRule.entrySet()) {
            long[] n = e.getValue();
            if (n[0] + n[1] + n[2] > 0) {
                out.write("| " + rule(e.getKey()) + " | " + n[Severity.ERROR.ordinal()] + " | "
                        + n[Severity.WARNING.ordinal()] + " | " + n[Severity.INFO.ordinal()] + " |\n");
            }
        }
        out.write("\n| " + Texts.format("output.md.report") + " | " + Texts.format("output.md.template") + " | "
                + Texts.format("output.md.errors") + " | " + Texts.format("output.md.warnings") + " | "
                + Texts.format("output.md.infos") + " |\n|---|---|--:|--:|--:|\n");
        for (String row : perReport) {
            out.write(row + "\n");
        }
        if (counts[0] > 0) {
            out.write("\n" + Texts.format("output.md.clean-reports", counts[0], String.valueOf(counts[0])) + "\n");
        }
        out.write("\n| " + Texts.format("output.md.report") + " | " + Texts.format("output.md.line") + " | "
                + Texts.format("output.md.severity") + " | " + Texts.format("output.md.rule") + " | "
                + Texts.format("output.md.section") + " | " + Texts.format("output.md.message") + " |\n"
                + "|---|---|---|---|---|---|\n");
        for (String row : rows) {
            out.write(row + "\n");
        }
        if (counts[1] > 0) {
            out.write("\n" + Texts.format("output.md.more", counts[1], String.valueOf(counts[1])) + "\n");
        }
        out.flush();
    }

    private static String header(String first, String... counts) {
        StringBuilder sb = new StringBuilder("| ").append(first);
        for (String c : counts) {
            sb.append(" | ").append(Texts.format("output.md." + c));
        }
        sb.append(" |\n|---");
        for (int i = 0; i < counts.length; i++) {
            sb.append("|--:");
        }
        return sb.append("|\n").toString();
    }

    /** A rule id, linked to its page where the build knows the address. */
    private static String rule(String id) {
        String uri = RulePages.uri(id);
        return uri == null ? md(id) : "[" + md(id) + "](" + uri + ")";
    }

    /**
     * @param s text from a report or a message
     * @return it escaped for a GitHub-flavoured Markdown table cell: on one line, controls visible,
     *     and no character that could start emphasis, code, a link, an image, HTML, a heading or a cell
     */
    static String md(String s) {
        String p = Escapes.prose(s);
        StringBuilder sb = new StringBuilder(p.length() + 16);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!', '~' ->
                        sb.append('\\').append(c);
                case '&' -> sb.append("&amp;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
