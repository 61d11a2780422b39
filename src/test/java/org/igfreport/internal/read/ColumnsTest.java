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
}
