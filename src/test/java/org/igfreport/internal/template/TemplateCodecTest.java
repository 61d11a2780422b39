package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binary form of the built-in templates the build writes (and the tool reads at start-up)
 * holds exactly what the YAML files say.
 */
class TemplateCodecTest {

    /** Every schemas/templates/*.yaml, read from the YAML as a user's template would be. */
    private static List<Template> fromYaml() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of("schemas/templates"), "*.yaml")) {
            s.forEach(files::add);
        }
        files.sort(null);
        List<Template> out = new ArrayList<>();
        for (Path f : files) {
            out.add(TemplateLoader.loadResource("schemas/templates/" + f.getFileName(), true));
        }
        return out;
    }

    @Test
    void theBuildsFileIsTheYaml() throws IOException {
        List<Template> yaml = fromYaml();
        assertThat(yaml).hasSizeGreaterThanOrEqualTo(3);
        List<Template> compiled = Templates.compiled();
        assertThat(compiled).as("the build writes " + TemplateCodec.RESOURCE).isNotNull();
        assertThat(compiled).isEqualTo(yaml);
        assertThat(Templates.builtIn().all()).isEqualTo(Templates.of(yaml).all());
    }

    @Test
    void roundTrip() throws IOException {
        List<Template> yaml = new ArrayList<>(fromYaml());
        // every field set, and none alike, so that a field read into another's place shows
        yaml.add(new Template("t", 2030, "Title", "Source", List.of("H1", "H2"), List.of(
                new TemplateSection("a", "A", List.of("A1"), SectionKind.ITEMS, Requirement.CONDITIONAL,
                        new Condition("b", "yes"), "help", new Constraints(1, 2, new Range(3, 4), new Range(5, null), new Range(null, 8))),
                new TemplateSection("b", "B", List.of(), SectionKind.TEXT, Requirement.OPTIONAL, null, "", Constraints.NONE)),
                "t.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateCodec.write(yaml, out);
        assertThat(TemplateCodec.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(yaml);
    }

    @Test
    void anotherFileIsRefused() {
        assertThatThrownBy(() -> TemplateCodec.read(new ByteArrayInputStream("id: x\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
                .isInstanceOf(IOException.class);
    }
}
