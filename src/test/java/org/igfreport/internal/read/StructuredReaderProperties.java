package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.igfreport.Pipeline;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;

/** Any text given as a .yaml or .json report: no exception, and the same result twice. */
class StructuredReaderProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    @Property(tries = 300)
    void anyStringAsYamlOrJsonNeverThrowsAndIsDeterministic(@ForAll("reports") String text,
                                                             @ForAll("extensions") String ext) {
        check(VALIDATOR, text.getBytes(StandardCharsets.UTF_8), "r." + ext);
    }

    /** The whole pipeline twice: no exception, no internal error, the same result, lines within the file's. */
    static void check(ReportValidator validator, byte[] bytes, String name) {
        ReportResult a = validator.validate(bytes, name);
        ReportResult b = validator.validate(bytes, name);
        assertThat(a).isEqualTo(b);
        Pipeline.noInternalError(a);
        Pipeline.linesWithin(a, bytes);
    }

    @Property(tries = 500)
    void valuesSplitIntoLinesAsTheLineBreakRegexWould(@ForAll("breaks") String value) {
        assertThat(TextualReader.lines(value)).containsExactly(value.split("\r\n|\r|\n", -1));
    }

    @Provide
    Arbitrary<String> breaks() {
        return Arbitraries.strings().withChars("ab \r\n").ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("yaml", "yml", "json");
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> yamlish = Arbitraries.strings()
                .withChars(":-[]{}&*!|>'\"#,\n \t?%@`~\\abc12")
                .ofMaxLength(120);
        Arbitrary<String> keys = Arbitraries.of("template: igf-2017-workshop\n", "key_issues:\n  - ", "discussions: |\n  ",
                "speakers: [", "{\"key_issues\": ", "rapporteur: ", "a: &a [*a]\n", "x-igf-report-disable: ", "\n\n")
                .list().ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> mixed = Arbitraries.strings().ofMaxLength(40).list().ofMaxSize(6)
                .flatMap(parts -> keys.map(k -> k + String.join("\n", parts)));
        return Arbitraries.oneOf(any, yamlish, keys, mixed);
    }
}
