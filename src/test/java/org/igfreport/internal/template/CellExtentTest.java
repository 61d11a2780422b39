package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Rows of centred label cells in {@code pdftotext -layout} text (lines copied from
 * rendering/s02-2017-defective, s01-2017-compliant and s03-2016-long, word-centred.pdf.layout.txt).
 */
class CellExtentTest {

    private static final Template T2017 = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();
    private static final Template T2016 = Templates.builtIn().byId("igf-2016-workshop").orElseThrow();

    private static final String LAYOUT = String.join("\n",
            "IGF 2017 Reporting Template",
            "                                  Digital Inclusion of Older Persons: Learning from",
            "Session Title                     Peers",
            "Date                              20 December 2017",
            "Time                              10:10-11:40",
            "Please describe any Participant   Governments should keep at least one non-digital",
            "suggestions regarding the way     channel open for every public service and publish how",
            "forward/ potential next steps     many people use it.",
            "/key takeaways (3 paragraphs)     Training programmes should be designed with older",
            "                                  persons and delivered by peers, and their results should",
            "                                  be measured after one and three years, not only at the",
            "                                  end of the course.",
            "Gender Reporting",
            "Estimate the overall number of    5 of the 7 speakers were women.",
            "the participants present at the",
            "session",
            "");

    @Test
    void answerLinesAboveAHeadingBelongToThePreviousLabel() {
        Document d = new Document("t.txt", "text", TextReader.rows(LAYOUT), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2017);
        assertThat(r.section("session_title").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Digital Inclusion of Older Persons: Learning from", "Peers");
        List<org.igfreport.internal.document.Block> p = r.section("way_forward").orElseThrow().paragraphs();
        assertThat(p).hasSize(2);
        assertThat(p.get(1).lines()).extracting(Fragment::text).endsWith("end of the course.");
    }

    /** s01-2017-compliant/word-centred.pdf.layout.txt, lines 1-5 and 55-88: a row over a page break, then a centred row. */
    private static final String OVER_A_PAGE = String.join("\n",
            "IGF 2017 Reporting Template",
            "                                Data Localisation and Cross-Border Data Flows: What",
            "Session Title",
            "                                Is at Stake for the Global South?",
            "Date                            19 December 2017",
            "Please describe the             The discussion opened with the question of why",
            "Discussions that took place     governments adopt localisation rules. Several",
            "during the workshop session     participants said that the main motive is access to data",
            "(3 paragraphs)                  for law enforcement, which mutual legal assistance",
            "                                treaties deliver too slowly. Others pointed to industrial",
            "                                policy, and to the hope that local data centres will",
            "                                create jobs.",
            "\f                                  Speakers from Africa described the gap between the",
            "                                  rules on paper and the capacity to enforce them. Many",
            "                                  data protection authorities have fewer than twenty",
            "                                  staff, and some have no budget for audits. A",
            "                                  participant from Senegal said that cooperation",
            "                                  between authorities in the region could help more than",
            "                                  new laws.",
            "                                  The last part of the session dealt with trade.",
            "                                  Participants were concerned that data flow",
            "                                  commitments in trade agreements could limit the",
            "                                  policy space of developing countries before they have",
            "                                  data protection laws of their own. There was broad",
            "                                  agreement that trade negotiators and data protection",
            "                                  regulators need to talk to each other much earlier in",
            "                                  the process.",
            "                                  Participants suggested that governments publish an",
            "                                  assessment of costs and benefits before adopting any",
            "                                  localisation requirement, with a specific section on",
            "Please describe any               small businesses.",
            "Participant suggestions           Data protection authorities in Africa and Latin America",
            "regarding the way forward/        should set up a network to share enforcement",
            "potential next steps /key         experience, modelled on existing cooperation in",
            "takeaways (3 paragraphs)          Europe, and the IGF could host its first meeting.",
            "                                  Civil society groups will prepare a short guide for trade",
            "                                  negotiators on the data protection consequences of",
            "                                  data flow clauses.",
            "Gender Reporting",
            "");

    @Test
    void aRowOverAPageBreakHasItsLabelAtItsTopAndTheNextRowIsCentred() {
        Document d = new Document("t.txt", "text", TextReader.rows(OVER_A_PAGE), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2017);
        // the discussions row runs over the page break with its label at its top (LibreOffice does
        // not centre a cell over two pages): the next page's lines are its own, up to the three
        // lines above the centred way-forward label (as many as below it)
        assertThat(r.section("discussions").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("The discussion opened with the question of why")
                .endsWith("regulators need to talk to each other much earlier in", "the process.");
        assertThat(r.section("way_forward").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Participants suggested that governments publish an")
                .endsWith("negotiators on the data protection consequences of", "data flow clauses.")
                .hasSize(11);
    }

    /** s03-2016-long/word-centred.pdf.layout.txt, lines 5-10 and 47-135: the template's title repeated at the top of each page. */
    private static final String REPEATED_TITLE = String.join("\n",
            "IGF 2016 Workshop Report Template",
            "                                   Community Networks and Spectrum Policy: Lessons",
            "Session Title                      from Latin America, South Asia and Sub-Saharan",
            "                                   Africa for Connecting the Next Billion",
            "Date                               Wednesday, 7 December 2016",
            "Time                               11:30 - 13:00",
            "If there were presentations        Presentation 1 (Peter Bloom): Mr. Bloom presented",
            "during the session, please         the experience of Telecomunicaciones Indígenas",
            "provide a 1-paragraph              Comunitarias in Oaxaca, which runs cellular networks",
            "summary for each Presentation      owned by 16 indigenous communities. After years of",
            "                                   operating under an experimental permit, the",
            "                                   communities obtained a social use concession in",
            "                                   2016, the first of its kind in Mexico. He explained how",
            "\fIGF 2016 Workshop Report Template",
            "                              the communities set their own prices, keep the",
            "                              revenue in the village and train local young people as",
            "                              technicians, and he described the legal steps needed",
            "                              to obtain the concession.",
            "                              Presentation 2 (Osama Manzar): Mr. Manzar",
            "                              described the wireless community networks that the",
            "                              Digital Empowerment Foundation has built in more",
            "                              than 150 rural locations in India. Each network is run",
            "                              by a local entrepreneur who sells services to schools,",
            "                              health centres and small businesses. He stressed that",
            "                              the main barrier is not technology but the licence",
            "                              regime, which requires an internet service provider",
            "                              licence whose fees are beyond the reach of a village",
            "                              entrepreneur.",
            "                              Presentation 3 (Carlos Rey-Moreno): Dr. Rey-Moreno",
            "                              summarised a study of community networks in Sub-",
            "                              Saharan Africa carried out for APC. The study found",
            "                              37 initiatives in 12 countries, most of them small and",
            "                              run by volunteers. He presented the main",
            "                              recommendations of the study, among them licence",
            "                              exemptions for small operators, access to unused",
            "                              spectrum, and open access to the backbone fibre that",
            "                              governments have financed.",
            "Please describe the           The discussion began with the question of licensing.",
            "Discussions that took place   Participants from Mexico, India and South Africa",
            "during the workshop session   compared the licence regimes of their countries and",
            "(3 paragraphs)                agreed that a licence category for small non-profit",
            "                              operators, with fees related to revenue, is the single",
            "                              most important change. A representative of a regulator",
            "                              from Latin America explained that regulators often lack",
            "                              a legal basis to create such a category and need the",
            "                              legislature to act first. Several participants noted that",
            "                              the Mexican social use concession shows that this can",
            "                              be done within an existing telecommunications law,",
            "                              once there is political will. Others cautioned that a new",
            "                              licence category only helps if the application process",
            "                              is simple enough for a village cooperative to complete",
            "                              without lawyers, and if the regulator publishes the",
            "                              conditions in the local languages of the communities",
            "                              concerned.",
            "                              Spectrum was the second main theme. Participants",
            "                              agreed that large parts of the spectrum assigned to",
            "                              national operators are not used in rural areas, and that",
            "                              regulators could allow secondary use where the",
            "                              licensee has no service. Mr. Boakye said that",
            "                              operators are open to sharing arrangements if the",
            "                              terms are clear and do not create interference risks for",
            "                              their own customers. Speakers from civil society",
            "                              replied that such arrangements should be a right of",
            "                              community operators and not a favour granted by",
            "                              incumbents, and that regulators should publish maps",
            "                              of unused spectrum so that communities know what",
            "\fIGF 2016 Workshop Report Template",
            "                              they can ask for. A participant from Kenya described",
            "                              the television white space trials in her country and the",
            "                              lessons learnt about interference management.",
            "                              The last part of the discussion addressed money.",
            "                              Universal service funds in many countries hold large",
            "                              balances that are not spent, and several participants",
            "                              proposed that a share of these funds be reserved for",
            "                              community operators. Dr. Foditsch presented an",
            "                              overview of the rules that govern such funds in Latin",
            "                              America and showed that most of them allow grants to",
            "                              non-profit operators in principle but have never made",
            "                              one. Participants agreed that small grants with simple",
            "                              reporting would do more good than large tenders, and",
            "                              that communities need help with the first investment",
            "                              more than with running costs, which the networks can",
            "                              usually cover from their own revenue once they are",
            "                              operating.",
            "                              Participants asked regulators to create licence",
            "                              categories for small community operators, with fees",
            "                              proportionate to revenue and an application process",
            "Please describe any           that a village cooperative can complete.",
            "Participant suggestions       Regulators should publish maps of assigned spectrum",
            "regarding the way forward/    that is not used in rural areas and allow community",
            "potential next steps /key     operators to use it on a secondary basis.",
            "takeaways (3 paragraphs)      The Dynamic Coalition on Community Connectivity will",
            "                              collect the regulatory examples presented in the",
            "                              session and publish them as a reference for regulators",
            "                              before IGF 2017.",
            "");

    @Test
    void theTitleRepeatedAtTheTopOfAPageInsideARowEndsNoSection() {
        Document d = new Document("t.txt", "text", TextReader.rows(REPEATED_TITLE), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2016);
        List<String> presentations = r.section("presentations").orElseThrow().lines().stream().map(Fragment::text).toList();
        assertThat(presentations).startsWith("Presentation 1 (Peter Bloom): Mr. Bloom presented")
                .contains("the communities set their own prices, keep the")
                .endsWith("governments have financed.")
                .doesNotContain("IGF 2016 Workshop Report Template");
        assertThat(r.section("discussions").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("The discussion began with the question of licensing.")
                .contains("they can ask for. A participant from Kenya described")
                .endsWith("operating.");
        assertThat(r.section("way_forward").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Participants asked regulators to create licence")
                .hasSize(11);
    }

    private static final Template T2015 = Templates.builtIn().byId("igf-2015-workshop").orElseThrow();

    /** s05-2015-compliant/word-centred.pdf.layout.txt, lines 1-4 and 39-65: a label in a smaller font wraps between its answer's lines. */
    private static final String INTERLEAVED = String.join("\n",
            "Reporting Template for IGF Workshop Sessions",
            "                                    Internet Exchange Points in Africa: Keeping Local Traffic",
            "Session title",
            "                                    Local",
            "                                    Participants began by discussing why so much African",
            "                                    traffic is still exchanged abroad. The main reasons given",
            "                                    were the price of local transit, the absence of content at",
            "                                    local exchanges and a lack of trust between competing",
            "                                    operators.",
            "                                    The role of governments was discussed at length. Some",
            "Please describe the Discussions     participants called for regulators to require operators to peer",
            "that took place during the          locally, while most argued that mandatory peering has failed",
            "workshop session: (3 paragraphs)    elsewhere and that governments should instead help by",
            "                                    removing licence barriers for exchange points.",
            "                                    Finally, the session looked at regional interconnection.",
            "                                    Speakers described the plans of the African Union for a",
            "                                    network of regional exchange points and stressed that",
            "                                    cross-border fibre and the cost of capacity will decide",
            "                                    whether those plans succeed.",
            "Please describe any Participant     Operators and content providers should be invited together",
            "\f                                     to the launch of new exchange points, so that both sides",
            "                                     see the benefit from the start.",
            "                                     Regulators should remove licence requirements for",
            "suggestions regarding the way",
            "                                     exchange points that only carry traffic between their",
            "forward/ potential next steps /key",
            "                                     members.",
            "takeaways: (3 paragraphs)",
            "                                     Af-IX will publish traffic statistics of its members every",
            "                                     quarter so that progress in keeping local traffic local can be",
            "                                     measured.",
            "");

    @Test
    void aLabelWrappedBetweenItsAnswersLinesIsCentredOnItsAnswerLinesNotItsRows() {
        Document d = new Document("t.txt", "text", TextReader.rows(INTERLEAVED), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2015);
        // the way-forward label spans nine rows, six of them beside answer lines: four above its
        // middle, two below; its answer has three lines below it and none above
        assertThat(r.section("discussions").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Participants began by discussing why so much African")
                .endsWith("cross-border fibre and the cost of capacity will decide", "whether those plans succeed.");
        assertThat(r.section("way_forward").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Operators and content providers should be invited together")
                .endsWith("measured.");
    }

    @Test
    void rowsThatCannotBeSharedOutKeepTheirLabelsRows() throws java.io.IOException {
        // a fuzzed report (see src/test/resources/regressions/README.md): no way to share the answer
        // lines among the centred rows; each section then begins at its label's row
        byte[] text;
        try (java.io.InputStream in = CellExtentTest.class.getResourceAsStream("/regressions/centred-rows-without-a-path.txt")) {
            text = in.readAllBytes();
        }
        org.igfreport.ReportResult r = org.igfreport.ReportValidator.builder().build().validate(text, "m.txt");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("internal-error"));
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("input-unreadable"));
    }
}
