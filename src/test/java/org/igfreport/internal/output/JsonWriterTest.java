package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.SectionSummary;
import org.igfreport.Severity;
import org.igfreport.internal.template.SchemaCheck;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {

    /** Validates JSON output against schemas/findings.schema.json; shared with the CLI tests. */
    static List<SchemaCheck.Problem> problems(String json) {
        return SchemaCheck.validate(SchemaCheck.schema("schemas/findings.schema.json"), SchemaCheck.read(json, false));
    }

    private static String write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new JsonWriter(out), Samples.run(Severity.ERROR));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fitsTheFindingsSchema() throws Exception {
        assertThat(problems(write())).isEmpty();
    }

    @Test
    void hasTheShapeOfTheContract() throws Exception {
        JsonNode root = JsonMapper.shared().readTree(write());
        assertThat(names(root)).containsExactly("tool", "reports", "summary");
        assertThat(root.at("/tool/name").stringValue()).isEqualTo("igf-report");
        assertThat(root.at("/tool/version").stringValue()).isEqualTo("1.2.3");
        JsonNode first = root.at("/reports/0");
        assertThat(names(first)).containsExactly("path", "format", "template", "findings", "sections");
        assertThat(first.at("/path").stringValue()).isEqualTo("reports/ws 42.txt");
        JsonNode finding = first.at("/findings/1");
        assertThat(names(finding)).containsExactly("rule", "severity", "section", "message", "location", "excerpt");
        assertThat(finding.at("/rule").stringValue()).isEqualTo("sentences-per-item");
        assertThat(finding.at("/severity").stringValue()).isEqualTo("error");
        assertThat(names(finding.at("/location"))).containsExactly("line", "column", "endLine", "endColumn", "page", "pointer");
        assertThat(finding.at("/location/endColumn").intValue()).isEqualTo(118);
        assertThat(finding.at("/location/page").isNull()).isTrue();
        assertThat(first.at("/findings/0/section").isNull()).isTrue();
        assertThat(names(first.at("/sections"))).containsExactly("session_title", "key_issues", "discussions");
        assertThat(first.at("/sections/key_issues/sentences").toString()).isEqualTo("[2,1,5]");
        assertThat(names(first.at("/sections/key_issues"))).containsExactly("line", "items", "paragraphs", "sentences");
        assertThat(root.at("/reports/1/template").isNull()).isTrue();
        assertThat(root.at("/reports/1/findings/0/location/page").intValue()).isEqualTo(2);
        assertThat(root.at("/summary").toString()).isEqualTo("{\"reports\":3,\"errors\":2,\"warnings\":1,\"infos\":1}");
    }

    @Test
    void anEmptyRunIsValidToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonWriter w = new JsonWriter(out);
        w.begin(Run.of("dev", java.nio.file.Path.of("")));
        w.end(Summary.EMPTY);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(problems(json)).isEmpty();
        assertThat(JsonMapper.shared().readTree(json).at("/reports").size()).isZero();
    }

    @Test
    void theSchemaRejectsWhatTheContractForbids() {
        String bad = "{\"tool\":{\"name\":\"igf-report\",\"version\":\"1\"},\"reports\":[{\"path\":\"a.txt\",\"format\":\"text\","
                + "\"template\":null,\"findings\":[{\"rule\":\"x\",\"severity\":\"fatal\",\"section\":null,\"message\":\"m\","
                + "\"location\":{\"line\":0,\"column\":1,\"endLine\":1,\"endColumn\":1,\"page\":null,\"pointer\":null},"
                + "\"excerpt\":\"\"}],\"sections\":{}}],\"summary\":{\"reports\":1,\"errors\":0,\"warnings\":0,\"infos\":0}}";
        assertThat(problems(bad)).extracting(SchemaCheck.Problem::pointer)
                .contains("/reports/0/findings/0/severity", "/reports/0/findings/0/location/line");
    }

    /**
     * The writer uses Jackson's streaming generator with a pretty printer of its own; the bytes must be
     * those Jackson's mapper wrote (INDENT_OUTPUT: DefaultPrettyPrinter) of the same values: empty
     * objects and arrays, nulls, a Word table's row and paragraph, escapes and non-ASCII text included.
     */
    @Test
    void writesTheBytesOfJacksonsMapper() throws Exception {
        ReportResult word = new ReportResult("w/\u00e9t\u00e9 \"1\".docx", "docx", "igf-2017-workshop", List.of(
                new Finding("word-count", Severity.WARNING, "key_issues", "Tab\tand line\nand \u2028 and \u0001.",
                        new Location(7, 2, 8, 3, 1, "/a/0", "Key issues", 2), "\u00ab \u00e9 \u00bb \ud83d\ude00", null)),
                Map.of("key_issues", new SectionSummary(7, 1, 2, 3, List.of(), 10)));
        List<ReportResult> results = List.of(Samples.report(), Samples.unrecognized(), Samples.clean(), word);
        Run run = Samples.run(Severity.ERROR);

        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        JsonWriter writer = new JsonWriter(actual);
        Summary summary = Summary.EMPTY;
        writer.begin(run);
        for (ReportResult r : results) {
            writer.report(r);
            summary = summary.plus(r);
        }
        writer.end(summary);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator gen = Json.generator(expected)) {
            gen.writeStartObject();
            gen.writePOJOProperty("tool", map("name", run.toolName(), "version", run.toolVersion()));
            gen.writeName("reports");
            gen.writeStartArray();
            for (ReportResult r : results) {
                List<Object> findings = new ArrayList<>();
                for (Finding f : r.findings()) {
                    Location l = f.location();
                    Map<String, Object> loc = map("line", l.line(), "column", l.column(), "endLine", l.endLine(),
                            "endColumn", l.endColumn(), "page", l.page(), "pointer", l.pointer());
                    if (l.row() != null) {
                        loc.put("row", l.row());
                    }
                    if (l.paragraph() != null) {
                        loc.put("paragraph", l.paragraph());
                    }
                    findings.add(map("rule", f.rule(), "severity", f.severity().id(), "section", f.section(),
                            "message", f.message(), "location", loc, "excerpt", f.excerpt()));
                }
                Map<String, Object> sections = new LinkedHashMap<>();
                for (Map.Entry<String, SectionSummary> e : r.sections().entrySet()) {
                    SectionSummary s = e.getValue();
                    sections.put(e.getKey(), map("line", s.line(), "items", s.items(), "paragraphs", s.paragraphs(),
                            "sentences", s.sentences()));
                }
                gen.writePOJO(map("path", r.path(), "format", r.format(), "template", r.template(),
                        "findings", findings, "sections", sections));
            }
            gen.writeEndArray();
            gen.writePOJOProperty("summary", map("reports", summary.reports(), "errors", summary.errors(),
                    "warnings", summary.warnings(), "infos", summary.infos()));
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
