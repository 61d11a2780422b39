package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The committed report schemas are exactly what the generator makes of the template files. */
class ReportSchemasTest {

    @TestFactory
    Stream<DynamicTest> committedSchemasMatchTheTemplates() {
        return Templates.builtIn().all().stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> {
            Path file = Path.of(ReportSchemas.resource(t.id()));
            assertThat(file).as("run org.igfreport.internal.template.ReportSchemas to generate " + file).exists();
            String committed = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertThat(committed)
                    .as(file + " is out of step with its template; regenerate it with org.igfreport.internal.template.ReportSchemas")
                    .isEqualTo(ReportSchemas.generate(t));
        }));
    }

    @Test
    void noStrayReportSchemas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(ReportSchemas.DIR))) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".schema.json", "")))
                    .containsExactlyInAnyOrderElementsOf(Templates.builtIn().ids());
        }
    }

    @Test
    void requiredSectionsAreNotRequiredKeys() {
        var schema = ReportSchemas.schema(Templates.builtIn().byId("igf-2017-workshop").orElseThrow());
        assertThat(schema.has("required")).isFalse();
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("properties").get("key_issues").get("$ref").asString()).isEqualTo("#/$defs/list");
        assertThat(schema.get("properties").get("discussions").get("$ref").asString()).isEqualTo("#/$defs/prose");
        assertThat(schema.get("properties").has("x-igf-report-disable")).isTrue();
    }
}
