package org.igfreport.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.SectionSummary;
import org.igfreport.Severity;
import org.igfreport.internal.base.Texts;

/**
 * Writes one self-contained HTML page for a run: inline CSS, no scripts, no external links. A
 * summary table of the reports with their error, warning and info counts comes first; then,
 * for each report, its sections in template order with what was counted in them, each followed
 * by the findings about it (line, severity, rule, message and the text they are about). Every text from a report is
 * HTML-escaped.
 *
 * <p>Streamed: each report is written as soon as it is checked, and only one summary row per
 * report is kept. The summary table is written last and shown first with CSS ({@code order}).
 */
public final class HtmlWriter implements ReportWriter {

    private static final String CSS = """
            :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;
            --error:#cf222e;--error-bg:#ffebe9;--warning:#9a6700;--warning-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;--ok:#1a7f37}
            *{box-sizing:border-box}
            body{margin:0;background:var(--soft);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:24px;display:flex;flex-direction:column;gap:20px}
            header{order:-2}header h1{margin:0;font-size:26px}header p{margin:4px 0 0;color:var(--muted)}
            .summary{order:-1}
            section{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:18px 22px}
            h2{margin:0 0 4px;font-size:19px;word-break:break-all}h2 a{color:inherit;text-decoration:none}
            h3{margin:18px 0 8px;font-size:15px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
            .meta{margin:0;color:var(--muted)}
            table{width:100%;border-collapse:collapse}
            th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
            th{background:var(--soft);font-weight:600;font-size:13px}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tfoot td{font-weight:600;border-bottom:none}
            tr.missing td{color:var(--muted);font-style:italic}
            .badge{display:inline-block;min-width:2.2em;padding:1px 8px;border-radius:999px;font-size:13px;font-weight:600;text-align:center}
            .badge.error{background:var(--error-bg);color:var(--error)}.badge.warning{background:var(--warning-bg);color:var(--warning)}
            .badge.info{background:var(--info-bg);color:var(--info)}.badge.zero{background:transparent;color:var(--muted);font-weight:400}
            .badge.ok{background:transparent;color:var(--ok)}
            code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .excerpt{margin:6px 0 0;padding:4px 10px;border-left:3px solid var(--line);color:var(--muted);white-space:pre-wrap}
            .clean{color:var(--ok);margin:0 0 8px}
tr.finding td{border-bottom:none;padding:2px 10px 8px 28px}
tr.finding.error td{box-shadow:inset 3px 0 var(--error)}tr.finding.warning td{box-shadow:inset 3px 0 var(--warning)}
tr.finding.info td{box-shadow:inset 3px 0 var(--info)}
.where{color:var(--muted);font-variant-numeric:tabular-nums}
tr.doc td{background:var(--soft)}
            footer{order:9;color:var(--muted);font-size:13px;text-align:center}
            """;

    private final Writer out;
    private final List<Row> rows = new ArrayList<>();
    private Run run;

    /** One line of the summary table: all that is kept of a report once it is written. */
    private record Row(String path, String anchor, String template, long errors, long warnings, long infos) {
    }

    /** The text key of the page's title, and what else goes in its head (another page's style and script). */
    private final String titleKey;
    private final String head;

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public HtmlWriter(OutputStream out) {
        this(out, "html.title", "");
    }

    /**
     * A writer of the report sections for another page (the summary's), which ends the page with
     * {@link #endPage} instead of {@link #end}.
     *
     * @param out where to write, in UTF-8 (flushed, never closed)
     * @param titleKey the text key of the page's title
     * @param head more of the page's head
     */
    HtmlWriter(OutputStream out, String titleKey, String head) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.titleKey = titleKey;
        this.head = head;
    }

    @Override
    public void begin(Run newRun) throws IOException {
        this.run = newRun;
        String title = esc(Texts.format(titleKey));
        out.write("<!DOCTYPE html>\n<html lang=\"" + esc(Texts.format("html.lang")) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n<style>\n" + CSS + "</style>\n" + head + "</head>\n<body>\n<main>\n");
        out.write("<header><h1>" + title + "</h1><p>" + esc(run.toolName()) + " " + esc(run.toolVersion())
                + "</p></header>\n");
    }

    @Override
    public void report(ReportResult r) throws IOException {
        String anchor = "report-" + (rows.size() + 1);
        long e = r.count(Severity.ERROR);
        long w = r.count(Severity.WARNING);
        long i = r.count(Severity.INFO);
        rows.add(new Row(r.path(), anchor, r.template(), e, w, i));
        StringBuilder h = new StringBuilder(4096);
        h.append("<section class=\"report\" id=\"").append(anchor).append("\">\n<h2><a href=\"#").append(anchor)
                .append("\">").append(esc(r.path())).append("</a></h2>\n<p class=\"meta\">")
                .append(esc(r.format())).append(" · ")
                .append(r.template() == null ? esc(Texts.format("html.no-template"))
                        : Texts.format("html.template", "<code>" + esc(r.template()) + "</code>"))
                .append(" · ").append(badge(e, "error")).append(' ').append(badge(w, "warning")).append(' ')
                .append(badge(i, "info")).append("</p>\n");
        sections(h, r);
        h.append("</section>\n");
        out.write(h.toString());
        out.flush();
    }

    @Override
    public void end(Summary summary) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"summary\">\n<h2>").append(esc(Texts.format("html.reports", summary.reports(),
                        String.valueOf(summary.reports())))).append("</h2>\n<p class=\"meta\">")
                .append(esc(summary.sentence())).append("</p>\n<table>\n<thead><tr><th>").append(text("html.column.report"))
                .append("</th><th>").append(text("html.column.template")).append("</th><th class=\"n\">")
                .append(text("html.column.errors")).append("</th><th class=\"n\">").append(text("html.column.warnings"))
                .append("</th><th class=\"n\">").append(text("html.column.infos")).append("</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            h.append("<tr><td><a href=\"#").append(row.anchor()).append("\">").append(esc(row.path())).append("</a></td><td>")
                    .append(row.template() == null ? "—" : "<code>" + esc(row.template()) + "</code>").append("</td>")
                    .append(countCell(row.errors(), "error")).append(countCell(row.warnings(), "warning"))
                    .append(countCell(row.infos(), "info")).append("</tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><td colspan=\"2\">").append(text("html.total")).append("</td>")
                .append(countCell(summary.errors(), "error"))
                .append(countCell(summary.warnings(), "warning")).append(countCell(summary.infos(), "info"))
                .append("</tr></tfoot>\n</table>\n</section>\n");
        out.write(h.toString());
        endPage();
    }

    /**
     * Ends the page: the footer, and the closing tags.
     *
     * @throws IOException when the output cannot be written
     */
    void endPage() throws IOException {
        out.write("<footer>" + esc(Texts.format("html.footer", run.toolName(), run.toolVersion()))
                + "</footer>\n</main>\n</body>\n</html>\n");
        out.flush();
    }

    /**
     * The report section by section, in template order: each section's counts, and right under
     * it the findings about it, with their line and the text they are about; findings about the
     * whole document come first.
     */
    private void sections(StringBuilder h, ReportResult r) {
        Set<String> ids = new LinkedHashSet<>();
        if (r.template() != null) {
            ids.addAll(run.templateSections().getOrDefault(r.template(), List.of()));
        }
        ids.addAll(r.sections().keySet());
        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            String key = f.section() == null || !ids.contains(f.section()) ? "" : f.section();
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        h.append("<h3>").append(text("html.sections")).append("</h3>\n");
        if (r.findings().isEmpty()) {
            h.append("<p class=\"clean\">").append(text("html.clean")).append("</p>\n");
        }
        if (ids.isEmpty() && r.findings().isEmpty()) {
            return;
        }
        h.append("<table class=\"sections\">\n<thead><tr><th>").append(text("html.column.section"))
                .append("</th><th class=\"n\">").append(text("html.column.line"))
                .append("</th><th class=\"n\">").append(text("html.column.items"))
                .append("</th><th class=\"n\">").append(text("html.column.paragraphs"))
                .append("</th><th class=\"n\">").append(text("html.column.sentences"))
                .append("</th><th>").append(text("html.column.sentences-per-item")).append("</th></tr></thead>\n<tbody>\n");
        List<Finding> whole = bySection.getOrDefault("", List.of());
        if (!whole.isEmpty()) {
            h.append("<tr class=\"doc\"><td colspan=\"6\"><b>").append(text("html.whole-document")).append("</b></td></tr>\n");
            findings(h, whole);
        }
        for (String id : ids) {
            SectionSummary s = r.sections().get(id);
            if (s == null) {
                h.append("<tr class=\"missing\"><td><code>").append(esc(id))
                        .append("</code></td><td colspan=\"5\">").append(text("html.not-found")).append("</td></tr>\n");
            } else {
                int sentences = s.sentences().stream().mapToInt(Integer::intValue).sum();
                h.append("<tr><td><code>").append(esc(id)).append("</code></td><td class=\"n\">")
                        .append(page(s.page())).append(s.line())
                        .append("</td><td class=\"n\">").append(s.items()).append("</td><td class=\"n\">")
                        .append(s.paragraphs()).append("</td><td class=\"n\">").append(sentences).append("</td><td>")
                        .append(s.sentences().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .append("</td></tr>\n");
            }
            findings(h, bySection.getOrDefault(id, List.of()));
        }
        h.append("</tbody>\n</table>\n");
    }

    /** The findings of one section, each on a row of its own under the section's row. */
    private static void findings(StringBuilder h, List<Finding> findings) {
        for (Finding f : findings) {
            var l = f.location();
            h.append("<tr class=\"finding ").append(f.severity().id()).append("\"><td colspan=\"6\">")
                    .append("<span class=\"where\">").append(esc(TextWriter.cell(l) != null ? TextWriter.cell(l)
                            : Texts.format("html.where", page(l.page()), String.valueOf(l.line()), String.valueOf(l.column()))))
                    .append("</span> ")
                    .append("<span class=\"badge ").append(f.severity().id()).append("\">")
                    .append(f.severity().id()).append("</span> ");
            String page = RulePages.uri(f.rule());
            if (page == null) {
                h.append("<code>").append(esc(f.rule())).append("</code> ");
            } else {
                // the rule's page: what it finds, why, and how to fix, configure or suppress it
                h.append("<a class=\"rule\" href=\"").append(esc(page)).append("\"><code>").append(esc(f.rule()))
                        .append("</code></a> ");
            }
            h.append(esc(f.message()));
            if (!f.excerpt().isBlank()) {
                h.append("<blockquote class=\"excerpt\">").append(esc(f.excerpt())).append("</blockquote>");
            }
            h.append("</td></tr>\n");
        }
    }

    private static String badge(long n, String severity) {
        return "<span class=\"badge " + (n == 0 ? "zero" : severity) + "\">"
                + esc(Texts.format("html.count." + severity, n, String.valueOf(n))) + "</span>";
    }

    /** A text of the bundle, escaped for HTML. */
    private static String text(String key) {
        return esc(Texts.format(key));
    }

    /** "p. 3, " before a line number in a PDF, else nothing. */
    private static String page(Integer page) {
        return page == null ? "" : Texts.format("html.page", String.valueOf(page)) + ", ";
    }

    private static String countCell(long n, String severity) {
        return "<td class=\"n\"><span class=\"badge " + (n == 0 ? "zero" : severity) + "\">" + n + "</span></td>";
    }

    /**
     * @param s any text
     * @return it escaped for HTML text and attribute values (control characters but line breaks and tabs
     *     replaced); the one escaping of every HTML igf-report writes, the web page's too
     */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f) {
                        b.append('\uFFFD');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
