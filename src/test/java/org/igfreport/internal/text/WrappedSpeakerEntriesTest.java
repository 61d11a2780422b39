package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

/**
 * Speaker entries wrapped by a table cell, as {@code pdftotext -raw} and the PDF reader give them:
 * a line shaped like a complete entry ("Name, Organisation", "Name (Organisation") starts a new
 * entry however full the line before it; the rest of an organisation's name after a full line
 * continues its entry, the line's fullness measured against the width at which the document's
 * answer column evidently wraps. The lines are those of the rendering matrix's dev draw
 * ({@code generate.py --holdout DIR --set dev}), as pdftotext 22.12 printed them.
 */
class WrappedSpeakerEntriesTest {

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(l -> l.text().text()).toList();
    }

    private static List<Line> lines(Break br, String... text) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(new Line(Fragment.of(text[i], i + 1, 1), br, 0));
        }
        return out;
    }

    /** The key issues and presentation of d03-2017-defective/word-top.pdf.raw.txt: lines wrapped in the answer column. */
    private static final String[] D03_ANSWERS = {
        "\uF0B7 The application fee remains a barrier for", "community and public interest applicants.",
        "\uF0B7 Internationalised domain names are still not", "accepted by many email systems and web", "forms.",
        "\uF0B7 Should community applications receive priority", "over commercial ones for the same string?",
        "Presentation 1 (Grace Wanjiru): Dr. Wanjiru", "presented the results of a recent study on public",
        "interest registries and the next round of new", "generic top-level domains. Some participants",
        "warned that lower fees could invite speculative", "applications. Technical speakers explained that",
        "universal acceptance of internationalised names", "is improving but slowly.",
    };

    private static int columnWidth(String... text) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            rows.add(new Row(null, Fragment.of(text[i], i + 1, 1), Break.UNKNOWN, false));
        }
        return Paragraphs.columnWidths(rows)[0];
    }

    @Test
    void theRestOfAnOrganisationAfterALineTheColumnFilled() {
        // d03-2017-defective/word-top.pdf.raw.txt: no line of the speakers cell shows a wrap of its
        // own, but "Telecommunications" would not have fitted in the column the answers wrap at
        int width = columnWidth(D03_ANSWERS);
        assertThat(width).isPositive();
        List<String> cell = List.of("Grace Wanjiru, Ministry of Digital Affairs, Estonia",
                "Hamid Rahimi, European Broadcasting Union", "Olumide Adeyemi, Pacific Islands",
                "Telecommunications Association");
        assertThat(texts(Items.joinEntries(WrappedLinesTest.lines(cell.toArray(String[]::new)), width)))
                .containsExactly("Grace Wanjiru, Ministry of Digital Affairs, Estonia",
                        "Hamid Rahimi, European Broadcasting Union",
                        "Olumide Adeyemi, Pacific Islands Telecommunications Association");
        // without the column's width the cell cannot tell
        assertThat(Items.joinEntries(WrappedLinesTest.lines(cell.toArray(String[]::new)))).hasSize(4);
    }

    @Test
    void aNameWithoutAffiliationAfterAShortLineStaysASpeaker() {
        // d16-2015-defective/word-top.pdf.raw.txt with its bare speaker: "Pedro Almeida" would have
        // fitted after "Union", so it is an entry of its own
        int width = columnWidth(D03_ANSWERS);
        assertThat(texts(Items.joinEntries(WrappedLinesTest.lines("Nomvula Dlamini, European Broadcasting Union",
                "Tariq Hussain, Pacific Islands Telecommunications", "Association", "Pedro Almeida",
                "Rania Haddad (CZ.NIC)"), width)))
                .containsExactly("Nomvula Dlamini, European Broadcasting Union",
                        "Tariq Hussain, Pacific Islands Telecommunications Association", "Pedro Almeida",
                        "Rania Haddad (CZ.NIC)");
    }

    @Test
    void aLineShapedLikeAnEntryStartsOneAfterAFullLine() {
        // d08-2016-defective/word-top.pdf.raw.txt: the open parenthesis shows that the cell wraps,
        // and its widest line is narrower than the column, so full-looking lines are many
        assertThat(texts(Items.joinEntries(WrappedLinesTest.lines("Aigerim Nurlanovna (Pacific Islands",
                "Telecommunications Association)", "Pedro Almeida, Tonga Communications Corporation",
                "Henrik Johansson, Arab States Research and Education", "Network",
                "Olumide Adeyemi, Ministry of Digital Affairs, Estonia", "Lukas Novák (Brazilian Internet Steering Committee",
                "(CGI.br))"))))
                .containsExactly("Aigerim Nurlanovna (Pacific Islands Telecommunications Association)",
                        "Pedro Almeida, Tonga Communications Corporation",
                        "Henrik Johansson, Arab States Research and Education Network",
                        "Olumide Adeyemi, Ministry of Digital Affairs, Estonia",
                        "Lukas Novák (Brazilian Internet Steering Committee (CGI.br))");
    }

    @Test
    void theShapeOfAnEntryStart() {
        assertThat(Items.startsEntry("Henrik Johansson, Arab States Research")).isTrue();
        assertThat(Items.startsEntry("Lukas Novák (Brazilian Internet Steering Committee")).isTrue();
        assertThat(Items.startsEntry("Sofía Castillo Paredes, Kazakhstan Association of IT")).isTrue();
        // the rest of a wrapped organisation or name
        assertThat(Items.startsEntry("Telecommunications Association")).isFalse();
        assertThat(Items.startsEntry("Town, Faculty of Law")).isFalse();
        assertThat(Items.startsEntry("Lopez (ISOC)")).isFalse();
        assertThat(Items.startsEntry("(CGI.br))")).isFalse();
        assertThat(Items.startsEntry("in Libertad de Expresión (Mexico)")).isFalse();
        // s03-2016-long/word-top.pdf.raw.txt: the middle line of a three-line organisation
        assertThat(Items.startsEntry("Autónoma de México, Instituto de Investigaciones")).isFalse();
    }

    @Test
    void aPdfReadersBreaksDecideWhereTheyAreKnown() {
        // the PDF reader saw whether the next word would have fitted: soft (the line is full) goes
        // on, hard (the paragraph ended) does not, whatever the line's length
        List<Line> soft = lines(Break.SOFT, "Henrik Johansson, Arab States Research and Education", "Network");
        assertThat(texts(Items.joinEntries(soft)))
                .containsExactly("Henrik Johansson, Arab States Research and Education Network");
        List<Line> cell = new ArrayList<>(lines(Break.HARD, "Aigerim Nurlanovna (Pacific Islands",
                "Telecommunications Association)", "Olumide Adeyemi, Pacific Islands Telecommunications Association",
                "Pedro Almeida"));
        cell.set(0, new Line(cell.get(0).text(), Break.SOFT, 0));
        assertThat(texts(Items.joinEntries(cell))).containsExactly(
                "Aigerim Nurlanovna (Pacific Islands Telecommunications Association)",
                "Olumide Adeyemi, Pacific Islands Telecommunications Association", "Pedro Almeida");
    }

    /** Answer lines of fifth-draw v17-2016-defective/word-top.pdf.raw.txt: the column they wrap at. */
    private static final String[] V17_ANSWERS = {
        "National cybersecurity strategies seldom say how local", "governments will be supported.",
        "Presentation 1 (Henrik Johansson): Dr. Johansson", "presented a case study on cybersecurity capacity building",
        "for municipal governments. Several speakers recommended", "shared security centres run jointly by groups of",
        "municipalities. A representative of a mid-sized city", "described a ransomware attack that stopped payments for",
        "three weeks.",
    };

    @Test
    void theCellsWidestLineIsNoFullLineWhenTheColumnIsWider() {
        // fifth draw, v17-2016-defective (every pdftotext shape): the cell's own lines wrap (an open
        // parenthesis) but its widest line is short of the column: "Hamid" would have fitted after
        // "Union", so "Hamid Rahimi" is a speaker of his own, without affiliation
        int width = columnWidth(V17_ANSWERS);
        assertThat(width).isPositive();
        assertThat(texts(Items.joinEntries(WrappedLinesTest.lines("Henrik Johansson (Kazakhstan Association of IT",
                "Companies)", "Tevita Fifita, Mozilla Foundation", "Pedro Almeida, European Broadcasting Union",
                "Hamid Rahimi"), width)))
                .containsExactly("Henrik Johansson (Kazakhstan Association of IT Companies)",
                        "Tevita Fifita, Mozilla Foundation", "Pedro Almeida, European Broadcasting Union", "Hamid Rahimi");
    }

    @Test
    void aLineWithinTheMeasuresMarginOfTheColumnIsFull() {
        // fifth draw, v19-2015-defective (every pdftotext shape): "Companies" did not fit after "IT",
        // though by the measured widths it falls short of the column by less than the measure's margin
        int width = columnWidth("Submarine cable cuts can isolate a small island state for",
                "weeks, and most have no satellite backup of sufficient", "Presentation 1 (Sofía Castillo Paredes): Dr. Paredes",
                "presented the results of a recent study on disaster", "communications in small island states. It was noted that",
                "power is the weakest link, as base stations have batteries for", "only a few hours.");
        assertThat(width).isPositive();
        assertThat(texts(Items.joinEntries(WrappedLinesTest.lines("Sofía Castillo Paredes (European Broadcasting Union)",
                "Tariq Hussain, Brazilian Internet Steering Committee", "(CGI.br)",
                "Olumide Adeyemi (Ministry of Digital Affairs, Estonia)", "Henrik Johansson, Kazakhstan Association of IT",
                "Companies"), width)))
                .containsExactly("Sofía Castillo Paredes (European Broadcasting Union)",
                        "Tariq Hussain, Brazilian Internet Steering Committee (CGI.br)",
                        "Olumide Adeyemi (Ministry of Digital Affairs, Estonia)",
                        "Henrik Johansson, Kazakhstan Association of IT Companies");
    }
}
