package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue's "done when", with the real jar ({@code java -jar target/igf-report.jar}), for every
 * built-in template and every format of {@code init}: {@code init --template ID --format F -o
 * r.F}, then {@code check r.F} reports exactly the required sections as empty
 * ({@code section-empty}, nothing else); for the formats {@code templates import} reads
 * (Markdown, text, Word), {@code templates import r.F -o t.yaml} and {@code check --template
 * t.yaml r.F} say the same of the same sections at the same lines. A JVM start is the cost here,
 * so one {@code check} takes every blank report of a step: the imports of one template's three
 * blank reports are the same template (checked), and one of them checks all three.
 */
class BlankReportIT {

    private static final List<String> FORMATS = List.of("md", "txt", "docx", "yaml");
    private static final List<String> FORMS = List.of("md", "txt", "docx");
    private static final JsonMapper JSON = new JsonMapper();

    @Test
    void aBlankReportHasExactlyItsRequiredSectionsEmptyAndSoItHasUnderItsImportedTemplate(@TempDir Path dir)
            throws Exception {
        List<String> blanks = new ArrayList<>();
        for (Template t : Templates.builtIn().all()) {
            Files.createDirectories(dir.resolve(t.id()));
            for (String f : FORMATS) {
                String blank = t.id() + "/r." + f;
                JarRun init = run(dir, "init", "--template", t.id(), "--format", f, "-o", blank);
                assertThat(init.status()).as(blank + ": " + init.err()).isZero();
                assertThat(init.err()).isEmpty();
                blanks.add(blank);
            }
        }
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(blanks);
        JarRun check = run(dir, args.toArray(String[]::new));
        assertThat(check.err()).isEmpty();
        assertThat(check.status()).isEqualTo(1);
        Map<String, JsonNode> reports = reports(check.out());
        assertThat(reports.keySet()).containsExactlyInAnyOrderElementsOf(blanks);
        for (Template t : Templates.builtIn().all()) {
            List<String> required = t.sections().stream().filter(s -> s.requirement() == Requirement.REQUIRED)
                    .map(TemplateSection::id).toList();
            for (String f : FORMATS) {
                JsonNode r = reports.get(t.id() + "/r." + f);
                assertThat(r.get("template").asString()).as(t.id() + " " + f).isEqualTo(t.id());
                assertThat(findings(r)).extracting(x -> x[0]).as(t.id() + " " + f).containsOnly("section-empty");
                assertThat(findings(r)).extracting(x -> x[1]).as(t.id() + " " + f).containsExactlyElementsOf(required);
            }
        }

        for (Template t : Templates.builtIn().all()) {
            String first = null;
            for (String f : FORMS) {
                String imported = t.id() + "/t-" + f + ".yaml";
                JarRun imp = run(dir, "templates", "import", t.id() + "/r." + f, "-o", imported);
                assertThat(imp.status()).as(imp.err()).isZero();
                assertThat(imp.err()).isEmpty();
                String body = withoutSource(Files.readString(dir.resolve(imported)));
                assertThat(body).as(imported).contains("help: ");
                if (first == null) {
                    first = body;
                } else {
                    assertThat(body).as(imported).isEqualTo(first);
                }
            }
            List<String> again = new ArrayList<>(List.of("check", "--format", "json", "--template",
                    t.id() + "/t-docx.yaml"));
            FORMS.forEach(f -> again.add(t.id() + "/r." + f));
            JarRun checkAgain = run(dir, again.toArray(String[]::new));
            assertThat(checkAgain.err()).isEmpty();
            assertThat(checkAgain.status()).isEqualTo(1);
            Map<String, JsonNode> second = reports(checkAgain.out());
            for (String f : FORMS) {
                String blank = t.id() + "/r." + f;
                // the same findings of the same sections (by label: the imported ids are the
                // labels' words) at the same places; the help text is the form's own
                assertThat(findings(second.get(blank))).extracting(x -> x[0] + " " + x[2] + " " + x[3])
                        .as(blank).containsExactlyElementsOf(
                                findings(reports.get(blank)).stream().map(x -> x[0] + " " + x[2] + " " + x[3]).toList());
            }
        }
    }

    /** The issue's own command lines, word for word, for the 2019 template in Word. */
    @Test
    void theIssuesCommandLines(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "init", "--template", "igf-2019-session", "--format", "docx", "-o", "r.docx").status())
                .isZero();
        JarRun check = run(dir, "check", "r.docx");
        assertThat(check.out()).contains("in 1 report").contains("5 errors, 0 warnings, 0 infos");
        assertThat(check.out().lines().filter(l -> l.contains("error [section-empty]")).count()).isEqualTo(5);
        assertThat(run(dir, "templates", "import", "r.docx", "-o", "t.yaml").status()).isZero();
        JarRun again = run(dir, "check", "--template", "t.yaml", "r.docx");
        assertThat(again.out()).isEqualTo(check.out());
        assertThat(again.status()).isEqualTo(check.status()).isEqualTo(1);
    }

    /** The jar, in a JVM set for a short job (a JVM start is most of each run's time). */
    private static JarRun run(Path dir, String... args) throws Exception {
        return JarRun.run(dir, Map.of(), List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), args);
    }

    private static Map<String, JsonNode> reports(String json) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : JSON.readTree(json).get("reports")) {
            out.put(r.get("path").asString(), r);
        }
        return out;
    }

    /** Each finding as {rule, section id, section label, line}. */
    private static List<String[]> findings(JsonNode report) {
        List<String[]> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            String message = f.get("message").asString();
            int open = message.indexOf('"');
            int close = message.indexOf("\" is empty", open + 1);
            String label = open >= 0 && close > open ? message.substring(open + 1, close) : message;
            out.add(new String[] {f.get("rule").asString(), f.get("section").asString(), label,
                    f.get("location").get("line").toString()});
        }
        return out;
    }

    /** An imported template without its header comment and {@code source:} line (the form's file name). */
    private static String withoutSource(String yaml) {
        return String.join("\n", yaml.lines().filter(l -> !l.startsWith("source: ") && !l.startsWith("# ")).toList());
    }
}
