package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifWriterTest {

    /** The OASIS SARIF 2.1.0 schema (draft-04), from src/test/resources/sarif. */
    private static final Schema SARIF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(SchemaLocation.of("classpath:sarif/sarif-schema-2.1.0.json"));

    /** Validates SARIF output against the OASIS schema; shared with the CLI tests. */
    static List<String> problems(String sarif) {
        return SARIF.validate(sarif, InputFormat.JSON).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    private static String write(Run run, ReportResult... results) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifWriter w = new SarifWriter(out);
        Summary s = Summary.EMPTY;
        w.begin(run);
        for (ReportResult r : results) {
            w.report(r);
            s = s.plus(r);
        }
        w.end(s);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String sample() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new SarifWriter(out), Samples.run(Severity.ERROR));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fitsTheSarif210Schema() throws Exception {
        assertThat(problems(sample())).isEmpty();
        assertThat(problems(write(Run.of("dev", Path.of(""))))).isEmpty();
        assertThat(problems(sample().replace("\"note\"", "\"fatal\""))).as("the schema really is applied").isNotEmpty();
    }

    @Test
    void theDriverListsTheCatalogue() throws Exception {
        JsonNode run = JsonMapper.shared().readTree(sample()).at("/runs/0");
        assertThat(run.at("/tool/driver/name").stringValue()).isEqualTo("igf-report");
        assertThat(run.at("/tool/driver/version").stringValue()).isEqualTo("1.2.3");
        assertThat(run.at("/tool/driver/semanticVersion").stringValue()).isEqualTo("1.2.3");
        JsonNode rule = run.at("/tool/driver/rules/1");
        assertThat(rule.at("/id").stringValue()).isEqualTo("paragraph-count");
        assertThat(rule.at("/name").stringValue()).isEqualTo("ParagraphCount");
        assertThat(rule.at("/shortDescription/text").stringValue()).isEqualTo("Another number of paragraphs.");
        assertThat(rule.at("/fullDescription/text").stringValue()).isEqualTo("The template asks for 3.");
        assertThat(rule.at("/help/text").stringValue()).contains("Another number of paragraphs.");
        assertThat(rule.at("/defaultConfiguration/level").stringValue()).isEqualTo("warning");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").stringValue()).startsWith("file:/").endsWith("/");
    }

    @Test
    void resultsPointIntoTheFilesRelativeToTheBase() throws Exception {
        JsonNode results = JsonMapper.shared().readTree(sample()).at("/runs/0/results");
        assertThat(results.size()).isEqualTo(4);
        JsonNode error = results.get(1);
        assertThat(error.at("/ruleId").stringValue()).isEqualTo("sentences-per-item");
        assertThat(error.at("/ruleIndex").intValue()).isZero();
        assertThat(error.at("/level").stringValue()).isEqualTo("error");
        assertThat(error.at("/message/text").stringValue()).startsWith("Key issue 1 has 2 sentences");
        JsonNode loc = error.at("/locations/0/physicalLocation");
        assertThat(loc.at("/artifactLocation/uri").stringValue()).isEqualTo("reports/ws%2042.txt");
        assertThat(loc.at("/artifactLocation/uriBaseId").stringValue()).isEqualTo("%SRCROOT%");
        assertThat(loc.at("/region").toString())
                .isEqualTo("{\"startLine\":35,\"startColumn\":1,\"endLine\":35,\"endColumn\":119}");
        assertThat(results.get(0).at("/level").stringValue()).isEqualTo("note");
        assertThat(results.get(0).has("ruleIndex")).as("not in the catalogue").isFalse();
        assertThat(results.get(2).at("/level").stringValue()).isEqualTo("warning");
        assertThat(results.get(3).at("/properties/page").intValue()).isEqualTo(2);
    }

    @Test
    void fingerprintsAreStableAndTellFindingsApart() throws Exception {
        JsonNode a = JsonMapper.shared().readTree(sample()).at("/runs/0/results");
        JsonNode b = JsonMapper.shared().readTree(sample()).at("/runs/0/results");
        assertThat(a.at("/1/partialFingerprints")).isEqualTo(b.at("/1/partialFingerprints"));
        assertThat(a.at("/1/partialFingerprints/igfReport~1v2").stringValue()).hasSize(32)
                .isNotEqualTo(a.at("/2/partialFingerprints/igfReport~1v2").stringValue());
    }

    @Test
    void absolutePathsInsideTheBaseBecomeRelative(@org.junit.jupiter.api.io.TempDir Path base) throws Exception {
        Finding f = new Finding("date-format", Severity.WARNING, "date", "Unreadable date.", Location.of(2, 7, 12), "32 Dec", null);
        String inside = base.resolve("sub/r.txt").toString();
        String sarif = write(new Run("igf-report", "dev", null, base, List.of(), Map.of(), Severity.ERROR),
                new ReportResult(inside, "text", null, List.of(f), Map.of()),
                new ReportResult("/elsewhere/x.txt", "text", null, List.of(f), Map.of()));
        assertThat(problems(sarif)).isEmpty();
        JsonNode results = JsonMapper.shared().readTree(sarif).at("/runs/0/results");
        assertThat(results.at("/0/locations/0/physicalLocation/artifactLocation/uri").stringValue()).isEqualTo("sub/r.txt");
        assertThat(results.at("/1/locations/0/physicalLocation/artifactLocation/uri").stringValue()).isEqualTo("file:///elsewhere/x.txt");
        assertThat(results.at("/1/locations/0/physicalLocation/artifactLocation").has("uriBaseId")).isFalse();
    }
}
