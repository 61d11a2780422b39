package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key issues without bullets or numbers in hard-wrapped text: each is one sentence, so a line that
 * ends a sentence followed by a line that starts one is the end of an item, however full that line
 * is (a second sentence of one issue that starts exactly at a line start cannot be told from it;
 * generate.py declares that finding uncertain where it happens). The lines are
 * {@code pdftotext -raw} of the rendering matrix's dev draw ({@code generate.py --holdout DIR --set dev}).
 */
class WrappedKeyIssuesTest {

    private static List<Item> items(String... lines) {
        Paragraphs.Split split = Paragraphs.analyse(WrappedLinesTest.lines(lines));
        return Items.listItems(split.paragraphs(), split.width());
    }

    @Test
    void aSentenceEndingAFullLineEndsTheKeyIssue() {
        // d12-2017-defective/word-top.pdf.raw.txt: "television." is nearly as long as the widest line,
        // yet "Can public service media" starts the next key issue; the first issue has two sentences
        List<Item> items = items("Public broadcasters are unsure whether they may",
                "collect data about their online audiences. Nobody", "disagreed with this point.",
                "Funding models based on licence fees are under", "pressure as fewer households own a television.",
                "Can public service media build shared platforms of", "their own across borders?");
        assertThat(items).extracting(i -> i.block().lines().get(0).line()).containsExactly(1, 4, 6);
        assertThat(items).extracting(Item::sentences).containsExactly(2, 1, 1);
    }

    @Test
    void aLineThatGoesOnInLowerCaseOrWithoutASentenceEndStaysInTheItem() {
        List<Item> items = items("Courts in several countries have limited the use of",
                "national identity numbers by private companies, e.g.", "banks.",
                "Linking identity numbers to all public services creates a",
                "single point of failure and of surveillance.");
        assertThat(items).extracting(i -> i.block().lines().get(0).line()).containsExactly(1, 4);
    }

    @Test
    void aBulletedKeyIssueGoesOnUntilTheNextBullet() {
        // fifth draw, v12-2017-defective/word-top.pdf.raw.txt: the bullets show where each issue
        // starts, so "Nobody disagreed" is the first issue's second sentence (as in -layout)
        List<Item> items = items("\uF0B7 Funding models based on licence fees are under",
                "pressure as fewer households own a television.", "Nobody disagreed with this point.",
                "\uF0B7 Young audiences reach public service content",
                "mostly through platforms that the broadcasters do", "not control.",
                "\uF0B7 Public broadcasters are unsure whether they may",
                "collect data about their online audiences.");
        assertThat(items).extracting(i -> i.block().lines().get(0).line()).containsExactly(1, 4, 7);
        assertThat(items).extracting(Item::sentences).containsExactly(2, 1, 1);
    }

    @Test
    void bulletsPrintedApartCountTheItems() {
        // fifth draw, v12-2017-defective/word-top.pdf.txt (pdftotext's default mode): five bullets,
        // then the issues' text, where six lines could each start an issue; one of them is a second sentence
        List<Item> items = items("\uF0B7", "\uF0B7", "\uF0B7", "\uF0B7", "\uF0B7", "",
                "Funding models based on licence fees are under", "pressure as fewer households own a television.",
                "Nobody disagreed with this point.", "Young audiences reach public service content",
                "mostly through platforms that the broadcasters do", "not control.",
                "Public broadcasters are unsure whether they may", "collect data about their online audiences.",
                "Recommendation algorithms of platforms rarely", "surface public service content.",
                "Can public service media build shared platforms of", "their own across borders?");
        assertThat(items).hasSize(6); // the bullets, then five issues
        assertThat(items.subList(1, 6)).extracting(Item::sentences).containsExactlyInAnyOrder(2, 1, 1, 1, 1);
    }
}
