package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The 52 English "Golden Rules" of the Pragmatic Segmenter (see resources/sentences/README.md). */
class SentenceSegmenterGoldenRulesTest {

    private static final List<SentenceCases.Case> CASES =
            SentenceCases.load("/sentences/sentence-golden-rules-en.json");

    /**
     * Golden rules we knowingly fail, with the reason. Each is asserted to still fail, so the
     * test notices when one starts passing and should leave this list.
     */
    static final Map<String, String> KNOWN_EXCEPTIONS = Map.of(
            "GR-042", "A single line break is a PDF hard wrap for us (#040 and our domain cases);"
                    + " #042 expects every line break to end a segment, the same shape as #040.");

    @TestFactory
    Stream<DynamicTest> goldenRules() {
        return CASES.stream().map(c -> dynamicTest(c.toString(), () -> {
            List<String> actual = SentenceCases.actual(c.text());
            List<String> expected = SentenceCases.normalized(c.expected());
            if (KNOWN_EXCEPTIONS.containsKey(c.id())) {
                assertThat(actual)
                        .as("%s is a known exception but now passes: remove it from KNOWN_EXCEPTIONS", c.id())
                        .isNotEqualTo(expected);
            } else {
                assertThat(actual).as("%s; text: %s", c, c.text()).isEqualTo(expected);
            }
        }));
    }

    @Test
    void dataSetIsComplete() {
        assertThat(CASES).hasSize(52);
        assertThat(CASES).extracting(SentenceCases.Case::id).containsAll(KNOWN_EXCEPTIONS.keySet());
    }

    @AfterAll
    static void printPassCount() {
        long pass = CASES.stream().filter(SentenceCases::passes).count();
        System.out.println("Golden rules: " + pass + "/" + CASES.size() + " pass");
    }
}
