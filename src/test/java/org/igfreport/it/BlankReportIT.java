package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "done when", with the real jar, for every built-in template and every format of
 * {@code init}: {@code init --template ID --format F -o r.F}, then {@code check r.F} reports
 * exactly the required sections as empty ({@code section-empty}, nothing else); for the forms
 * {@code templates import} reads (Markdown, text, Word), {@code templates import r.F -o t.yaml}
 * and {@code check --template t.yaml r.F} says the same of the same sections, at the same places.
 */
class BlankReportIT {

    static Stream<Arguments> templatesAndFormats() {
        return Templates.builtIn().all().stream()
                .flatMap(t -> Stream.of("md", "txt", "docx", "yaml").map(f -> Arguments.of(t.id(), f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndFormats")
    void aBlankReportHasExactlyItsRequiredSectionsEmpty(String id, String format, @TempDir Path dir) throws Exception {
        String blank = "r." + format;
        JarRun init = JarRun.run(dir, "init", "--template", id, "--format", format, "-o", blank);
        assertThat(init.status()).as(init.err()).isZero();
        assertThat(init.err()).isEmpty();
        assertThat(dir.resolve(blank)).isRegularFile();

        JarRun check = JarRun.run(dir, "check", "--format", "json", blank);
        assertThat(check.err()).isEmpty();
        Template t = Templates.builtIn().byId(id).orElseThrow();
        List<String> required = t.sections().stream().filter(s -> s.requirement() == Requirement.REQUIRED)
                .map(TemplateSection::label).toList();
        List<String[]> findings = findings(check.out());
        assertThat(findings).extracting(f -> f[0]).as(check.out()).containsOnly("section-empty");
        assertThat(findings).extracting(f -> f[1]).as(check.out()).containsExactlyElementsOf(required);
        assertThat(check.out()).contains("\"template\" : \"" + id + "\"");
        assertThat(check.status()).isEqualTo(1);

        if (format.equals("yaml")) {
            return; // a structured report is no form: templates import reads Word, PDF, text and Markdown
        }
        JarRun imp = JarRun.run(dir, "templates", "import", blank, "-o", "t.yaml");
        assertThat(imp.status()).as(imp.err()).isZero();
        assertThat(imp.err()).isEmpty();
        JarRun again = JarRun.run(dir, "check", "--format", "json", "--template", "t.yaml", blank);
        assertThat(again.err()).isEmpty();
        List<String[]> second = findings(again.out());
        assertThat(second).extracting(f -> f[0]).as(again.out()).containsOnly("section-empty");
        assertThat(second).extracting(f -> f[1]).as(again.out()).containsExactlyElementsOf(required);
        assertThat(second).extracting(f -> f[2]).containsExactlyElementsOf(findings.stream().map(f -> f[2]).toList());
        assertThat(again.status()).isEqualTo(1);
        // and the text output says it as the built-in template's does, but for the help text a
        // template may word differently: the same lines up to "Fill it in"
        JarRun text = JarRun.run(dir, "check", blank);
        JarRun textAgain = JarRun.run(dir, "check", "--template", "t.yaml", blank);
        assertThat(cut(textAgain.out())).isEqualTo(cut(text.out()));
        assertThat(Files.readString(dir.resolve("t.yaml"))).contains("help: ");
    }

    /** Each finding of a JSON report as {rule, section label, line}, in order. */
    private static List<String[]> findings(String json) throws Exception {
        var mapper = new tools.jackson.databind.json.JsonMapper();
        var root = mapper.readTree(json);
        List<String[]> out = new ArrayList<>();
        for (var report : root.get("reports")) {
            for (var f : report.get("findings")) {
                String rule = f.get("rule").asString();
                String message = f.get("message").asString();
                int open = message.indexOf('"');
                int close = message.indexOf("\" is empty", open + 1);
                String label = open >= 0 && close > open ? message.substring(open + 1, close) : message;
                out.add(new String[] {rule, label, f.get("location").get("line").toString()});
            }
        }
        return out;
    }

    private static List<String> cut(String text) {
        return text.lines().map(l -> {
            int at = l.indexOf(" Fill it in:");
            return at < 0 ? l : l.substring(0, at);
        }).toList();
    }
}
