package org.igfreport.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.SectionSummary;
import org.igfreport.internal.template.ReportSchemas;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip over the seeds and examples: checking the extracted YAML or JSON gives the same
 * template, sections, items and sentences as checking the original, and the same paragraphs
 * for sections that are not lists (a list's entries are its paragraphs once extracted).
 */
class ExtractorTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> extractedReportsCheckTheSame() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("seeds", "examples")) {
            if (Files.isDirectory(Path.of(root))) {
                try (Stream<Path> s = Files.walk(Path.of(root))) {
                    s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|md|yaml|json)$"))
                            .filter(p -> !p.getFileName().toString().equals("expected.json"))
                            .sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            for (Extractor.Format format : Extractor.Format.values()) {
                tests.add(DynamicTest.dynamicTest(f + " as " + format, () -> roundTrip(f, format)));
            }
        }
        return tests.stream();
    }

    private static void roundTrip(Path file, Extractor.Format format) throws Exception {
        ReportResult original = VALIDATOR.validate(file);
        if (original.template() == null) {
            return; // nothing to extract
        }
        String extracted = Extractor.extract(file, format);
        Path out = tmp.resolve(file.getFileName() + "." + format.name().toLowerCase(java.util.Locale.ROOT));
        Files.writeString(out, extracted, StandardCharsets.UTF_8);
        ReportResult again = VALIDATOR.validate(out);
        assertThat(again.template()).isEqualTo(original.template());
        assertThat(again.findings()).as(extracted).noneMatch(x -> x.rule().equals("schema")
                || x.rule().equals("input-unreadable"));
        assertThat(counts(again, original.template())).as(extracted).isEqualTo(counts(original, original.template()));
    }

    /** Per section: items, sentences per item, and paragraphs unless the section is a list. */
    static Map<String, List<Object>> counts(ReportResult r, String templateId) {
        var template = Templates.builtIn().byId(templateId).orElseThrow();
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (Map.Entry<String, SectionSummary> e : r.sections().entrySet()) {
            SectionSummary s = e.getValue();
            boolean list = template.section(e.getKey())
                    .map(d -> ReportSchemas.shape(d.kind()).equals("list")).orElse(false);
            out.put(e.getKey(), List.of(s.items(), s.sentences(), list ? "-" : s.paragraphs()));
        }
        return out;
    }
}
