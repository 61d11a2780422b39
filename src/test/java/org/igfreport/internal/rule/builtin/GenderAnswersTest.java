package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenderAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The session did not address gender equality in a major way, however cybersecurity threats to women were"
                + " discussed.",
        "Yes", "It was discussed.", "Gender issues were addressed.", "To a large extent", "To some extent.",
        "To a limited extent", "Partly", "It was touched on briefly.", "Women's empowerment was a central theme.",
        "Not a main focus, but online harassment of women was mentioned."})
    void discussed(String answer) {
        assertThat(GenderAnswers.discussed(answer)).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "No.", "Not at all", "It did not", "Not discussed.", "N/A", "none", "NA", "",
        "It didn't.", "There was no discussion of gender.", "The session did not discuss gender to any extent.",
        "No, gender was not discussed."})
    void notDiscussed(String answer) {
        assertThat(GenderAnswers.discussed(answer)).as(answer).isFalse();
    }

    @Test
    void countsOfSpeakersAreKeptApart() {
        GenderAnswers.Estimate e = GenderAnswers.estimate("- 12 out of 18 speakers were women.");
        assertThat(e.counts()).isEmpty();
        assertThat(e.speakerCounts()).containsExactly(12, 18);
    }

    @Test
    void estimatesOfParticipants() {
        assertThat(GenderAnswers.estimate("about 60").counts()).containsExactly(60);
        assertThat(GenderAnswers.estimate("approx. 60 people (including 8 speakers)").counts()).containsExactly(60);
        assertThat(GenderAnswers.estimate("between 40 and 50").max()).isEqualTo(50);
        assertThat(GenderAnswers.estimate("60 (30 online)").max()).isEqualTo(60);
        assertThat(GenderAnswers.estimate("1,200 participants").counts()).containsExactly(1200);
        assertThat(GenderAnswers.estimate("Around forty").counts()).containsExactly(40);
        assertThat(GenderAnswers.estimate("many, a full room").counts()).isEmpty();
    }

    @Test
    void sharesAreNotCounts() {
        GenderAnswers.Estimate e = GenderAnswers.estimate("Around 50% of people present at the session were women.");
        assertThat(e.share()).isTrue();
        assertThat(e.counts()).isEmpty();
        assertThat(GenderAnswers.estimate("About half").share()).isTrue();
        assertThat(GenderAnswers.estimate("30 per cent").share()).isTrue();
        assertThat(GenderAnswers.estimate("30").share()).isFalse();
    }

    @Test
    void aParticipationAnswerIsSplitIntoParticipantsAndWomen() {
        GenderAnswers.Estimate[] e = GenderAnswers.participation("About 85 participants onsite and 20 online, of whom "
                + "around 45 were women.");
        assertThat(e[0].counts()).containsExactly(85, 20);
        assertThat(e[1].counts()).containsExactly(45);
        e = GenderAnswers.participation("Participants: 80. Women: 35");
        assertThat(e[0].counts()).containsExactly(80);
        assertThat(e[1].counts()).containsExactly(35);
        e = GenderAnswers.participation("60 people (25 women, 35 men)");
        assertThat(e[0].counts()).containsExactly(60, 35);
        assertThat(e[1].counts()).containsExactly(25);
        e = GenderAnswers.participation("120 participants, 40% women");
        assertThat(e[0].counts()).containsExactly(120);
        assertThat(e[1].share()).isTrue();
        e = GenderAnswers.participation("About 50");
        assertThat(e[0].counts()).containsExactly(50);
        assertThat(e[1].counts()).isEmpty();
        assertThat(e[1].share()).isFalse();
    }
}
