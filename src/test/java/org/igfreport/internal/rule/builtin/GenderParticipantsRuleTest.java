package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.igfreport.internal.base.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenderParticipantsRuleTest {

    private final GenderParticipantsRule rule = new GenderParticipantsRule();

    @Test
    void seed002CountsSpeakersNotParticipants() {
        Fixture f = Fixture.compliant2017().with("gender_participants", "- 12 out of 18 speakers were women.");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("gender-participants");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.section()).isEqualTo("gender_participants");
            assertThat(x.location().line()).isEqualTo(f.labelLine("gender_participants") + 1);
            assertThat(x.message()).contains("counts speakers", "not an estimate of participants", "about 60");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "a lot", "The room was full."})
    void noNumberIsReported(String answer) {
        assertThat(Fixture.compliant2017().with("gender_participants", answer).run(rule)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("no number of participants"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"about 60", "60 participants", "approx. 60 people", "between 40 and 50", "60 (30 online)",
        "Around 80, of whom 6 were speakers", "Over a hundred"})
    void estimatesAreFine(String answer) {
        assertThat(Fixture.compliant2017().with("gender_participants", answer).run(rule)).isEmpty();
    }

    @Test
    void missingOrEmptyAnswersAreLeftToTheSectionRules() {
        assertThat(Fixture.compliant2017().with("gender_participants", "").run(rule)).isEmpty();
        assertThat(Fixture.compliant2017().without("gender_participants").run(rule)).isEmpty();
    }

    /** The 2019 form asks for both estimates in one answer, "Estimated Participation". */
    @ParameterizedTest
    @ValueSource(strings = {"About 85 participants, of whom around 45 were women.", "Participants: 80. Women: 35",
        "Many young people attended, 20 of them women."})
    void aParticipationAnswerIsReadForItsParticipants(String answer) {
        Fixture f = Fixture.of("igf-2019-session").with("participation", answer);
        boolean estimate = !answer.startsWith("Many");
        assertThat(f.run(rule)).hasSize(estimate ? 0 : 1).allSatisfy(x -> {
            assertThat(x.rule()).isEqualTo("gender-participants");
            assertThat(x.section()).isEqualTo("participation");
            assertThat(x.location().line()).isEqualTo(f.labelLine("participation") + 1);
        });
    }
}
