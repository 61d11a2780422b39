package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.template.Constraints;
import org.igfreport.internal.template.Range;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.junit.jupiter.api.Test;

class WordCountRuleTest {

    private final WordCountRule rule = new WordCountRule();

    private static Template summary(Range words) {
        return Fixture.templateOf(new TemplateSection("summary", "Summary (10 words max)", List.of(),
                SectionKind.PROSE, Requirement.REQUIRED, null, "", new Constraints(null, null, null, null, words)));
    }

    @Test
    void overTheLimitCountingRunsOfLettersAndDigits() {
        // 9 words, "rights-based" being two of them, and "2017" one: 11
        Fixture f = Fixture.of(summary(new Range(null, 10)))
                .with("summary", "A rights-based approach to cybersecurity in 2017 was discussed.\n\nYes.");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("word-count");
            assertThat(x.section()).isEqualTo("summary");
            assertThat(x.constraint()).isEqualTo("word-count: at most 10");
            assertThat(x.message()).startsWith("The summary section has 11 words; the template allows at most 10 words.");
            assertThat(x.location().line()).isEqualTo(f.labelLine("summary") + 1);
            assertThat(x.location().endLine()).isEqualTo(f.labelLine("summary") + 3);
        });
    }

    @Test
    void underAMinimum() {
        assertThat(Fixture.of(summary(new Range(5, null))).with("summary", "Too short.").run(rule))
                .singleElement().satisfies(x -> assertThat(x.message()).contains("has 2 words", "at least 5"));
    }

    @Test
    void atTheLimitAndWithoutConstraintNothingIsReported() {
        assertThat(Fixture.of(summary(new Range(null, 10))).with("summary", "one two three four five six seven eight"
                + " nine ten").run(rule)).isEmpty();
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }
}
