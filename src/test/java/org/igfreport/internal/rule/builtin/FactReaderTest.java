package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.igfreport.internal.base.Facts;
import org.igfreport.internal.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values {@code igf-report summary} lists, read from the answers as the forms give them. */
class FactReaderTest {

    private static Facts facts2017(String participants, String women) {
        return FactReader.read(Fixture.compliant2017().with("gender_participants", participants)
                .with("gender_women", women).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "About 60 | 60",
        "60 (20 online) | 60",
        "between 40 and 50 | 45",
        "40-50 participants | 45",
        "40 to 50 | 45",
        "around forty | 40",
        "1,200 participants | 1200",
        "approx. 60 people (including 8 speakers) | 60",
        "- 12 out of 18 speakers were women. | -",
        "8 speakers | -",
        "many | -",
        "a full room | -"})
    void participantsAreTheNumberStatedNeverAGuess(String answer, Integer expected) {
        assertThat(facts2017(answer, "about 20").participants()).as(answer).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "about 25 | 25",
        "25 (10 online) | 25",
        "Around 50% | 30",
        "around 50% of people present at the session were women. | 30",
        "half | 30",
        "two thirds | 40",
        "30 per cent | 18",
        "Out of 60 participants, 25 were women | 25",
        "5 of the 8 speakers | -",
        "many | -"})
    void womenAreTheNumberStatedOrTheirShareOfTheParticipants(String answer, Integer expected) {
        assertThat(facts2017("About 60", answer).women()).as(answer).isEqualTo(expected);
    }

    @Test
    void aShareWithoutParticipantsGivesNoWomen() {
        Facts f = facts2017("- 12 out of 18 speakers were women.", "Around 50% of people present at the session were women.");
        assertThat(f.participants()).isNull();
        assertThat(f.women()).isNull();
    }

    @Test
    void anEmptyAnswerGivesNothing() {
        Facts f = FactReader.read(Fixture.compliant2017().with("gender_participants", "").with("gender_women", "")
                .with("gender_extent", "").build());
        assertThat(f.participants()).isNull();
        assertThat(f.women()).isNull();
        assertThat(f.genderDiscussed()).isNull();
        assertThat(f.genderAsked()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Yes | yes",
        "Cybersecurity threats to women were discussed. | yes",
        "No | no",
        "Not discussed. | no",
        "To a limited extent | partly",
        "Partly | partly",
        "It was touched on briefly. | partly",
        "The session did not address gender equality in a major way, however threats to women were discussed. | partly"})
    void theExtentAnswer(String answer, String expected) {
        assertThat(FactReader.read(Fixture.compliant2017().with("gender_extent", answer).build()).genderDiscussed())
                .as(answer).isEqualTo(expected);
    }

    @Test
    void theCompliantReportsValuesAndTheirSources() {
        Facts f = FactReader.read(Fixture.compliant2017().build());
        assertThat(f.title()).isEqualTo("A rights-based approach to cybersecurity");
        assertThat(f.date()).isEqualTo("17 December 2017");
        assertThat(f.organizer()).isEqualTo("Global Partners Digital");
        assertThat(f.rapporteur()).isEqualTo("Maud Barret Bertelloni");
        assertThat(f.speakers()).isEqualTo(5);
        assertThat(f.speakersWithAffiliation()).isEqualTo(5);
        assertThat(f.participants()).isEqualTo(60);
        assertThat(f.women()).isEqualTo(30);
        assertThat(f.genderDiscussed()).isEqualTo("yes");
        assertThat(f.genderSummary()).isTrue();
        assertThat(f.sources().get("participants").section()).isEqualTo("gender_participants");
        assertThat(f.sources().get("participants").text()).isEqualTo("About 60");
        assertThat(f.sources().get("women").location().line()).isGreaterThan(1);
    }

    @Test
    void speakersWithoutAffiliation() {
        Facts f = FactReader.read(Fixture.compliant2017().with("speakers", "Jane Doe, ISOC\nJohn Roe\nAmy Poe (APC)")
                .build());
        assertThat(f.speakers()).isEqualTo(3);
        assertThat(f.speakersWithAffiliation()).isEqualTo(2);
    }

    @Test
    void theSummaryIsMissingWhenEmpty() {
        assertThat(FactReader.read(Fixture.compliant2017().with("gender_summary", "").build()).genderSummary()).isFalse();
        assertThat(FactReader.read(Fixture.compliant2017().without("gender_summary").build()).genderSummary()).isFalse();
    }

    @Test
    void the2019FormsParticipationAndReflection() {
        Facts f = FactReader.read(Fixture.of("igf-2019-session")
                .with("participation", "About 85 participants, of whom around 45 were women.")
                .with("gender_reflection", "Gender was touched on briefly.").build());
        assertThat(f.participants()).isEqualTo(85);
        assertThat(f.women()).isEqualTo(45);
        assertThat(f.genderDiscussed()).isEqualTo("partly");
        assertThat(f.genderSummary()).isTrue();
        assertThat(f.genderAsked()).isTrue();
        Facts share = FactReader.read(Fixture.of("igf-2019-session").with("participation", "80 (45% women)").build());
        assertThat(share.participants()).isEqualTo(80);
        assertThat(share.women()).isEqualTo(36);
        assertThat(share.genderSummary()).isFalse();
    }

    @Test
    void aTemplateWithoutGenderAnswersAsksNone() {
        Facts f = FactReader.read(Fixture.of("igf-2016-workshop").with("session_title", "Title").build());
        assertThat(f.genderAsked()).isFalse();
        assertThat(f.genderSummary()).isNull();
        assertThat(f.genderDiscussed()).isNull();
    }

    /** Seed 002: "12 out of 18 speakers were women" counts speakers, so the report gives no participants figure. */
    @Test
    void seed002() throws Exception {
        Path seed = Path.of("seeds/002_ea2340172add3216.txt");
        Facts f = Engine.builder().build().validate(seed).facts();
        assertThat(Files.exists(seed)).isTrue();
        assertThat(f.participants()).isNull();
        assertThat(f.women()).isNull();
        assertThat(f.sources().get("participants").text()).isEqualTo("- 12 out of 18 speakers were women.");
        assertThat(f.genderDiscussed()).isEqualTo("partly");
        assertThat(f.genderSummary()).isFalse();
        assertThat(f.genderAsked()).isTrue();
    }
}
