package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The project's own 32 IGF-report-style cases (see resources/sentences/README.md); all must pass. */
class SentenceSegmenterDomainCasesTest {

    private static final List<SentenceCases.Case> CASES =
            SentenceCases.load("/sentences/sentence-domain-cases-en.json");

    @TestFactory
    Stream<DynamicTest> domainCases() {
        return CASES.stream().map(c -> dynamicTest(c.toString(), () ->
                assertThat(SentenceCases.actual(c.text()))
                        .as("%s; text: %s", c, c.text())
                        .isEqualTo(SentenceCases.normalized(c.expected()))));
    }

    @Test
    void dataSetIsComplete() {
        assertThat(CASES).hasSize(32);
    }

    @AfterAll
    static void printPassCount() {
        long pass = CASES.stream().filter(SentenceCases::passes).count();
        System.out.println("Domain cases: " + pass + "/" + CASES.size() + " pass");
    }
}
