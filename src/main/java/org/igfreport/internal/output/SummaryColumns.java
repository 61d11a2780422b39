package org.igfreport.internal.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.igfreport.ReportFacts;
import org.igfreport.ReportResult;
import org.igfreport.Severity;

/**
 * The columns of {@code igf-report summary}, in the contract's order, and one report's values in
 * them: typed for JSON ({@code String}, {@code Integer}, {@code Long}, {@code Double},
 * {@code Boolean} or {@code null}), and as the text CSV, Markdown and HTML show.
 */
public final class SummaryColumns {

    /** The column ids, which are also the JSON keys. */
    public static final List<String> IDS = List.of("path", "template", "title", "date", "organizer", "rapporteur",
            "speakers", "speakers_with_affiliation", "participants", "women", "women_share", "gender_discussed",
            "gender_summary", "errors", "warnings", "infos", "complete");

    private SummaryColumns() {
    }

    /**
     * @param r a report's result
     * @return its values, one per column of {@link #IDS}
     */
    public static List<Object> values(ReportResult r) {
        ReportFacts f = r.facts();
        List<Object> v = new ArrayList<>(IDS.size());
        v.add(r.path());
        v.add(r.template());
        v.add(f.title());
        v.add(f.date());
        v.add(f.organizer());
        v.add(f.rapporteur());
        v.add(f.speakers());
        v.add(f.speakersWithAffiliation());
        v.add(f.participants());
        v.add(f.women());
        v.add(f.womenShare());
        v.add(f.genderDiscussed());
        v.add(f.genderSummary());
        v.add(r.count(Severity.ERROR));
        v.add(r.count(Severity.WARNING));
        v.add(r.count(Severity.INFO));
        v.add(SummaryTotals.isComplete(r));
        return v;
    }

    /**
     * @param value a value of {@link #values}
     * @return it as text: empty for {@code null}, {@code yes}/{@code no} for a boolean, two decimals for a share
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }

    /**
     * @param share a share, or {@code null}
     * @return it with two decimals, or a dash for none (for totals a person reads)
     */
    public static String shown(Double share) {
        return share == null ? "—" : text(share);
    }

    /**
     * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
     * starts or ends with a space, with its quotes doubled.
     *
     * @param field the field
     * @return the field as CSV
     */
    public static String csv(String field) {
        boolean quote = !field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ');
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
