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

    /** Fifth draw, v14-2016-defective/word-centred.pdf.layout.txt, lines 1-28. */
    private static final String V14 = String.join("\n",
            "IGF 2016 Workshop Report Template",
            "Report of the session, prepared by the rapporteur and reviewed by the organisers.",
            "                                   Algorithmic Content Moderation in Languages with",
            "Session Title",
            "                                   Few Digital Resources",
            "Date                               the second day of the IGF",
            "Time                               13:30-15:00",
            "                                   Digital Rights Foundation and the Centro de Estudios",
            "Session Organizer",
            "                                   en Libertad de Expresión",
            "Chair/Moderator                    Ifeoma Chukwu (Paradigm Initiative)",
            "Rapporteur/Notetaker               Chen Wei, Kenya Human Rights Commission",
            "                                   Saule Bekova (Centro de Estudios en Libertad de",
            "                                   Expresión)",
            "                                   Tevita Fifita (Kazakhstan Association of IT",
            "                                   Companies)",
            "List of Speakers and their         Jorge Luis Ibarra (Internet Society Pakistan Chapter)",
            "institutional affiliations",
            "                                   Grace Wanjiru, CZ.NIC",
            "                                   Beatriz Nascimento (Mozilla Foundation)",
            "                                   Pedro Almeida (Centro de Estudios en Libertad de",
            "                                   Expresión)",
            "                                   1. Who should pay for building language resources",
            "                                   that moderation systems need?",
            "Key Issues raised (1 sentence      2. Automated moderation performs worst in languages",
            "per issue)                         for which platforms have little training data.",
            "                                   3. Hate speech in local languages often stays online",
            "                                   while harmless posts are removed.",
            "");

    @Test
    void noCutInsideBrackets() {
        // the first speaker's affiliation wraps ("... Libertad de" / "Expresión)"): the speakers'
        // row cannot start between those lines, though counting lines alone would allow it
        Document d = new Document("t.txt", "text", TextReader.rows(V14), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2016);
        assertThat(r.section("rapporteur").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Chen Wei, Kenya Human Rights Commission");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Saule Bekova (Centro de Estudios en Libertad de Expresión)");
    }

    /** Fifth draw, v15-2017-defective/word-centred.pdf.layout.txt, lines 1-67. */
    private static final String V15 = String.join("\n",
            "IGF 2017 Reporting Template",
            "                                           Public Interest Registries and the Next Round of New Generic",
            "Session Title",
            "                                           Top-Level Domains",
            "Date                                       21 December 2017",
            "Time                                       09:00-10:30",
            "Session Organizer                          CZ.NIC and the Brazilian Internet Steering Committee (CGI.br)",
            "Chair/Moderator                            Chen Wei, University of Cape Town, Faculty of Law",
            "Rapporteur/Notetaker                       Hamid Rahimi (Kenya Human Rights Commission)",
            "                                           Rania Haddad, Kenya Human Rights Commission",
            "                                           Beatriz Nascimento (Arab States Research and Education",
            "                                           Network)",
            "List of Speakers and their institutional   Jorge Luis Ibarra, Arab States Research and Education Network",
            "affiliations",
            "                                           Ifeoma Chukwu, Centro de Estudios en Libertad de Expresión",
            "                                           Tariq Hussain (European Broadcasting Union)",
            "                                           Sofía Castillo Paredes, Kenya Human Rights Commission",
            "                                           1. The application fee remains a barrier for community and public",
            "                                           interest applicants.",
            "                                           2. Applicants from developing countries were few in the first",
            "                                           round of new generic top-level domains.",
            "Key Issues raised (1 sentence per",
            "issue)                                     3. Registry operators are unsure how abuse mitigation duties will",
            "                                           be enforced in the next round.",
            "                                           4. Should community applications receive priority over",
            "                                           commercial ones for the same string? This was raised by several",
            "                                           speakers.",
            "                                           Presentation 1 (Rania Haddad): Mr. Haddad presented the",
            "                                           experience of a national programme on public interest registries",
            "If there were presentations during the     and the next round of new generic top-level domains. Several",
            "session, please provide a 1-paragraph      participants asked for a simpler process for non-profit and",
            "summary for each presentation              community applicants. A participant from Brazil explained how",
            "                                           the national registry funds research and internet governance",
            "                                           activities.",
            "                                           Speakers reviewed the outcome of the first round and noted that",
            "                                           most successful applicants came from North America and Europe.",
            "                                           A representative of a community registry described the cost of the",
            "                                           evaluation process and the delays they faced. Some participants",
            "                                           warned that lower fees could invite speculative applications.",
            "Please describe the Discussions that       The discussion also touched on abuse, with registries asking for",
            "took place during the workshop             clear and predictable obligations. A participant from Brazil",
            "session (3 paragraphs)                     explained how the national registry funds research and internet",
            "                                           governance activities. Technical speakers explained that universal",
            "                                           acceptance of internationalised names is improving but slowly.",
            "                                           Participants discussed the applicant support programme, which",
            "                                           few applicants used in the first round. Several participants asked",
            "                                           for a simpler process for non-profit and community applicants.",
            "Please describe any Participant            The fee for community and public interest applicants should be",
            "suggestions regarding the way              reduced and paid in instalments.",
            "forward/ potential next steps /key",
            "                                           The applicant support programme should be advertised in the",
            "takeaways (3 paragraphs)",
            "\f                                          languages of the regions it targets.",
            "                                          Participants asked for an impact review of the first round before",
            "                                          the next one opens.",
            "Gender Reporting",
            "Estimate the overall number of the        About 80 participants.",
            "participants present at the session",
            "Estimate the overall number of            About 35 women.",
            "women present at the session",
            "To what extent did the session discuss    Gender was discussed briefly, when speakers looked at who is",
            "gender equality and/or women's            affected most.",
            "empowerment?",
            "If the session addressed issues related   Speakers noted that women are affected differently and asked for",
            "to gender equality and/or women's         data broken down by gender.",
            "empowerment, please provide a brief",
            "summary of the discussion",
            "");

    @Test
    void aLabelWhoseLinesFallBetweenItsAnswersLinesMayBeOffTheirMiddle() {
        // the way forward's label (five lines of a smaller type, two of them on lines of their own
        // between the answer's, which has spaced paragraphs) starts beside the answer's first line:
        // counting lines puts its middle two lines off, yet sharing lines out otherwise would cut
        // the discussions and a key issue apart
        Document d = new Document("t.txt", "text", TextReader.rows(V15), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2017);
        assertThat(r.section("key_issues").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("1. The application fee remains a barrier for community and public")
                .endsWith("speakers.");
        assertThat(r.section("presentations").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Presentation 1 (Rania Haddad): Mr. Haddad presented the")
                .endsWith("activities.");
        assertThat(r.section("way_forward").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("The fee for community and public interest applicants should be");
    }

    /** Dev draw, d05-2016-compliant/word-centred.pdf.layout.txt, lines 1-64. */
    private static final String D05 = String.join("\n",
            "IGF 2016 Workshop Report Template",
            "Session Title                              Cybersecurity Capacity Building for Municipal Governments",
            "Date                                       Thursday 8 December 2016",
            "Time                                       15:15-16:45",
            "                                           Kazakhstan Association of IT Companies and the Ministry of",
            "Session Organizer",
            "                                           Digital Affairs, Estonia",
            "Chair/Moderator                            Rania Haddad, Centro de Estudios en Libertad de Expresión",
            "Rapporteur/Notetaker                       Olumide Adeyemi (CZ.NIC)",
            "                                           Beatriz Nascimento, European Broadcasting Union",
            "List of Speakers and their institutional   Tevita Fifita (Kazakhstan Association of IT Companies)",
            "affiliations                               Meera Krishnan (CZ.NIC)",
            "                                           Élodie Marchand, European Broadcasting Union",
            "                                           1. National cybersecurity strategies seldom say how local",
            "                                           governments will be supported.",
            "                                           2. Shared security operations centres can give small municipalities",
            "                                           expertise they could not afford alone.",
            "Key Issues raised (1 sentence per          3. Municipal governments hold sensitive data but rarely employ a",
            "issue)                                     single security specialist.",
            "                                           4. Ransomware attacks on city services have doubled in two",
            "                                           years.",
            "                                           5. Should procurement rules require minimum security standards",
            "                                           for software bought by cities?",
            "                                           Presentation 1 (Beatriz Nascimento): Dr. Nascimento presented",
            "                                           the experience of a national programme on cybersecurity capacity",
            "                                           building for municipal governments. Speakers from Estonia",
            "                                           explained how the national authority supports local governments",
            "                                           with shared services. Industry participants said that clearer",
            "                                           requirements would help them offer secure products.",
            "                                           Presentation 2 (Tevita Fifita): Mr. Fifita presented a case study on",
            "                                           cybersecurity capacity building for municipal governments. A",
            "If there were presentations during the",
            "                                           representative of a mid-sized city described a ransomware attack",
            "session, please provide a 1-paragraph",
            "                                           that stopped payments for three weeks. Participants discussed the",
            "summary for each Presentation",
            "                                           shortage of security professionals willing to work for public",
            "                                           salaries.",
            "                                           Presentation 3 (Meera Krishnan): Ms. Krishnan presented a case",
            "                                           study on cybersecurity capacity building for municipal",
            "                                           governments. A representative of a mid-sized city described a",
            "                                           ransomware attack that stopped payments for three weeks. The",
            "                                           discussion covered the role of procurement in raising the security",
            "                                           of software used by cities.",
            "                                           A participant from Kazakhstan described training programmes for",
            "                                           municipal staff in the regions. Participants discussed the shortage",
            "                                           of security professionals willing to work for public salaries.",
            "                                           A representative of a mid-sized city described a ransomware",
            "Please describe the Discussions that",
            "                                           attack that stopped payments for three weeks. Speakers from",
            "took place during the workshop",
            "                                           Estonia explained how the national authority supports local",
            "session (3 paragraphs)",
            "                                           governments with shared services.",
            "                                           It was noted that backups kept offline saved several cities from",
            "                                           paying ransoms. Several speakers recommended shared security",
            "                                           centres run jointly by groups of municipalities.",
            "Please describe any Participant            National strategies should include a chapter on support for local",
            "suggestions regarding the way",
            "\f                                     governments.",
            "forward/ potential next steps /key   The organisers will publish a checklist for secure procurement by",
            "takeaways (3 paragraphs)             municipalities.",
            "                                     Cities should test their offline backups at least twice a year.",
            "\f",
            "");

    @Test
    void answerLinesBetweenALabelsLinesMayPutItsMiddleOff() {
        // the discussions' label has three lines of its own between the answer's lines: its last
        // paragraph ("... groups of municipalities.") is its own, not the way forward's first
        Document d = new Document("t.txt", "text", TextReader.rows(D05), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2016);
        assertThat(r.section("discussions").orElseThrow().lines()).extracting(Fragment::text)
                .endsWith("centres run jointly by groups of municipalities.");
        assertThat(r.section("way_forward").orElseThrow().paragraphs()).hasSize(3);
    }

    @Test
    void aRowOverAPageBreakKeepsItsLabelAtItsTopAndTheCentredRowsAboveKeepTheirLines() throws java.io.IOException {
        // sixth draw, w22-2015-defective/word-centred.pdf.layout.txt (src/test/resources/regressions/README.md):
        // the discussions row runs over a page break (the template's title repeated atop the next
        // page), so its label is at its top; sharing the lines as if it were centred moved every
        // row above by a line or two and left the moderator empty
        byte[] text;
        try (java.io.InputStream in = CellExtentTest.class.getResourceAsStream("/regressions/row-over-a-page-break.pdf.layout.txt")) {
            text = in.readAllBytes();
        }
        Document d = new Document("t.txt", "text", TextReader.rows(new String(text, java.nio.charset.StandardCharsets.UTF_8)),
                null, null, List.of(), false);
        MappedReport r = Mapper.map(d, Templates.builtIn().byId("igf-2015-workshop").orElseThrow());
        assertThat(r.section("moderator").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Hamid Rahimi, Arab States Research and Education", "Network");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Mikael Virtanen (Digital Rights Foundation)")
                .endsWith("Chen Wei (Centro de Estudios en Libertad de Expresión)");
        assertThat(r.section("discussions").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Participants from Nigeria described long queues at").endsWith("differ between population groups.");
    }

    private static MappedReport mapRegression(String name, String template) throws java.io.IOException {
        byte[] text;
        try (java.io.InputStream in = CellExtentTest.class.getResourceAsStream("/regressions/" + name)) {
            text = in.readAllBytes();
        }
        Document d = new Document("t.txt", "text", TextReader.rows(new String(text, java.nio.charset.StandardCharsets.UTF_8)),
                null, null, List.of(), false);
        return Mapper.map(d, Templates.builtIn().byId(template).orElseThrow());
    }

    @Test
    void centredLabelsInTextWithNoColumnsTakeTheAnswerLinesPrintedAboveThem() throws java.io.IOException {
        // sixth draw, w22-2015-defective/word-centred.pdf.txt (pdftotext default mode, labels
        // centred in their cells): each label is printed among its answer's lines, so the lines
        // above it are its own, not the previous section's
        MappedReport r = mapRegression("centred-labels-among-answer-lines.pdf.txt", "igf-2015-workshop");
        assertThat(r.section("organizer").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Kenya Human Rights Commission and Paradigm", "Initiative");
        assertThat(r.section("moderator").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Hamid Rahimi, Arab States Research and Education", "Network");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Mikael Virtanen (Digital Rights Foundation)");
        assertThat(r.section("key_issues").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("1. How can people correct errors in their identity").endsWith("worn.");
    }

    @Test
    void anEmptyTimeCellTakesNoNameShapedLineOfTheCentredRowBelow() throws java.io.IOException {
        // tune draw, t22-2015-defective/word-centred.pdf.txt: "Date" / "the second day of the IGF" /
        // "Time" / "Kenya Human Rights Commission and Paradigm" / "Workshop Organiser" / "Initiative":
        // the time is empty, the organiser's first line is printed above its centred label
        MappedReport r = mapRegression("empty-time-above-a-centred-organiser.pdf.txt", "igf-2015-workshop");
        assertThat(r.section("time").orElseThrow().isEmpty()).isTrue();
        assertThat(r.section("date").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("the second day of the IGF");
        assertThat(r.section("organizer").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Kenya Human Rights Commission and Paradigm", "Initiative");
    }

    @Test
    void anAnswerLinePrintedBetweenAWrappedLabelsLinesIsTheAnswers() throws java.io.IOException {
        // fifth draw, v18-2017-defective/word-centred.pdf.txt: "List of Speakers and their" /
        // "Network)" / "institutional affiliations": the label found skips the word "Network)",
        // which ends the entry before it, and the moderator's line is printed after its label
        MappedReport r = mapRegression("answer-line-inside-a-wrapped-label.pdf.txt", "igf-2017-workshop");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Tevita Fifita (Mozilla Foundation)",
                        "Olumide Adeyemi, Pacific Islands Telecommunications Association",
                        "Tariq Hussain (Arab States Research and Education Network)",
                        "Rania Haddad, European Broadcasting Union",
                        "Saule Bekova (Kazakhstan Association of IT Companies)",
                        "Chen Wei, Centro de Estudios en Libertad de Expresión");
        assertThat(r.section("moderator").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Meera Krishnan, European Broadcasting Union");
    }

    @Test
    void anEntryIsNotCutAfterAJoiningWord() throws java.io.IOException {
        // sixth draw, w04-2015-defective/word-centred.pdf.layout.txt: "Élodie Marchand, University
        // of Cape Town, Faculty of" / "Law" is one speaker, not the rapporteur's second line and
        // a speaker "Law" without affiliation
        MappedReport r = mapRegression("entry-cut-after-of.pdf.layout.txt", "igf-2015-workshop");
        assertThat(r.section("rapporteur").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Chen Wei (CZ.NIC)");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Élodie Marchand, University of Cape Town, Faculty of Law");
    }

    @Test
    void aLabelLineJoinedToAnAnswerLineIsARowOfBothColumns() throws java.io.IOException {
        // seventh draw, x13-2015-defective/word-centred.pdf.txt: pdftotext's default mode joins a
        // label's line and an answer line on one baseline ("Please describe the Discussions
        // Operators explained that ..."); that was taken for text with no centred labels, and the
        // lines above each label went to the section before it (the key issues to the speakers)
        MappedReport r = mapRegression("label-line-joined-to-answer-line.pdf.txt", "igf-2015-workshop");
        assertThat(r.section("moderator").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Mikael Virtanen, Ministry of Digital Affairs, Estonia");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Meera Krishnan, Internet Society Pakistan Chapter")
                .endsWith("Rania Haddad (Mozilla Foundation)");
        assertThat(r.section("key_issues").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Regulators rarely require operators to publish their")
                .endsWith("power is lost. This was raised by several speakers.");
        assertThat(r.section("discussions").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Operators explained that satellite capacity is expensive");
    }

    @Test
    void aCellMayEndAfterAWholeEntryWhateverRoomItsLineSeemsToLeave() throws java.io.IOException {
        // tune draw, t28-2015-defective/word-centred.pdf.txt: "Beatriz Nascimento (Internet
        // Society Pakistan Chapter)" / "Sofía Castillo Paredes, ..." and "Mikael Virtanen, Ministry
        // of Digital Affairs, Estonia" / "1. Courts in ...": by characters the lines seemed wrapped,
        // so the rapporteur was left empty and the speakers took the first key issue
        MappedReport r = mapRegression("entries-cut-whatever-the-room.pdf.txt", "igf-2015-workshop");
        assertThat(r.section("rapporteur").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Beatriz Nascimento (Internet Society Pakistan Chapter)");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Sofía Castillo Paredes, Pacific Islands Telecommunications Association")
                .endsWith("Mikael Virtanen, Ministry of Digital Affairs, Estonia");
        assertThat(r.section("key_issues").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("1. Courts in several countries have limited the use of");
    }

    @Test
    void aOnePersonCellTakesOneEntry() throws java.io.IOException {
        // the seventh draw's x13 again: "Aigerim Nurlanovna (Internet Society Pakistan" / "Chapter)"
        // / "Meera Krishnan, Internet Society Pakistan Chapter" above the speakers' label: the
        // counts of lines allow the rapporteur both entries, a one-person cell takes one
        MappedReport r = mapRegression("label-line-joined-to-answer-line.pdf.txt", "igf-2015-workshop");
        assertThat(r.section("rapporteur").orElseThrow().lines()).extracting(Fragment::text)
                .filteredOn(t -> !t.isBlank())
                .containsExactly("Aigerim Nurlanovna (Internet Society Pakistan", "Chapter)");
    }

    @Test
    void wordsThatBeginTwoLabelsAlikeAreTheEarlierSectionsLabel() throws java.io.IOException {
        // (Mapper) seventh draw, x06-2017-defective/word-top.pdf.txt: "Estimate the overall number
        // of" ends a page, the rest of the participants' label comes after the answers printed on
        // the next page; those words begin the women's label as well, which was taken, so the
        // participants' count was read as the women's and the reverse (a false gender-women)
        MappedReport r = mapRegression("shared-label-start-over-a-page-break.pdf.txt", "igf-2017-workshop");
        assertThat(r.section("gender_participants").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Approximately 40 people, some online.");
        assertThat(r.section("gender_women").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("About 15 women.");
    }

    @Test
    void aLabelWordBrokenAfterItsHyphenAndJoinedToAnAnswerLineIsFound() throws java.io.IOException {
        // (LabelRuns.rest) seventh draw, x10-2015-defective/word-centred.pdf.txt: "session, please
        // provide a 1biometric error rates differ between population" / "paragraph summary for" /
        // "each Presentation": pdftotext dropped the hyphen of "1-" at the label line's end and
        // joined the answer's line; the label's rest was not found, its lines were counted as
        // answer lines, and the key issues' first item went to the speakers
        MappedReport r = mapRegression("label-hyphen-joined-to-answer-line.pdf.txt", "igf-2015-workshop");
        assertThat(r.section("speakers").orElseThrow().lines()).extracting(Fragment::text)
                .startsWith("Olumide Adeyemi (Ministry of Digital Affairs, Estonia)")
                .endsWith("Aigerim Nurlanovna, Brazilian Internet Steering Committee (CGI.br)");
        // (the bullet printed apart leaves a space of its own before the item)
        assertThat(r.section("key_issues").orElseThrow().lines().get(0).text())
                .endsWith("Linking identity numbers to all public services");
        assertThat(r.section("presentations").orElseThrow().lines()).extracting(Fragment::text)
                .contains("biometric error rates differ between population")
                .noneMatch(t -> t.contains("paragraph summary") || t.contains("each Presentation") || t.contains("1biometric"));
    }
}
