package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A header row repeated at the top of every page (the template's title, a heading already seen
 * earlier in the document) does not end the section whose text runs over the page break: the
 * lines after it belong to that section, and the page break is no paragraph end by itself. A
 * heading met for the first time ("Gender Reporting") still ends the section before it (see
 * WrappedTextTest, wrapped-defective.raw.txt). The text is {@code pdftotext -raw} (poppler 22.12) of
 * word-top.pdf of d19-2015-defective in the rendering matrix's dev draw
 * ({@code generate.py --holdout DIR --set dev}), as it printed it: the second page starts inside
 * the second discussion paragraph ("... is not published," / page header / "which makes planning harder.").
 */
class RepeatedHeaderRowTest {

    private static final String RAW = """
            Report of the session, prepared by the rapporteur and reviewed by the organisers.
            Reporting Template for IGF Workshop Sessions
            Session title Disaster Communications in Small Island States: Keeping
            Networks Up When the Storm Comes
            Date 12 November 2015
            Time
            Workshop Organiser Pacific Islands Telecommunications Association and the
            Tonga Communications Corporation
            Chairperson/Moderator Rania Haddad (Ministry of Digital Affairs, Estonia)
            Rapporteur/Note Taker Hamid Rahimi, Tonga Communications Corporation
            List of Speakers and their
            institutional affiliations
            Meera Krishnan (Brazilian Internet Steering Committee
            (CGI.br))
            Nomvula Dlamini (Centro de Estudios en Libertad de
            Expresión)
            Beatriz Nascimento
            Lukas Novák (Paradigm Initiative)
            Key Issues raised (1 sentence per
            issue)
            Community radio stations are often the last working link to
            outer islands after a cyclone.
            Regulators rarely require operators to publish their disaster
            recovery plans.
            Can regional operators share spare capacity during an
            emergency without breaching competition rules? Nobody
            disagreed with this point.
            Submarine cable cuts can isolate a small island state for
            weeks, and most have no satellite backup of sufficient
            capacity.
            Emergency alerts still depend on broadcast radio in many
            islands, because mobile networks fail first when power is
            lost.
            If there are Presentations during
            the workshop session, please
            provide a 1-paragraph summary
            for each Presentation
            Presentation 1 (Meera Krishnan): Ms. Krishnan presented
            the results of a recent study on disaster communications in
            small island states. Several participants said that
            governments should treat backup links as public
            infrastructure.
            Presentation 2 (Nomvula Dlamini): Ms. Dlamini presented
            the results of a recent study on disaster communications in
            small island states. Several participants said that
            governments should treat backup links as public
            infrastructure. Speakers from Tonga described the eleven
            days in which the country was cut off after the volcanic
            eruption.
            Presentation 3 (Lukas Novák): Dr. Novák presented a case
            study on disaster communications in small island states. The
            discussion also covered the role of amateur radio operators,
            who kept contact with outer islands.
            Please describe the Discussions
            that took place during the
            workshop session: (3 paragraphs)
            Several participants said that governments should treat
            backup links as public infrastructure. The discussion also
            covered the role of amateur radio operators, who kept
            contact with outer islands. Participants agreed that drills
            involving operators, regulators and emergency services are
            too rare.
            Operators explained that satellite capacity is expensive to
            keep on standby and is rarely budgeted. A participant from
            Fiji noted that the regional cable map is not published,
            \fReporting Template for IGF Workshop Sessions
            which makes planning harder. Donors were asked to fund
            maintenance as well as new equipment, since much donated
            gear fails within a few years.
            Speakers from Tonga described the eleven days in which
            the country was cut off after the volcanic eruption. It was
            noted that power is the weakest link, as base stations have
            batteries for only a few hours. Civil society speakers
            stressed that warnings must reach people in their own
            languages.
            Please describe any Participant
            suggestions regarding the way
            forward/ potential next steps /key
            takeaways: (3 paragraphs)
            The organisers will hold a regional drill with operators and
            emergency services next year.
            Governments of the region should agree on a shared
            emergency satellite capacity pool.
            Operators should publish their disaster recovery plans in a
            form that the public can read.
            \f""";

    @Test
    void theSectionGoesOnAfterTheRepeatedHeader() {
        ReportResult r = ReportValidator.builder().build().validate(RAW.getBytes(StandardCharsets.UTF_8),
                "word-top.pdf.raw.txt");
        assertThat(r.template()).isEqualTo("igf-2015-workshop");
        // the source has three discussion paragraphs: no paragraph-count finding
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("paragraph-count"));
        assertThat(r.findings()).extracting(f -> f.rule() + " " + f.section()).containsExactlyInAnyOrder(
                "section-empty time", "speaker-affiliation speakers", "sentences-per-item key_issues");
    }
}
