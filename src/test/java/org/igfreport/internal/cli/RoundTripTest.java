package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code init} of every built-in template as Markdown and text, then {@code templates import}: the same labels and constraints. */
class RoundTripTest {

    static Stream<Arguments> templatesAndFormats() {
        return Templates.builtIn().all().stream()
                .flatMap(t -> Stream.of("md", "txt").map(f -> Arguments.of(t.id(), f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndFormats")
    void initThenImportGivesBackTheLabelsAndConstraints(String id, String format, @org.junit.jupiter.api.io.TempDir Path dir) {
        Path blank = dir.resolve("blank." + format);
        Path imported = dir.resolve("imported.yaml");
        Cli init = Cli.run("init", "--template", id, "-o", blank.toString());
        assertThat(init.status()).as(init.err()).isZero();
        Cli imp = Cli.run("templates", "import", blank.toString(), "-o", imported.toString());
        assertThat(imp.status()).as(imp.err()).isZero();
        Template original = Templates.builtIn().byId(id).orElseThrow();
        Template back = TemplateLoader.load(imported); // validated against schemas/template.schema.json
        assertThat(back.year()).isEqualTo(BlankReport.titleLine(original).contains(String.valueOf(original.year()))
                ? original.year() : java.time.Year.now().getValue());
        assertThat(back.sections()).extracting(TemplateSection::label)
                .containsExactlyElementsOf(original.sections().stream().map(TemplateSection::label).toList());
        assertThat(back.sections()).extracting(TemplateSection::constraints)
                .containsExactlyElementsOf(original.sections().stream().map(TemplateSection::constraints).toList());
    }
}
