package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerGenderRuleTest {

    private final SpeakerGenderRule rule = new SpeakerGenderRule();

    private static Fixture report2018(String speakers) {
        return Fixture.of("igf-2018-session")
                .with("session_type", "Workshop")
                .with("session_title", "Online safety for children in rural areas")
                .with("date_time", "Tuesday, 13 November, 2018 - 10:40 to 12:10")
                .with("organizer", "Child Online Network Africa")
                .with("moderator", "Grace Mwangi")
                .with("rapporteur", "Samuel Otieno")
                .with("speakers", speakers);
    }

    @Test
    void everySpeakerWithAGenderPasses() {
        assertThat(report2018("Grace Mwangi, Child Online Network Africa (female)\n"
                + "Samuel Otieno, Strathmore University (male)\n"
                + "Alex Kim, Youth IGF (gender variant)\n"
                + "Tomas Berg, Nordic Safer Internet Centre (prefer not to answer)").run(rule)).isEmpty();
    }

    @Test
    void aSpeakerWithoutGenderIsReportedAtItsLine() {
        Fixture f = report2018("Grace Mwangi, Child Online Network Africa (female)\n"
                + "Lucia Fernandes, Ministry of Education, Brazil\n"
                + "Samuel Otieno, Strathmore University (male)");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("speaker-gender");
            assertThat(x.section()).isEqualTo("speakers");
            assertThat(x.location().line()).isEqualTo(f.labelLine("speakers") + 2);
            assertThat(x.excerpt()).isEqualTo("Lucia Fernandes, Ministry of Education, Brazil");
            assertThat(x.message()).contains("\"Lucia Fernandes, Ministry of Education, Brazil\"",
                    "without the gender indication", "prefer not to answer");
        });
    }

    @Test
    void templatesThatDoNotAskForGenderAreNotChecked() {
        // the 2017 form asks for affiliations only: a list without genders is complete there
        assertThat(Fixture.compliant2017().with("speakers", "Jane Doe (UNESCO)\nJohn Roe, ISOC").run(rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe (F), UNESCO", "Jane Doe, UNESCO, female", "John Roe - ISOC - Male",
        "Alex Kim, Youth IGF (transgender male)", "Sam Lee (non-binary), APC", "Ann Lee, Ministry of ICT [F]",
        "Kim Park, KISA (woman)", "Ravi Rao, NIXI (Prefer not to answer)"})
    void indications(String entry) {
        assertThat(SpeakerGenderRule.hasGender(entry)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe, UNESCO", "Jane M. Doe, UNESCO", "John F. Roe (ISOC)", "Mr. John Roe, ISOC",
        "Maria Males, Womenspace Network"})
    void noIndication(String entry) {
        assertThat(SpeakerGenderRule.hasGender(entry)).isFalse();
    }

    @Test
    void theLabelSaysWhetherGenderIsAsked() {
        assertThat(SpeakerGenderRule.asksForGender("List of speakers and their institutional affiliations (Indicate "
                + "male/female/ transgender male/ transgender female/gender variant/prefer not to answer)")).isTrue();
        assertThat(SpeakerGenderRule.asksForGender("List of Speakers and their institutional affiliations")).isFalse();
    }
}
