package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.igfreport.Severity;
import org.igfreport.internal.template.SchemaCheck;
import org.junit.jupiter.api.Test;
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

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
