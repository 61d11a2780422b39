package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

/** The label column and the answer column of {@code pdftotext -layout} text. */
class ColumnsTest {

    private static final String LAYOUT = String.join("\n",
            "IGF 2016 Workshop Report Template",
            "",
            "Session Title          Community networks: connecting the next billion from",
            "                       the bottom up",
            "Date                   8 December 2016",
            "Time                   11:00 - 12:30",
            "Session Organizer      Association for Progressive Communications",
            "List of Speakers and   Prof. Ingrid Solberg, University of Oslo",
            "their institutional    Ravi Menon, Digital Empowerment Foundation",
            "affiliations           Laura Chen",
            "",
            "\f                       the last line of an answer, on the next page",
            "");

    @Test
    void aLineWithTwoColumnsBecomesALabelCellAndAnAnswerCell() {
        List<Row> rows = TextReader.rows(LAYOUT);
        Row date = rows.get(4);
        assertThat(date.isTableRow()).isTrue();
        assertThat(date.label().text()).isEqualTo("Date");
        assertThat(date.body().text()).isEqualTo("8 December 2016");
        assertThat(date.body().column()).isEqualTo(24);
        Row wrapped = rows.get(8);
        assertThat(wrapped.label().text()).isEqualTo("their institutional");
        assertThat(wrapped.body().text()).isEqualTo("Ravi Menon, Digital Empowerment Foundation");
        Row answerOnly = rows.get(3);
        assertThat(answerOnly.label().isBlank()).isTrue();
        assertThat(answerOnly.body().text()).isEqualTo("the bottom up");
    }

    @Test
    void aLineAcrossTheBoundaryStaysFullWidthAndAPageWithoutColumnsToo() {
        List<Row> rows = TextReader.rows(LAYOUT);
        assertThat(rows.get(0).isTableRow()).isFalse();
        assertThat(rows.get(0).body().text()).isEqualTo("IGF 2016 Workshop Report Template");
        // the next page has only an answer line: no columns to find there
        assertThat(rows.get(11).isTableRow()).isFalse();
    }

    @Test
    void theBoundaryIsWhereManyLinesSplit() {
        List<String> lines = TextReader.lines(LAYOUT);
        List<String> raw = TextualReader.lines(LAYOUT);
        raw.remove(raw.size() - 1);
        int[] x = Columns.boundaries(raw, lines);
        assertThat(x).isNotNull();
        assertThat(x[4]).isEqualTo(23);
        assertThat(x[11]).isZero();
    }

    @Test
    void proseWithDoubleSpacesIsNotATable() {
        String prose = String.join("\n",
                "The session opened at ten.  Participants discussed community networks and how",
                "they are financed.  Several speakers asked regulators to open spectrum to small",
                "operators.  Others warned that grants end too early.  It was agreed to continue",
                "the discussion at the next IGF.  Remote participants asked about training for",
                "local technicians.  The moderator closed the session.");
        assertThat(TextReader.rows(prose)).noneMatch(Row::isTableRow);
    }

    @Test
    void indentedAnswersAloneDoNotMakeATable() {
        String text = String.join("\n", "Title", "          an indented line", "          another one",
                "          and a third", "          and a fourth");
        assertThat(TextReader.rows(text)).noneMatch(Row::isTableRow);
    }

    @Test
    void aPageOfLongAnswersWithFewLabelLinesKeepsItsColumns() {
        // the shape of page 2 of rendering/s03-2016-long/word-top.pdf.layout.txt: one wrapped label beside
        // a long answer, every other line an answer line at the same column (fewer than one line in ten
        // has text on both sides)
        StringBuilder page = new StringBuilder("\fIGF 2016 Workshop Report Template\n");
        String pad = " ".repeat(30);
        for (int i = 0; i < 20; i++) {
            page.append(pad).append("a line of the previous answer that runs on\n");
        }
        page.append("Please describe the           The discussion began with the question of licensing.\n")
                .append("Discussions that took place   Participants from Mexico, India and South Africa\n")
                .append("during the workshop session   compared the licence regimes of their countries and\n")
                .append("(3 paragraphs)                agreed that a licence category for small non-profit\n");
        for (int i = 0; i < 25; i++) {
            page.append(pad).append("operators, with fees related to revenue, is the change\n");
        }
        List<Row> rows = TextReader.rows(LAYOUT + page);
        Row label = rows.stream().filter(r -> r.label() != null && r.label().text().equals("Discussions that took place"))
                .findFirst().orElseThrow();
        assertThat(label.body().text()).isEqualTo("Participants from Mexico, India and South Africa");
    }

    @Test
    void aLabelLineRunIntoItsAnswerWithOneSpaceIsCutBeforeTheBoundary() {
        // page 1 (lines 1-50) of the dev draw's d07-2015-defective/word-top.pdf.layout.txt
        // (holdout.py --set dev): label lines as wide as their cell come out run into the answer
        String text = String.join("\n",
                "Report of the session, prepared by the rapporteur and reviewed by the organisers.",
                "Reporting Template for IGF Workshop Sessions",
                "Session title                    Disaster Communications in Small Island States:",
                "                                 Keeping Networks Up When the Storm Comes",
                "Date                             12 November 2015",
                "Time                             13:30-15:00",
                "Workshop Organiser               Pacific Islands Telecommunications Association",
                "                                 and the Tonga Communications Corporation",
                "Chairperson/Moderator            Sofía Castillo Paredes, Tonga Communications",
                "                                 Corporation",
                "List of Speakers and their       Pedro Almeida (Paradigm Initiative)",
                "institutional affiliations       Henrik Johansson, Paradigm Initiative",
                "                                 Lukas Novák, Ministry of Digital Affairs, Estonia",
                "                                 Meera Krishnan (Internet Society Pakistan",
                "                                 Chapter)",
                "                                 Saule Bekova, Brazilian Internet Steering",
                "                                 Committee (CGI.br)",
                "                                 Tariq Hussain (University of Cape Town, Faculty",
                "                                 of Law)",
                "Key Issues raised (1             Emergency alerts still depend on broadcast radio",
                "sentence per issue)              in many islands, because mobile networks fail first",
                "                                 when power is lost.",
                "                                 Can regional operators share spare capacity",
                "                                 during an emergency without breaching",
                "                                 competition rules?",
                "                                 Regulators rarely require operators to publish",
                "                                 their disaster recovery plans.",
                "                                 Community radio stations are often the last",
                "                                 working link to outer islands after a cyclone.",
                "                                 Submarine cable cuts can isolate a small island",
                "                                 state for weeks, and most have no satellite",
                "                                 backup of sufficient capacity.",
                "If there are Presentations       Presentation 1 (Pedro Almeida): Prof. Almeida",
                "during the workshop              presented a case study on disaster",
                "session, please provide a 1- communications in small island states. Donors",
                "paragraph summary for            were asked to fund maintenance as well as new",
                "each Presentation                equipment, since much donated gear fails within a",
                "                                 few years.",
                "                                 Presentation 2 (Henrik Johansson): Ms.",
                "                                 Johansson presented the results of a recent study",
                "                                 on disaster communications in small island states.",
                "                                 Several participants said that governments should",
                "                                 treat backup links as public infrastructure.",
                "Please describe the              The discussion also covered the role of amateur",
                "Discussions that took place radio operators, who kept contact with outer",
                "during the workshop              islands. Speakers from Tonga described the",
                "session: (3 paragraphs)          eleven days in which the country was cut off after",
                "                                 the volcanic eruption. Several participants said",
                "                                 that governments should treat backup links as",
                "                                 public infrastructure.",
                "");
        List<Row> rows = TextReader.rows(text);
        assertThat(rows.get(0).isTableRow()).isFalse(); // the note above the table
        assertThat(rows.get(1).isTableRow()).isFalse(); // the title
        Row presentations = rows.get(34);
        assertThat(presentations.label().text()).isEqualTo("session, please provide a 1-");
        assertThat(presentations.body().text()).isEqualTo("communications in small island states. Donors");
        assertThat(presentations.body().column()).isEqualTo(30);
        Row discussions = rows.get(44);
        assertThat(discussions.label().text()).isEqualTo("Discussions that took place");
        assertThat(discussions.body().text()).isEqualTo("radio operators, who kept contact with outer");
    }

    @Test
    void aPageWhoseLabelLinesStandBetweenItsAnswerLinesTakesTheAnswerIndent() {
        // the dev draw's d07-2015-defective/word-centred.pdf.layout.txt (holdout.py --set dev): on
        // page 2 a centred label wraps between its answer's lines, no line has both
        String text = String.join("\n",
                "Report of the session, prepared by the rapporteur and reviewed by the organisers.",
                "Reporting Template for IGF Workshop Sessions",
                "                                 Disaster Communications in Small Island States:",
                "Session title",
                "                                 Keeping Networks Up When the Storm Comes",
                "Date                             12 November 2015",
                "Time                             13:30-15:00",
                "                                 Pacific Islands Telecommunications Association",
                "Workshop Organiser",
                "                                 and the Tonga Communications Corporation",
                "                                 Sofía Castillo Paredes, Tonga Communications",
                "Chairperson/Moderator",
                "                                 Corporation",
                "                                 Pedro Almeida (Paradigm Initiative)",
                "                                 Henrik Johansson, Paradigm Initiative",
                "                                 Lukas Novák, Ministry of Digital Affairs, Estonia",
                "                                 Meera Krishnan (Internet Society Pakistan",
                "List of Speakers and their",
                "                                 Chapter)",
                "institutional affiliations",
                "                                 Saule Bekova, Brazilian Internet Steering",
                "                                 Committee (CGI.br)",
                "                                 Tariq Hussain (University of Cape Town, Faculty",
                "                                 of Law)",
                "                                 Emergency alerts still depend on broadcast radio",
                "                                 in many islands, because mobile networks fail first",
                "                                 when power is lost.",
                "                                 Can regional operators share spare capacity",
                "                                 during an emergency without breaching",
                "                                 competition rules?",
                "Key Issues raised (1",
                "                                 Regulators rarely require operators to publish",
                "sentence per issue)",
                "                                 their disaster recovery plans.",
                "                                 Community radio stations are often the last",
                "                                 working link to outer islands after a cyclone.",
                "                                 Submarine cable cuts can isolate a small island",
                "                                 state for weeks, and most have no satellite",
                "                                 backup of sufficient capacity.",
                "                                 Presentation 1 (Pedro Almeida): Prof. Almeida",
                "                                 presented a case study on disaster",
                "                                 communications in small island states. Donors",
                "If there are Presentations       were asked to fund maintenance as well as new",
                "during the workshop              equipment, since much donated gear fails within a",
                "session, please provide a 1- few years.",
                "paragraph summary for            Presentation 2 (Henrik Johansson): Ms.",
                "each Presentation                Johansson presented the results of a recent study",
                "                                 on disaster communications in small island states.",
                "                                 Several participants said that governments should",
                "                                 treat backup links as public infrastructure.",
                "Please describe the              The discussion also covered the role of amateur",
                "Discussions that took place radio operators, who kept contact with outer",
                "during the workshop              islands. Speakers from Tonga described the",
                "session: (3 paragraphs)          eleven days in which the country was cut off after",
                "                                 the volcanic eruption. Several participants said",
                "                                 that governments should treat backup links as",
                "                                 public infrastructure.",
                "\fReporting Template for IGF Workshop Sessions",
                "                             Participants agreed that drills involving operators,",
                "                             regulators and emergency services are too rare.",
                "                             Civil society speakers stressed that warnings",
                "                             must reach people in their own languages.",
                "                             Donors were asked to fund maintenance as well",
                "                             as new equipment, since much donated gear fails",
                "                             within a few years.",
                "                             A participant from Fiji noted that the regional",
                "                             cable map is not published, which makes planning",
                "                             harder.",
                "                             It was noted that power is the weakest link, as",
                "                             base stations have batteries for only a few hours.",
                "                             Operators explained that satellite capacity is",
                "                             expensive to keep on standby and is rarely",
                "                             budgeted.",
                "                             Operators should publish their disaster recovery",
                "                             plans in a form that the public can read.",
                "Please describe any",
                "                             The organisers will hold a regional drill with",
                "Participant suggestions",
                "                             operators and emergency services next year.",
                "regarding the way forward/",
                "                             Governments of the region should agree on a",
                "potential next steps /key",
                "                             shared emergency satellite capacity pool.",
                "takeaways: (3 paragraphs)",
                "                             Regulators should require battery backup of at",
                "                             least 24 hours at critical base stations.",
                "");
        List<Row> rows = TextReader.rows(text);
        Row title = rows.get(57);
        assertThat(title.isTableRow()).isFalse();
        assertThat(title.body().text().strip()).isEqualTo("Reporting Template for IGF Workshop Sessions");
        assertThat(rows.get(58).isTableRow()).isTrue();
        assertThat(rows.get(58).label().isBlank()).isTrue();
        assertThat(rows.get(58).body().text()).isEqualTo("Participants agreed that drills involving operators,");
        Row label = rows.get(77);
        assertThat(label.label().text()).isEqualTo("Participant suggestions");
        assertThat(label.body().isBlank()).isTrue();
    }

    /**
     * The end of d05-2016-compliant/word-top.pdf.layout.txt of the rendering matrix's dev draw
     * (pdftotext 22.12 -layout): the last page holds four lines of the last row, laid out at its
     * own column, and its first line begins with the page's form feed.
     */
    private static final String SHORT_LAST_PAGE = String.join("\n",
            "Please describe the Discussions that       A participant from Kazakhstan described training programmes for",
            "took place during the workshop             municipal staff in the regions. Participants discussed the shortage",
            "session (3 paragraphs)                     of security professionals willing to work for public salaries.",
            "                                           A representative of a mid-sized city described a ransomware",
            "Please describe any Participant            National strategies should include a chapter on support for local",
            "suggestions regarding the way",
            "\fforward/ potential next steps /key   governments.",
            "takeaways (3 paragraphs)             The organisers will publish a checklist for secure procurement by",
            "                                     municipalities.",
            "                                     Cities should test their offline backups at least twice a year.",
            "\f");

    @Test
    void aShortLastPageHasItsOwnColumnAndItsFormFeedIsNoColumn() {
        List<Row> rows = TextReader.rows(SHORT_LAST_PAGE);
        Row first = rows.get(6);
        assertThat(first.isTableRow()).isTrue();
        assertThat(first.label().text()).isEqualTo("forward/ potential next steps /key");
        assertThat(first.body().text()).isEqualTo("governments.");
        assertThat(first.body().column()).isEqualTo(39);
        assertThat(rows.get(8).body().text()).isEqualTo("municipalities.");
    }
}
