package org.igfreport.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.igfreport.ReportResult;
import org.igfreport.internal.base.Texts;

/**
 * {@code summary --format markdown}, for a CI job summary ({@code $GITHUB_STEP_SUMMARY}): a title,
 * the table of reports as it streams, then the totals.
 */
final class MarkdownSummaryWriter implements SummaryWriter {

    private final Writer out;

    MarkdownSummaryWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(Run run) throws IOException {
        StringBuilder sb = new StringBuilder("## ").append(Texts.format("summary.title")).append("\n\n|");
        StringBuilder rule = new StringBuilder("|");
        for (String id : SummaryColumns.IDS) {
            sb.append(' ').append(id).append(" |");
            rule.append(numeric(id) ? " ---: |" : " --- |");
        }
        out.write(sb.append('\n').append(rule).append('\n').toString());
    }

    /** Whether a column holds numbers (right-aligned). */
    static boolean numeric(String id) {
        return List.of("speakers", "speakers_with_affiliation", "participants", "women", "women_share", "errors",
                "warnings", "infos").contains(id);
    }

    @Override
    public void report(ReportResult result) throws IOException {
        StringBuilder sb = new StringBuilder("|");
        for (Object v : SummaryColumns.values(result)) {
            sb.append(' ').append(cell(SummaryColumns.text(v))).append(" |");
        }
        out.write(sb.append('\n').toString());
        out.flush();
    }

    /** A table cell: pipes, backslashes and Markdown's markup characters escaped, no line break. */
    static String cell(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (c == '<') {
                sb.append("&lt;");
            } else {
                if ("|\\`*_[]#".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void end(SummaryTotals t) throws IOException {
        StringBuilder sb = new StringBuilder("\n### ").append(Texts.format("summary.totals")).append("\n\n");
        sb.append("- ").append(Texts.format("summary.reports", t.reports(), String.valueOf(t.reports())))
                .append(", ").append(Texts.format("summary.complete", t.complete(), String.valueOf(t.complete()),
                        SummaryColumns.text(t.completeShare()))).append('\n');
        sb.append("- ").append(Texts.format("summary.people", String.valueOf(t.participants()),
                String.valueOf(t.women()), SummaryColumns.shown(t.womenShare()), t.withBoth())).append('\n');
        sb.append("- ").append(Texts.format("summary.gender", t.genderDiscussed(),
                SummaryColumns.shown(t.genderDiscussedShare()), t.genderAnswered())).append('\n');
        sb.append("- ").append(Texts.format("summary.gender-missing", t.genderMissing(), t.genderAsked())).append('\n');
        sb.append("\n| template | ").append(Texts.format("summary.figure.reports")).append(" | ")
                .append(Texts.format("summary.figure.complete")).append(" |\n| --- | ---: | ---: |\n");
        for (Map.Entry<String, Long> e : t.templates().entrySet()) {
            sb.append("| ").append(e.getKey().isEmpty() ? Texts.format("summary.no-template") : e.getKey())
                    .append(" | ").append(e.getValue()).append(" | ")
                    .append(t.completeByTemplate().getOrDefault(e.getKey(), 0L)).append(" |\n");
        }
        sb.append("\n| rule | ").append(Texts.format("summary.rules")).append(" |\n| --- | ---: |\n");
        for (Map.Entry<String, Long> e : t.rules().entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        out.write(sb.toString());
        out.flush();
    }
}
