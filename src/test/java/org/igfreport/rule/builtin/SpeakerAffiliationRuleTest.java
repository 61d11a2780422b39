package org.igfreport.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpeakerAffiliationRuleTest {

    private final SpeakerAffiliationRule rule = new SpeakerAffiliationRule();

    @Test
    void seed002SpeakerLinesAllHaveAffiliations() {
        Fixture f = Fixture.compliant2017().with("speakers", "Panel 1\n\n"
                + "Chinmayi Arun (CCG), Kathy Brown (ISOC), Marietje Schaake (Member of the European Parliament),"
                + " Francisco Vera Hott (Privacy International)Moderator: Peggy Hicks (OHCHR)\n\nPanel 2\n\n"
                + "Madeleine Carr (Cardiff University); Lea Kaspar(GPD),Kaja Ciglic (Microsoft); Markus Kummer(IGF Best"
                + " Practice Forum on Cybersecurity),and Chrystiane Roy (Government of Canada)Moderator: Irene"
                + " Poetranto (Citizen Lab)\n\nSunil Abraham(Centre for Internet and Society)and Matthew Shears (GPD)");
        assertThat(f.run(rule)).isEmpty();
    }

    @Test
    void aBareNameIsReportedAtItsLine() {
        Fixture f = Fixture.compliant2017().with("speakers", "Jane Doe (UNESCO)\nJohn Roe\nAnn Lee, Ministry of ICT");
        List<Finding> found = f.run(rule);
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("speaker-affiliation");
            assertThat(x.section()).isEqualTo("speakers");
            assertThat(x.location().line()).isEqualTo(f.labelLine("speakers") + 2);
            assertThat(x.excerpt()).isEqualTo("John Roe");
            assertThat(x.message()).contains("\"John Roe\"", "without an institutional affiliation",
                    "John Roe (Organisation)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe (UNESCO)", "Jane Doe, UNESCO", "Jane Doe - Ministry of ICT",
        "Jane Doe – ISOC", "Jane Doe: Google", "Jane Doe / Access Now", "Jane Doe of the ITU", "Jane Doe from APC",
        "Jane Doe, Professor at Oxford University", "Jane Doe representing civil society", "Lea Kaspar(GPD)", "Moderator: Peggy Hicks (OHCHR)"})
    void affiliations(String entry) {
        assertThat(SpeakerAffiliationRule.hasAffiliation(entry)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "Dr. Jane Doe", "Jane Doe ()", "Jean-Pierre Dupont", "Jane Doe -", "Moderator: Jane Doe"})
    void noAffiliation(String entry) {
        assertThat(SpeakerAffiliationRule.hasAffiliation(entry)).isFalse();
    }
}
