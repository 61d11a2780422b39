package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportValidator.Builder#locale}: messages and rule descriptions in the validator's language,
 * English by default whatever the JVM's default locale, everything else the same in every language, and
 * validators in several languages side by side on one JVM.
 */
class ValidatorLocaleTest {

    private static final Path SEED = Path.of("seeds/002_ea2340172add3216.txt");

    @Test
    void theBuildersLocaleWordsTheMessagesAndNothingElse() {
        ReportResult en = ReportValidator.builder().build().validate(SEED);
        ReportResult fr = ReportValidator.builder().locale(Locale.FRENCH).build().validate(SEED);
        ReportResult es = ReportValidator.builder().locale(Locale.forLanguageTag("es-AR")).build().validate(SEED);
        assertThat(en.findings().get(0).message()).startsWith("Key issue 1 has 2 sentences");
        assertThat(fr.findings().get(0).message()).startsWith("Question clé 1 compte 2 phrases");
        assertThat(es.findings().get(0).message()).startsWith("Cuestión clave 1 tiene 2 oraciones");
        for (ReportResult other : List.of(fr, es)) {
            assertThat(other.template()).isEqualTo(en.template());
            assertThat(other.sections()).isEqualTo(en.sections());
            assertThat(other.findings()).hasSameSizeAs(en.findings());
            for (int i = 0; i < en.findings().size(); i++) {
                Finding a = en.findings().get(i);
                Finding b = other.findings().get(i);
                assertThat(b.rule()).isEqualTo(a.rule());
                assertThat(b.severity()).isEqualTo(a.severity());
                assertThat(b.section()).isEqualTo(a.section());
                assertThat(b.location()).isEqualTo(a.location());
                assertThat(b.excerpt()).isEqualTo(a.excerpt());
                assertThat(b.messageKey()).isEqualTo(a.messageKey());
                assertThat(b.message()).isNotEqualTo(a.message());
            }
        }
    }

    @Test
    void englishIsTheDefaultWhateverTheJvmsLocaleAndAnUntranslatedLanguageGetsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ReportValidator v = ReportValidator.builder().build();
            assertThat(v.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(v.validate(SEED).findings().get(0).message()).startsWith("Key issue 1 has 2 sentences");
        } finally {
            Locale.setDefault(before);
        }
        ReportValidator german = ReportValidator.builder().locale(Locale.GERMAN).build();
        assertThat(german.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(ReportValidator.builder().locale(Locale.CANADA_FRENCH).build().locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void theRulesAreDescribedInTheValidatorsLanguage() {
        RuleDescription en = ReportValidator.builder().build().rules().stream()
                .filter(r -> r.id().equals("word-count")).findFirst().orElseThrow();
        RuleDescription fr = ReportValidator.builder().locale(Locale.FRENCH).build().rules().stream()
                .filter(r -> r.id().equals("word-count")).findFirst().orElseThrow();
        assertThat(en.summary()).startsWith("A section is over");
        assertThat(fr.summary()).startsWith("Une rubrique dépasse");
        assertThat(fr.defaultSeverity()).isEqualTo(en.defaultSeverity());
        // and a French validator leaves the built-in catalogue in English for the next one
        assertThat(ReportValidator.builder().build().rules()).contains(en);
    }

    @Test
    void validatorsInSeveralLanguagesRunSideBySide() throws Exception {
        ReportValidator fr = ReportValidator.builder().locale(Locale.FRENCH).build();
        ReportValidator es = ReportValidator.builder().locale(Locale.forLanguageTag("es")).build();
        ReportValidator en = ReportValidator.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ReportValidator v = i % 3 == 0 ? fr : i % 3 == 1 ? es : en;
                expected.add(i % 3 == 0 ? "Question clé 1" : i % 3 == 1 ? "Cuestión clave 1" : "Key issue 1");
                Callable<String> task = () -> v.validate(SEED).findings().get(0).message();
                results.add(pool.submit(task));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).startsWith(expected.get(i));
            }
        } finally {
            pool.shutdown();
        }
        // the thread that built them still works in English
        assertThat(en.validate(SEED).findings().get(0).message()).startsWith("Key issue 1");
    }
}
