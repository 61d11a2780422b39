package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.igfreport.internal.extract.Extractor;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code extract} of a realistic filled report of each built-in template, then {@code init}'s
 * rendering (Markdown, text, Word) with the extracted answers under the labels, then
 * {@code extract} again: the same template and the same answers, section by section (a line
 * break inside a paragraph may become a space: Word's answer paragraphs are not hard-wrapped).
 */
class ExtractRoundTripTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static Stream<Arguments> reportsAndFormats() {
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("igf-2015-workshop", "src/test/resources/rendering/s05-2015-compliant/report.md");
        reports.put("igf-2016-workshop", "src/test/resources/rendering/s03-2016-long/report.md");
        reports.put("igf-2017-workshop", "examples/office/compliant.docx");
        reports.put("igf-2018-session", "src/test/resources/templates2018-2019/igf-2018-compliant.md");
        reports.put("igf-2019-session", "src/test/resources/templates2018-2019/igf-2019-compliant.md");
        return reports.entrySet().stream().flatMap(e -> Stream.of(BlankReport.Format.MD, BlankReport.Format.TXT,
                BlankReport.Format.DOCX).map(f -> Arguments.of(e.getKey(), e.getValue(), f)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("reportsAndFormats")
    void extractThenRenderReadsBackTheSame(String id, String report, BlankReport.Format format, @TempDir Path dir)
            throws Exception {
        JsonNode first = YAML.readTree(Extractor.extract(Path.of(report), Extractor.Format.YAML));
        assertThat(first.get("template").asString()).isEqualTo(id);
        Template t = Templates.builtIn().byId(id).orElseThrow();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (var e : first.properties()) {
            if (!e.getKey().equals("template")) {
                answers.put(e.getKey(), parts(e.getValue()));
            }
        }
        assertThat(answers).as("a filled report").hasSizeGreaterThan(t.sections().size() / 2);
        Path rendered = dir.resolve("report." + format.id());
        Files.write(rendered, BlankReport.render(t, format, answers));
        JsonNode second = YAML.readTree(Extractor.extract(rendered, Extractor.Format.YAML));
        assertThat(normalised(second)).isEqualTo(normalised(first));
    }

    private static List<String> parts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asString()));
        } else if (!v.isNull() && !v.asString().isBlank()) {
            out.add(v.asString());
        }
        return out;
    }

    /**
     * The extracted report with every paragraph's white space one space, its answered sections
     * only: the rendering has every label, and a label without answer is an empty value where the
     * original left the label out.
     */
    private static Map<String, Object> normalised(JsonNode doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : doc.properties()) {
            List<String> parts = parts(e.getValue()).stream().map(ExtractRoundTripTest::oneLine).toList();
            if (!parts.isEmpty()) {
                out.put(e.getKey(), e.getValue().isArray() ? parts : parts.get(0));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }
}
