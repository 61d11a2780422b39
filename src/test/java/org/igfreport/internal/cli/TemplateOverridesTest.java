package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Per-folder templates in the configuration file: the first matching glob wins, the command line wins over all. */
class TemplateOverridesTest {

    private static Map<String, String> templates(Cli cli) {
        JsonNode doc = JsonMapper.shared().readTree(cli.out());
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode r : doc.at("/reports")) {
            String path = r.at("/path").asString();
            out.put(path.substring(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1),
                    r.at("/template").isNull() ? null : r.at("/template").asString());
        }
        return out;
    }

    @Test
    void aFolderCanBeCheckedAgainstItsOwnTemplate(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reports/2016"));
        Files.createDirectories(dir.resolve("reports/2017"));
        Files.copy(Path.of("seeds/002_ea2340172add3216.txt"), dir.resolve("reports/2016/ws.txt"));
        Files.copy(Path.of("seeds/002_ea2340172add3216.txt"), dir.resolve("reports/2017/ws.txt"));
        Path config = dir.resolve(".igf-report.yaml");
        Files.writeString(config, """
                template: auto
                templates:
                  "reports/2016/**": igf-2016-workshop
                """);
        Cli cli = Cli.run("check", "--format", "json", "--config", config.toString(), dir.resolve("reports").toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        assertThat(templates(cli)).containsEntry("2016/ws.txt", "igf-2016-workshop")
                .containsEntry("2017/ws.txt", "igf-2017-workshop");
        // the 2016 template has no gender questions, so the 2017 report's gender findings are not there
        JsonNode doc = JsonMapper.shared().readTree(cli.out());
        for (JsonNode r : doc.at("/reports")) {
            boolean gender = r.at("/findings").toString().contains("gender-summary");
            assertThat(gender).as(r.at("/path").asString()).isEqualTo(r.at("/template").asString().contains("2017"));
        }

        Cli forced = Cli.run("check", "--format", "json", "--template", "igf-2017-workshop", "--config",
                config.toString(), dir.resolve("reports").toString());
        assertThat(templates(forced).values()).containsOnly("igf-2017-workshop");
    }

    @Test
    void aBadOverrideIsAConfigurationError(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "templates:\n  \"a/**\": no-such-template\n");
        Cli cli = Cli.run("check", "--config", config.toString(), "seeds");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("unknown template 'no-such-template'");
        Files.writeString(config, "templates: igf-2016-workshop\n");
        assertThat(Cli.run("check", "--config", config.toString(), "seeds").err()).contains("c.yaml:1:");
    }
}
