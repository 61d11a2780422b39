package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Finding;
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

    @Test
    void aProseSpeakersCellReportsOnlyNamesWithoutAffiliation() {
        // as in real 2016 reports: a paragraph about the session, then "Organisation (Person)" pairs
        Fixture f = Fixture.compliant2017().with("speakers", "The workshop brought together the Dutch registry and"
                + " the Internet Society to discuss how registries can fight abuse. Jane Doe (SIDN) opened the session,"
                + " Peter Smith, Internet Society, presented the survey, and Maria Lopez of the Ministry of Economic"
                + " Affairs answered questions. Ahmed Karim closed the session with a call to action.\n"
                + "SIDN (Cristian Hesselman)\nISOC (Olaf Kolkman)");
        List<Finding> found = f.run(rule);
        assertThat(found).extracting(Finding::excerpt).containsExactly("Ahmed Karim");
        assertThat(found.get(0).message()).contains("\"Ahmed Karim\"");
    }

    @Test
    void proseIsNotAListOfSpeakers() {
        assertThat(SpeakerAffiliationRule.unaffiliatedNames("The session was opened by the Internet Governance Forum"
                + " Secretariat in Geneva on Thursday 8 December. Organisers from South Africa and Latin America"
                + " (Jane Roe) spoke.")).isEmpty();
    }

    @Test
    void wrappedEntriesOfPlainTextAreOneSpeakerEach() {
        org.igfreport.ReportResult r = org.igfreport.ReportValidator.builder().build().validate(("Session Title\nA\n"
                + "List of Speakers and their institutional affiliations\nPriya Raman (Digital Empowerment\n"
                + "Foundation)\nProf. Ingrid Solberg, University of Bergen, Department of\nInformation Science\n"
                + "Jean-Baptiste Moreau\nKey Issues raised (1 sentence per issue)\nOne.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.txt");
        assertThat(r.findings()).filteredOn(x -> x.rule().equals("speaker-affiliation")).extracting(org.igfreport.Finding::excerpt)
                .containsExactly("Jean-Baptiste Moreau");
    }
}
