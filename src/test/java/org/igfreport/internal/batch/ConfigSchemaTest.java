package org.igfreport.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.igfreport.internal.template.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schemas/config.schema.json describes what Config accepts: the two agree on good and bad files. */
class ConfigSchemaTest {

    private static final String GOOD = """
            template: auto
            templates:
              "reports/2016/**": igf-2016-workshop
            fail-on: warning
            rules:
              paragraph-count: off
              speaker-affiliation: info
            exclude:
              - "drafts/**"
            suppressions:
              - {path: "reports/ws12.docx", rule: paragraph-count, section: discussions, reason: "agreed with the Secretariat"}
              - path: "reports/*.pdf"
                rule: speaker-affiliation
                text: "Peter Smith"
                reason: a private person
            limits:
              max-file-size: 5MB
              max-time: 10s
            locale: fr
            lang: fr
            """;

    private static boolean schemaAccepts(String yaml) {
        return SchemaCheck.validate(SchemaCheck.schema("schemas/config.schema.json"), SchemaCheck.read(yaml, true)).isEmpty();
    }

    @Test
    void theDocumentedConfigurationFitsBoth(@TempDir Path dir) throws Exception {
        assertThat(schemaAccepts(GOOD)).isTrue();
        Path f = dir.resolve(".igf-report.yaml");
        Files.writeString(f, GOOD);
        Config c = Config.load(f, Set.of());
        assertThat(c.templates()).containsEntry("reports/2016/**", "igf-2016-workshop");
        assertThat(c.rules()).containsEntry("paragraph-count", "off");
        assertThat(c.limits().maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(c.suppressions()).extracting(ConfigSuppressions.Entry::rule).containsExactly("paragraph-count",
                "speaker-affiliation");
        assertThat(c.suppressions().get(1).line()).isEqualTo(12);
        assertThat(c.locale()).isEqualTo("fr");
        assertThat(c.lang()).isEqualTo("fr");
    }

    @Test
    void anUnknownKeyFailsBoth(@TempDir Path dir) throws Exception {
        for (String bad : new String[] {"colour: red\n", "limits:\n  max-speed: 3\n", "fail-on: sometimes\n", "locale: de\n", "lang: de\n",
                "rules:\n  paragraph-count: loud\n", "suppressions:\n  - {path: a.docx, rule: date-format}\n",
                "suppressions:\n  - {path: a.docx, rule: date-format, reason: x, colour: red}\n"}) {
            assertThat(schemaAccepts(bad)).as(bad).isFalse();
            Path f = dir.resolve("c.yaml");
            Files.writeString(f, bad);
            assertThatThrownBy(() -> Config.load(f, Set.of())).as(bad).isInstanceOf(BatchException.class)
                    .hasMessageContaining("c.yaml:");
        }
    }
}
