package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenderWomenRuleTest {

    private final GenderWomenRule rule = new GenderWomenRule();

    @Test
    void seed002ShareOfWomenIsAnEstimate() {
        Fixture f = Fixture.compliant2017().with("gender_participants", "- 12 out of 18 speakers were women.")
                .with("gender_women", "Around 50% of people present at the session were women.");
        assertThat(f.run(rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"about 25", "Around 50%", "half", "25 women", "25 (10 online)"})
    void estimatesAreFine(String answer) {
        assertThat(Fixture.compliant2017().with("gender_women", answer).run(rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "a good balance", "Not counted."})
    void noNumberIsReported(String answer) {
        Fixture f = Fixture.compliant2017().with("gender_women", answer);
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("gender-women");
            assertThat(x.section()).isEqualTo("gender_women");
            assertThat(x.location().line()).isEqualTo(f.labelLine("gender_women") + 1);
            assertThat(x.message()).contains("no number or share of women");
        });
    }

    @Test
    void moreWomenThanParticipants() {
        Fixture f = Fixture.compliant2017().with("gender_participants", "about 60").with("gender_women", "80 women");
        assertThat(f.run(rule)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("more women (80) than participants (60)"));
    }

    @Test
    void theParticipantsRangeIsReadAtItsTop() {
        assertThat(Fixture.compliant2017().with("gender_participants", "between 40 and 50").with("gender_women", "45")
                .run(rule)).isEmpty();
    }

    @Test
    void withoutParticipantsThereIsNothingToCompare() {
        assertThat(Fixture.compliant2017().without("gender_participants").with("gender_women", "80").run(rule))
                .isEmpty();
    }

    /** The 2019 form asks for both estimates in one answer, "Estimated Participation". */
    @Test
    void aParticipationAnswerIsReadForItsWomen() {
        assertThat(Fixture.of("igf-2019-session").with("participation", "About 85 participants, of whom around 45 "
                + "were women.").run(rule)).isEmpty();
        assertThat(Fixture.of("igf-2019-session").with("participation", "120 participants, 40% women").run(rule))
                .isEmpty();
        Fixture none = Fixture.of("igf-2019-session").with("participation", "About 85 participants.");
        assertThat(none.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("gender-women");
            assertThat(x.section()).isEqualTo("participation");
            assertThat(x.message()).contains("no number or share of women");
        });
        Fixture more = Fixture.of("igf-2019-session").with("participation", "About 40 participants, 60 women");
        assertThat(more.run(rule)).singleElement().satisfies(x -> assertThat(x.message()).contains("60", "40"));
    }
}
