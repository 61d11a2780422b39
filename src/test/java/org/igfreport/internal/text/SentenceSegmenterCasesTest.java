package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own cases by category, one file per language (sentence-cases-en/fr/es.json, see
 * resources/sentences/README.md): every case must pass with its language's segmenter.
 */
class SentenceSegmenterCasesTest {

    private static final Map<Language, String> FILES = Map.of(
            Language.ENGLISH, "/sentences/sentence-cases-en.json",
            Language.FRENCH, "/sentences/sentence-cases-fr.json",
            Language.SPANISH, "/sentences/sentence-cases-es.json");

    @TestFactory
    Stream<DynamicTest> cases() {
        return FILES.entrySet().stream().flatMap(e -> {
            SentenceSegmenter seg = SentenceSegmenter.of(e.getKey());
            return SentenceCases.load(e.getValue()).stream().map(c -> dynamicTest(c.category() + " " + c, () ->
                    assertThat(SentenceCases.actual(seg, c.text()))
                            .as("%s [%s]; text: %s", c, e.getKey(), c.text())
                            .isEqualTo(SentenceCases.normalized(c.expected()))));
        });
    }

    @Test
    void everyCaseHasACategoryAndAUniqueId() {
        for (String file : FILES.values()) {
            List<SentenceCases.Case> cases = SentenceCases.load(file);
            assertThat(cases).as(file).hasSizeGreaterThanOrEqualTo(15);
            assertThat(cases).extracting(SentenceCases.Case::category).as(file).doesNotContain("");
            assertThat(cases).extracting(SentenceCases.Case::id).as(file).doesNotHaveDuplicates();
        }
    }

    /** The French and Spanish word lists matter: the English segmenter gets some of each file wrong. */
    @Test
    void otherLanguagesNeedTheirOwnRules() {
        for (Language l : List.of(Language.FRENCH, Language.SPANISH)) {
            long wrong = SentenceCases.load(FILES.get(l)).stream()
                    .filter(c -> !SentenceCases.actual(SentenceSegmenter.english(), c.text())
                            .equals(SentenceCases.normalized(c.expected())))
                    .count();
            assertThat(wrong).as(l.toString()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void printCountsPerCategory() {
        Map<String, int[]> counts = new TreeMap<>();
        for (var e : FILES.entrySet()) {
            SentenceSegmenter seg = SentenceSegmenter.of(e.getKey());
            for (SentenceCases.Case c : SentenceCases.load(e.getValue())) {
                int[] n = counts.computeIfAbsent(e.getKey().code() + " " + c.category(), k -> new int[2]);
                n[1]++;
                if (SentenceCases.actual(seg, c.text()).equals(SentenceCases.normalized(c.expected()))) {
                    n[0]++;
                }
            }
        }
        counts.forEach((k, n) -> System.out.println("Sentence cases " + k + ": " + n[0] + "/" + n[1]));
        assertThat(counts).isNotEmpty();
    }
}
