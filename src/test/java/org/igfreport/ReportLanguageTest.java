package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A report written in French under the (English) labels of the IGF 2017 template, as Markdown and
 * as text (resources/language/README.md): its key issues are counted with the French segmenter,
 * whether the language is detected or given.
 */
class ReportLanguageTest {

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ReportLanguageTest.class.getResourceAsStream("/language/" + name)) {
            return in.readAllBytes();
        }
    }

    private static ReportResult check(ReportValidator v, String name) throws IOException {
        ReportResult r = v.validate(read(name), name);
        assertThat(r.template()).as(name).isEqualTo("igf-2017-workshop");
        return r;
    }

    private static List<String> sentenceFindings(ReportResult r) {
        return r.findings().stream().filter(f -> f.rule().equals("sentences-per-item")).map(Finding::message).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rapport-fr.md", "rapport-fr.txt"})
    void aFrenchReportIsCountedInFrench(String name) throws IOException {
        for (String lang : List.of("auto", "fr")) {
            ReportResult r = check(ReportValidator.builder().language(lang).build(), name);
            assertThat(r.sections().get("key_issues").sentences()).as(lang).containsExactly(2, 1, 1);
            assertThat(sentenceFindings(r)).as(lang).containsExactly("Key issue 1 has 2 sentences; the template asks"
                    + " for 1 sentence per issue. Make it one sentence, or split it into separate issues.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rapport-fr.md", "rapport-fr.txt"})
    void englishRulesWouldCountItWrong(String name) throws IOException {
        ReportResult r = check(ReportValidator.builder().language("en").build(), name);
        assertThat(r.sections().get("key_issues").sentences()).containsExactly(3, 2, 1);
        assertThat(sentenceFindings(r)).hasSize(2);
    }

    @Test
    void anEnglishReportStaysEnglish() throws IOException {
        ReportValidator auto = ReportValidator.builder().build();
        ReportValidator en = ReportValidator.builder().language("en").build();
        try (InputStream in = ReportLanguageTest.class.getResourceAsStream("/rendering/s01-2017-compliant/report.md")) {
            byte[] bytes = in.readAllBytes();
            assertThat(auto.validate(bytes, "report.md")).isEqualTo(en.validate(bytes, "report.md"));
        }
    }

    @Test
    void unknownLanguage() {
        assertThatThrownBy(() -> ReportValidator.builder().language("de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown language 'de'; allowed: auto, en, fr, es");
    }
}
