package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void detectsTheLanguageOfProse() {
        assertThat(Language.detect("The session explored how the forum can support the work of national"
                + " initiatives and whether it should be funded by the states that host it."))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("La session a examiné comment le forum peut soutenir les initiatives"
                + " nationales et si elle doit être financée par les États qui sont les hôtes des réunions."))
                .isEqualTo(Language.FRENCH);
        assertThat(Language.detect("La sesión examinó cómo el foro puede apoyar las iniciativas nacionales"
                + " y si debe ser financiada por los Estados que han sido sede de las reuniones del foro."))
                .isEqualTo(Language.SPANISH);
    }

    @Test
    void shortTextsAndTiesAreEnglish() {
        assertThat(Language.detect("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("Les données et la santé")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("12 34 56 -- ::")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void codes() {
        assertThat(Language.of("FR")).contains(Language.FRENCH);
        assertThat(Language.of(" es ")).contains(Language.SPANISH);
        assertThat(Language.of("de")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
        assertThat(Language.ENGLISH.code()).isEqualTo("en");
    }

    @Test
    void everyLanguageHasItsDataFiles() {
        for (Language l : Language.values()) {
            Language.Rules r = l.rules();
            assertThat(r.prepositive).as(l.code()).isNotEmpty();
            assertThat(r.ordinary).as(l.code()).contains("etc");
            assertThat(r.starters).as(l.code()).isNotEmpty();
            assertThat(r.stopwords).as(l.code()).hasSizeGreaterThan(30);
        }
    }

    @Test
    void dataFileLinesAreSplitAsTheRegularExpressionSplitsThem() {
        // Rules.words replaces split("\\s+") on a stripped line (no pattern compiled at start-up)
        for (String line : new String[] {"a", "the and  of", "dr.\tmr.\u000Bms.\fprof.\rsr", "a\u00A0b c",
                "  lead and trail  ", "x \u2003 y", "\u00E9t\u00E9 d\u00E9j\u00E0"}) {
            Set<String> expected = new HashSet<>(Arrays.asList(line.strip().split("\\s+")));
            Set<String> got = new HashSet<>();
            Language.Rules.words(line.strip(), got);
            assertThat(got).as(line).isEqualTo(expected);
        }
        Set<String> none = new HashSet<>();
        Language.Rules.words("", none);
        assertThat(none).isEmpty();
    }

    @Test
    void stopWordsAreTheRulesStopWords() {
        for (Language l : Language.values()) {
            assertThat(l.stopwords()).as(l.code()).isSameAs(l.rules().stopwords).contains(
                    l == Language.ENGLISH ? "the" : l == Language.FRENCH ? "les" : "los");
        }
    }

    @Test
    void detectionLooksAtABoundedPrefix() {
        String english = "the participants were in the room for the debate and it was good ".repeat(2_000);
        String french = "les participants sont et ont été dans la salle pour le débat ".repeat(5_000);
        assertThat(english.length()).isGreaterThan(Language.MAX_DETECT);
        assertThat(Language.detect(english + french)).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect(french + english)).isEqualTo(Language.FRENCH);
    }
}
