package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.SectionSummary;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Same report, same answers: each example structured report is rendered as YAML, JSON,
 * Markdown and plain text, and the four renderings must give the same template, the same
 * sections with the same items, paragraphs and sentences, and the same (rule, section) findings.
 */
class StructuredParityTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> fourRenderingsAgree() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json") && !x.endsWith("expected.json")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(p.toString(), () -> parity((ObjectNode) JSON.readTree(p.toFile()))));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void parity(ObjectNode report) {
        Template t = Templates.builtIn().byId(report.get("template").asString()).orElseThrow();
        Map<String, String> renderings = new LinkedHashMap<>();
        renderings.put("r.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        renderings.put("r.yaml", YAMLMapper.builder().build().writeValueAsString(report));
        renderings.put("r.md", text(report, t, true));
        renderings.put("r.txt", text(report, t, false));
        Map<String, Object> views = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : renderings.entrySet()) {
            ReportResult r = VALIDATOR.validate(e.getValue().getBytes(StandardCharsets.UTF_8), e.getKey());
            views.put(e.getKey(), view(r));
        }
        Object first = views.get("r.json");
        for (Map.Entry<String, Object> e : views.entrySet()) {
            assertThat(e.getValue()).as(e.getKey() + " vs r.json:\n" + renderings.get(e.getKey())).isEqualTo(first);
        }
    }

    private static List<Object> view(ReportResult r) {
        Map<String, List<Object>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, SectionSummary> e : r.sections().entrySet()) {
            SectionSummary s = e.getValue();
            sections.put(e.getKey(), List.of(s.items(), s.paragraphs(), s.sentences()));
        }
        TreeSet<String> findings = new TreeSet<>();
        r.findings().forEach(f -> findings.add(f.rule() + "@" + f.section()));
        return List.of(String.valueOf(r.template()), sections, findings);
    }

    /** The report as a rapporteur would type it: each label, then its content; paragraphs apart. */
    static String text(JsonNode report, Template t, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        sb.append(markdown ? "# " : "").append(t.headings().get(0)).append("\n\n");
        for (TemplateSection s : t.sections()) {
            JsonNode v = report.get(s.id());
            if (v == null) {
                continue;
            }
            sb.append(markdown ? "## " : "").append(s.label()).append("\n\n");
            List<String> paras = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(x -> paras.add(x.asString()));
            } else if (!v.isNull()) {
                paras.add(v.asString());
            }
            for (String p : paras) {
                sb.append(p.strip()).append("\n\n");
            }
        }
        return sb.toString();
    }
}
