package org.igfreport.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.igfreport.ReportResult;
import org.igfreport.internal.base.Texts;

/**
 * {@code summary --format html}: one self-contained page (no network; its style and a few lines
 * of script inline, the page readable without the script). At the top the totals as figures, then
 * three charts drawn as inline SVG (findings per rule, the women's share across sessions, complete
 * and incomplete reports per template), then the table of reports, sortable by any column, each
 * report linking to its findings: the sections of the {@code check --format html} page, written
 * below as the reports stream by ({@link HtmlWriter}); the overview written last is shown first
 * (CSS {@code order}).
 */
final class HtmlSummaryWriter implements SummaryWriter {

    private static final String STYLE = resource("summary-page.css");
    private static final String SCRIPT = resource("summary-page.js");
    private static final int WIDTH = 480;

    /** The columns of free text, which wrap. */
    private static final List<String> WIDE = List.of("title", "date", "organizer", "rapporteur");

    private final Writer out;
    private final HtmlWriter reports;
    /** The table's rows as they will be written; all that is kept of a report. */
    private final List<String> rows = new ArrayList<>();
    /** The women's share of each session that gives one. */
    private final List<Double> shares = new ArrayList<>();

    HtmlSummaryWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.reports = new HtmlWriter(out, "summary.title", "<style>\n" + STYLE + "</style>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlSummaryWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin(Run run) throws IOException {
        reports.begin(run);
    }

    @Override
    public void report(ReportResult result) throws IOException {
        List<Object> values = SummaryColumns.values(result);
        StringBuilder tr = new StringBuilder(512).append("<tr>");
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            String shown = SummaryColumns.text(v);
            String id = SummaryColumns.IDS.get(i);
            tr.append("<td data-v=\"").append(HtmlWriter.esc(sortKey(v))).append('"');
            if (MarkdownSummaryWriter.numeric(id)) {
                tr.append(" class=\"n\"");
            } else if (WIDE.contains(id)) {
                tr.append(" class=\"w\"");
            } else if (v instanceof Boolean b) {
                tr.append(b ? " class=\"yes\"" : " class=\"no\"");
            }
            tr.append('>');
            if (i == 0) {
                tr.append("<a href=\"#report-").append(rows.size() + 1).append("\">").append(HtmlWriter.esc(shown))
                        .append("</a>");
            } else {
                tr.append(HtmlWriter.esc(shown));
            }
            tr.append("</td>");
        }
        rows.add(tr.append("</tr>\n").toString());
        if (result.facts().womenShare() != null) {
            shares.add(result.facts().womenShare());
        }
        reports.report(result);
    }

    /** The value the script sorts by: numbers as numbers, the rest as text, empty for none. */
    private static String sortKey(Object v) {
        return v instanceof Boolean b ? (b ? "1" : "0") : v == null ? "" : v.toString();
    }

    @Override
    public void end(SummaryTotals t) throws IOException {
        StringBuilder h = new StringBuilder(8192 + rows.size() * 512);
        h.append("<div class=\"overview\">\n<ul class=\"figures\">\n");
        figure(h, String.valueOf(t.reports()), null, "summary.figure.reports");
        figure(h, String.valueOf(t.complete()), t.completeShare(), "summary.figure.complete");
        figure(h, String.valueOf(t.participants()), null, "summary.figure.participants");
        figure(h, String.valueOf(t.women()), null, "summary.figure.women");
        figure(h, SummaryColumns.shown(t.womenShare()), null, "summary.figure.women-share");
        figure(h, String.valueOf(t.genderDiscussed()), t.genderDiscussedShare(), "summary.figure.gender-discussed");
        figure(h, String.valueOf(t.genderMissing()), null, "summary.figure.gender-missing");
        h.append("</ul>\n<p class=\"meta\">")
                .append(HtmlWriter.esc(Texts.format("summary.people", String.valueOf(t.participants()),
                        String.valueOf(t.women()), SummaryColumns.shown(t.womenShare()), t.withBoth())))
                .append(" · ").append(HtmlWriter.esc(Texts.format("summary.gender", t.genderDiscussed(),
                        SummaryColumns.shown(t.genderDiscussedShare()), t.genderAnswered())))
                .append(" · ").append(HtmlWriter.esc(Texts.format("summary.gender-missing", t.genderMissing(),
                        t.genderAsked()))).append("</p>\n");
        h.append("<div class=\"charts\">\n");
        rulesChart(h, t.rules());
        sharesChart(h);
        templatesChart(h, t);
        h.append("</div>\n<section class=\"table\">\n<h2>").append(text("summary.table")).append("</h2>\n<p class=\"meta\">")
                .append(text("summary.table.hint")).append("</p>\n<div class=\"scroll\">\n<table class=\"rows\">\n<thead><tr>");
        for (String id : SummaryColumns.IDS) {
            h.append(MarkdownSummaryWriter.numeric(id) ? "<th class=\"n\">" : "<th>").append(id).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String row : rows) {
            h.append(row);
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n<h2>").append(text("summary.findings"))
                .append("</h2>\n</div>\n<script>\n").append(SCRIPT).append("</script>\n");
        out.write(h.toString());
        out.flush();
        reports.endPage();
    }

    /** One figure: its value, the share it makes (or {@code null}) and its name. */
    private static void figure(StringBuilder h, String value, Double share, String key) {
        h.append("<li><b>").append(HtmlWriter.esc(value));
        if (share != null) {
            h.append(" <small>").append(SummaryColumns.text(share)).append("</small>");
        }
        h.append("</b><span>").append(text(key)).append("</span></li>\n");
    }

    private static String text(String key) {
        return HtmlWriter.esc(Texts.format(key));
    }

    /** Opens a chart: its section, caption and SVG of the given height. */
    private static void open(StringBuilder h, String id, String key, int height) {
        h.append("<section><figure id=\"chart-").append(id).append("\"><figcaption>").append(text(key))
                .append("</figcaption>\n<svg class=\"chart\" role=\"img\" aria-label=\"").append(text(key))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\"><title>").append(text(key)).append("</title>\n");
    }

    /** Findings per rule, as horizontal bars. */
    private static void rulesChart(StringBuilder h, Map<String, Long> rules) {
        int rowHeight = 22;
        open(h, "rules", "summary.chart.rules", Math.max(1, rules.size()) * rowHeight + 8);
        long max = rules.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int y = 4;
        if (rules.isEmpty()) {
            h.append("<text x=\"4\" y=\"18\" class=\"muted\">").append(text("summary.chart.none")).append("</text>\n");
        }
        for (Map.Entry<String, Long> e : rules.entrySet()) {
            int w = (int) Math.max(2, Math.round(e.getValue() * 250.0 / max));
            h.append("<text x=\"156\" y=\"").append(y + 15).append("\" text-anchor=\"end\">").append(HtmlWriter.esc(e.getKey()))
                    .append("</text><rect class=\"bar\" x=\"164\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"16\"/><text x=\"").append(170 + w).append("\" y=\"").append(y + 15).append("\">")
                    .append(e.getValue()).append("</text>\n");
            y += rowHeight;
        }
        h.append("</svg></figure></section>\n");
    }

    /** The women's share across sessions: how many sessions in each tenth, 0–10 % to 90–100 %. */
    private void sharesChart(StringBuilder h) {
        int[] bins = new int[10];
        for (double s : shares) {
            bins[Math.min(9, (int) Math.floor(s * 10))]++;
        }
        int max = Math.max(1, java.util.Arrays.stream(bins).max().orElse(1));
        int height = 200;
        open(h, "women-share", "summary.chart.women-share", height);
        int slot = (WIDTH - 20) / 10;
        for (int i = 0; i < 10; i++) {
            int bh = bins[i] == 0 ? 0 : Math.max(2, bins[i] * 140 / max);
            int x = 10 + i * slot;
            h.append("<rect class=\"bar share\" x=\"").append(x + 4).append("\" y=\"").append(170 - bh)
                    .append("\" width=\"").append(slot - 8).append("\" height=\"").append(bh).append("\"/>")
                    .append("<text x=\"").append(x + slot / 2).append("\" y=\"").append(164 - bh)
                    .append("\" text-anchor=\"middle\">").append(bins[i]).append("</text>")
                    .append("<text x=\"").append(x + slot / 2).append("\" y=\"188\" text-anchor=\"middle\" class=\"tick\">")
                    .append(i * 10).append('–').append(i * 10 + 10).append("%</text>\n");
        }
        h.append("<line x1=\"10\" y1=\"170\" x2=\"").append(WIDTH - 10).append("\" y2=\"170\" stroke=\"#d1d9e0\"/>")
                .append("</svg></figure></section>\n");
    }

    /** Complete and incomplete reports per template, as stacked horizontal bars. */
    private static void templatesChart(StringBuilder h, SummaryTotals t) {
        int rowHeight = 24;
        open(h, "templates", "summary.chart.templates", Math.max(1, t.templates().size()) * rowHeight + 8);
        long max = t.templates().values().stream().mapToLong(Long::longValue).max().orElse(1);
        int y = 4;
        for (Map.Entry<String, Long> e : t.templates().entrySet()) {
            long ok = t.completeByTemplate().getOrDefault(e.getKey(), 0L);
            long bad = e.getValue() - ok;
            int wOk = (int) Math.round(ok * 230.0 / max);
            int wBad = (int) Math.round(bad * 230.0 / max);
            String name = e.getKey().isEmpty() ? Texts.format("summary.no-template") : e.getKey();
            h.append("<text x=\"156\" y=\"").append(y + 16).append("\" text-anchor=\"end\">").append(HtmlWriter.esc(name))
                    .append("</text><rect class=\"bar ok\" x=\"164\" y=\"").append(y + 3).append("\" width=\"").append(wOk)
                    .append("\" height=\"18\"><title>").append(ok).append(' ').append(text("summary.chart.complete"))
                    .append("</title></rect><rect class=\"bar bad\" x=\"").append(164 + wOk).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(wBad).append("\" height=\"18\"><title>").append(bad).append(' ')
                    .append(text("summary.chart.incomplete")).append("</title></rect><text x=\"").append(170 + wOk + wBad)
                    .append("\" y=\"").append(y + 16).append("\">").append(ok).append(" / ").append(e.getValue())
                    .append("</text>\n");
            y += rowHeight;
        }
        h.append("</svg><p class=\"legend\"><i style=\"background:var(--ok)\"></i>").append(text("summary.chart.complete"))
                .append("<i style=\"background:var(--error)\"></i>").append(text("summary.chart.incomplete"))
                .append("</p></figure></section>\n");
    }
}
