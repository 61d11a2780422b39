package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;
import org.junit.jupiter.api.Test;

/**
 * Items and paragraphs in hard-wrapped text (pdftotext, a PDF viewer's copy): the lines are those
 * of the wrapped-text fixtures (src/test/resources/wrapped-text), as pdftotext printed them.
 */
class WrappedLinesTest {

    static List<Line> lines(String... text) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(new Line(Fragment.of(text[i], i + 1, 1), Break.UNKNOWN, 0));
        }
        return out;
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(l -> l.text().text()).toList();
    }

    @Test
    void anUnclosedParenthesisAndALowerCaseLineContinueTheEntry() {
        assertThat(texts(Items.joinEntries(lines("Priya Raman (Digital Empowerment", "Foundation)",
                "Dr. Samuel Okonkwo-Adeyemi (International Committee of the", "Red Cross)", "Jean-Baptiste Moreau",
                "Fatima Zahra El Amrani (Office of the United Nations High", "Commissioner for Refugees)"))))
                .containsExactly("Priya Raman (Digital Empowerment Foundation)",
                        "Dr. Samuel Okonkwo-Adeyemi (International Committee of the Red Cross)", "Jean-Baptiste Moreau",
                        "Fatima Zahra El Amrani (Office of the United Nations High Commissioner for Refugees)");
    }

    @Test
    void aLinkingWordOrACommaAtTheEndContinuesTheEntry() {
        List<Line> joined = Items.joinEntries(lines("Priya Raman (Digital Empowerment Foundation)",
                "Prof. Ingrid Solberg, University of Bergen, Department of", "Information Science",
                "Kwame Mensah (Ghana National Communications Authority)",
                "Ana Lima, Ministry of Science, Technology and Communications,", "Brazil"));
        assertThat(texts(joined)).containsExactly("Priya Raman (Digital Empowerment Foundation)",
                "Prof. Ingrid Solberg, University of Bergen, Department of Information Science",
                "Kwame Mensah (Ghana National Communications Authority)",
                "Ana Lima, Ministry of Science, Technology and Communications, Brazil");
        assertThat(joined.get(1).text().line()).isEqualTo(2);
    }

    @Test
    void theRestOfANameOnTheNextLineOfAFullLine() {
        // the cell evidently wraps (the first entry's parenthesis), so a full line goes on
        assertThat(texts(Items.joinEntries(lines("Kwame Mensah (Ghana National Communications", "Authority)",
                "Maria Fernanda Gonzalez de la Vega Rodriguez Santos", "Lopez (ISOC)", "Ann Lee (ICANN)"))))
                .containsExactly("Kwame Mensah (Ghana National Communications Authority)",
                        "Maria Fernanda Gonzalez de la Vega Rodriguez Santos Lopez (ISOC)", "Ann Lee (ICANN)");
    }

    @Test
    void anAffiliationInParenthesesOnTheNextLineBelongsToTheNameBefore() {
        // s06 of the rendering matrix, as LibreOffice wrapped it in a bordered PDF cell: by its
        // characters the name's line is not full (proportional type), but no entry starts with "("
        assertThat(texts(Items.joinEntries(lines("Natália Mazotte (Open Knowledge Brasil)",
                "José Roberto Figueiredo de Albuquerque Neto", "(Prefeitura Municipal de Recife, Secretaria de Ciência,",
                "Tecnologia e Inovação)", "Aditi Banerjee", "(Moderator) Hyun-woo Park", "Lorenzo Baldassarre (City of Turin)"))))
                .containsExactly("Natália Mazotte (Open Knowledge Brasil)",
                        "José Roberto Figueiredo de Albuquerque Neto (Prefeitura Municipal de Recife, Secretaria de Ciência, "
                                + "Tecnologia e Inovação)",
                        "Aditi Banerjee", "(Moderator) Hyun-woo Park", "Lorenzo Baldassarre (City of Turin)");
    }

    @Test
    void oneNamePerLineStaysOnePerLine() {
        assertThat(texts(Items.joinEntries(lines("Jane Doe", "John Roe", "", "Ann Lee (ICANN)", "- Bob Ray (X",
                "- Eve Ash (Y)")))).containsExactly("Jane Doe", "John Roe", "", "Ann Lee (ICANN)", "- Bob Ray (X",
                "- Eve Ash (Y)");
    }

    private static final String[] DISCUSSION = {
        "The session opened with an overview of how community networks",
        "connect villages that commercial operators have left aside, and",
        "how spectrum rules and licence fees decide whether such networks",
        "can exist at all. Speakers from three regions compared their",
        "experience with regulators over the past five years. The discussion",
        "was lively.",
        "Participants then asked who pays for the backhaul once a grant",
        "ends, and whether universal service funds could be opened to small",
        "operators that serve fewer than a thousand households each.",
        "Several speakers said that such funds are rarely spent, and that the",
        "rules for applying favour large operators with legal teams and",
        "many staff members in the capital, an advantage that small",
        "cooperatives never have.",
        "Finally the panel discussed training: local technicians keep",
        "networks running, but they need recognised certificates and a",
        "salary. Remote participants from the Pacific and from the Andes",
        "added examples of schools that became the hub of their network,",
        "and asked the IGF to collect such cases in a public repository so",
        "that other communities can learn from them without repeating",
        "mistakes."};

    @Test
    void aSentenceEndThatLeavesRoomEndsAParagraph() {
        Paragraphs.Split split = Paragraphs.analyse(lines(DISCUSSION));
        assertThat(split.paragraphs()).extracting(b -> b.lines().get(0).line()).containsExactly(1, 7, 14);
        assertThat(split.width()).isEqualTo(68);
        // "... households each." / "Several": the next word would not have fitted, so the count is an estimate
        assertThat(split.estimated()).isTrue();
    }

    @Test
    void aParagraphEndOnAFullLineCannotBeToldAndIsAnEstimate() {
        String[] text = DISCUSSION.clone();
        text[11] = "many staff members in the capital, an advantage that small rural";
        text[12] = "cooperatives in remote districts rarely ever have in their regions.";
        Paragraphs.Split split = Paragraphs.analyse(lines(text));
        assertThat(split.paragraphs()).hasSize(2);
        assertThat(split.estimated()).isTrue();
    }

    @Test
    void aPageBreakInsideASentenceIsNoParagraphEnd() {
        List<String> text = new ArrayList<>(List.of(DISCUSSION));
        text.add(18, "");
        text.add(19, "\f");
        text.set(20, "\fthat other communities can learn from them without repeating");
        Paragraphs.Split split = Paragraphs.analyse(lines(text.toArray(String[]::new)));
        assertThat(split.paragraphs()).hasSize(3);
        assertThat(split.paragraphs().get(2).lines()).hasSize(7);
    }

    @Test
    void aBlankLineAfterASentenceStillEndsAParagraph() {
        assertThat(Paragraphs.analyse(lines("One paragraph that is long enough to be wrapped over", "two lines.", "",
                "Another one.")).paragraphs()).hasSize(2);
    }

    @Test
    void textThatIsNotWrappedHasOneParagraphPerLineAndIsNoEstimate() {
        Paragraphs.Split split = Paragraphs.analyse(lines("First paragraph.", "Second paragraph.", "Third one."));
        assertThat(split.paragraphs()).hasSize(3);
        assertThat(split.width()).isZero();
        assertThat(split.estimated()).isFalse();
    }

    @Test
    void wrappedKeyIssuesWithoutMarkersAreOneItemEach() {
        Paragraphs.Split split = Paragraphs.analyse(lines(
                "Most local languages still have no keyboard layouts, spell checkers",
                "or fonts on common phones, which keeps their speakers from writing",
                "online.",
                "Content in local languages is hard to find because search engines",
                "rank it low.",
                "Public broadcasters hold archives that could seed local content if",
                "their licences allowed it."));
        List<Item> items = Items.listItems(split.paragraphs(), split.width());
        assertThat(items).extracting(i -> i.block().lines().get(0).line()).containsExactly(1, 4, 6);
        assertThat(items).allSatisfy(i -> assertThat(i.sentences()).isEqualTo(1));
    }

    @Test
    void wrappedBulletedAndNumberedKeyIssuesAreOneItemEach() {
        for (String marker : List.of("• ", "1. ")) {
            Paragraphs.Split split = Paragraphs.analyse(lines(
                    marker + "Licence fees and spectrum rules designed for national operators",
                    "keep small community networks from serving the villages that",
                    "commercial operators have left aside.",
                    marker + "Universal service funds are rarely open to cooperatives and",
                    "municipalities."));
            List<Block> p = split.paragraphs();
            assertThat(Items.listItems(p, split.width())).hasSize(2);
        }
    }

    @Test
    void aParagraphEndIsMeasuredByPrintedWidthNotByCharacters() {
        // pdftotext -raw of the way forward cell of rendering/s01-2017-compliant/word-top.pdf (Liberation
        // Sans): "meeting." leaves room for "Civil" on the printed line although the line has more
        // characters than some lines that wrapped
        Paragraphs.Split split = Paragraphs.analyse(lines(
                "Participants suggested that governments publish an",
                "assessment of costs and benefits before adopting any",
                "localisation requirement, with a specific section on",
                "small businesses.",
                "Data protection authorities in Africa and Latin America",
                "should set up a network to share enforcement",
                "experience, modelled on existing cooperation in",
                "Europe, and the IGF could host its first meeting.",
                "Civil society groups will prepare a short guide for trade",
                "negotiators on the data protection consequences of",
                "data flow clauses."));
        assertThat(split.paragraphs()).extracting(b -> b.lines().get(0).line()).containsExactly(1, 5, 9);
        assertThat(split.estimated()).isFalse();
    }

    @Test
    void printedWidthKeepsNarrowAndWideLettersApart() {
        assertThat(Paragraphs.measure("illicit")).isLessThan(Paragraphs.measure("MWMW"));
        assertThat(Paragraphs.measure("é")).isEqualTo(Paragraphs.measure("a"));
    }

    @Test
    void anAffiliationOnTheNextLineOfANameThatFilledThePrintedLine() {
        // pdftotext -layout of the speakers cell of rendering/s06-2015-defective/word-top.pdf (Liberation
        // Serif): the name has fewer characters than the widest line but "(Prefeitura" did not fit after it
        assertThat(texts(Items.joinEntries(lines("Natália Mazotte (Open Knowledge Brasil)",
                "José Roberto Figueiredo de Albuquerque Neto",
                "(Prefeitura Municipal de Recife, Secretaria de Ciência,", "Tecnologia e Inovação)", "Aditi Banerjee",
                "Lorenzo Baldassarre (City of Turin)", "Hyun-woo Park"))))
                .containsExactly("Natália Mazotte (Open Knowledge Brasil)",
                        "José Roberto Figueiredo de Albuquerque Neto (Prefeitura Municipal de Recife, Secretaria de "
                                + "Ciência, Tecnologia e Inovação)",
                        "Aditi Banerjee", "Lorenzo Baldassarre (City of Turin)", "Hyun-woo Park");
    }
}
