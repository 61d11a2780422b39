package org.igfreport.internal.output;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.ReportFacts;
import org.igfreport.ReportResult;
import tools.jackson.core.JsonGenerator;

/**
 * {@code summary --format json}: {@code tool}, then {@code reports} streamed one by one (the CSV
 * columns as keys, typed, and {@code sources}: per column, the section, the answer's text and its
 * location), then {@code totals}.
 */
final class JsonSummaryWriter implements SummaryWriter {

    private final JsonGenerator gen;

    JsonSummaryWriter(OutputStream out) {
        this.gen = Json.generator(out);
    }

    @Override
    public void begin(Run run) {
        gen.writeStartObject();
        gen.writePOJOProperty("tool", new JsonModel.Tool(run.toolName(), run.toolVersion()));
        gen.writeName("reports");
        gen.writeStartArray();
    }

    @Override
    public void report(ReportResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        List<Object> values = SummaryColumns.values(result);
        for (int i = 0; i < values.size(); i++) {
            row.put(SummaryColumns.IDS.get(i), values.get(i));
        }
        Map<String, Object> sources = new LinkedHashMap<>();
        for (Map.Entry<String, ReportFacts.Source> e : result.facts().sources().entrySet()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("section", e.getValue().section());
            s.put("text", e.getValue().text());
            s.put("location", JsonModel.LocationJson.of(e.getValue().location()));
            sources.put(e.getKey(), s);
        }
        row.put("sources", sources);
        gen.writePOJO(row);
        gen.flush();
    }

    @Override
    public void end(SummaryTotals t) {
        gen.writeEndArray();
        gen.writePOJOProperty("totals", totals(t));
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }

    /** @return the totals as JSON keys (also what the Markdown and HTML outputs show) */
    static Map<String, Object> totals(SummaryTotals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reports", t.reports());
        m.put("complete", t.complete());
        m.put("complete_share", t.completeShare());
        List<Map<String, Object>> templates = new ArrayList<>();
        t.templates().forEach((id, n) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("template", id.isEmpty() ? null : id);
            e.put("reports", n);
            e.put("complete", t.completeByTemplate().getOrDefault(id, 0L));
            templates.add(e);
        });
        m.put("templates", templates);
        m.put("rules", t.rules());
        m.put("participants", t.participants());
        m.put("women", t.women());
        m.put("reports_with_participants_and_women", t.withBoth());
        m.put("women_share", t.womenShare());
        m.put("gender_discussed", t.genderDiscussed());
        m.put("gender_answered", t.genderAnswered());
        m.put("gender_discussed_share", t.genderDiscussedShare());
        m.put("gender_asked", t.genderAsked());
        m.put("gender_answers_missing", t.genderMissing());
        return m;
    }
}
