package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Word and PDF files LibreOffice made from the example texts (examples/office) read like the
 * texts themselves, and give every finding expected.json lists.
 */
class OfficeExamplesTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();
    private static final Path DIR = Path.of("examples/office");

    @TestFactory
    Stream<DynamicTest> officeFilesReadLikeTheirText() {
        return Stream.of("compliant", "defective").flatMap(kind -> {
            ReportResult text = VALIDATOR.validate(DIR.resolve(kind + ".txt"));
            return Stream.of("docx", "pdf").map(ext -> DynamicTest.dynamicTest(kind + "." + ext,
                    () -> OfficeParityTest.same(text, VALIDATOR.validate(DIR.resolve(kind + "." + ext)))));
        });
    }

    @TestFactory
    Stream<DynamicTest> expectedFindings() {
        JsonNode cases = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile()).get("cases");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            String file = c.get("file").asString();
            tests.add(DynamicTest.dynamicTest(file, () -> {
                ReportResult r = Pipeline.noInternalError(VALIDATOR.validate(Path.of(file)));
                assertThat(r.template()).isEqualTo(c.get("template").asString());
                List<String> got = OfficeParityTest.findings(r);
                for (JsonNode f : c.get("required")) {
                    String rule = f.get("rule").asString();
                    assertThat(VALIDATOR.rules()).extracting(RuleDescription::id).as("rule %s of expected.json is in the catalogue", rule)
                            .contains(rule);
                    assertThat(got).contains(rule + " " + f.get("section").asString());
                }
            }));
        }
        return tests.stream();
    }
}
