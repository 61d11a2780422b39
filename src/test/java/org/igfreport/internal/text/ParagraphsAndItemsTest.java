package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;
import org.junit.jupiter.api.Test;

class ParagraphsAndItemsTest {

    private static List<Line> lines(int width, String... text) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(new Line(Fragment.of(text[i], i + 1, 1), Break.UNKNOWN, width));
        }
        return out;
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(Paragraphs.split(lines(0, "a", "", "b", "  ", "c"))).hasSize(3);
    }

    @Test
    void unwrappedTextHasOneParagraphPerLine() {
        assertThat(Paragraphs.split(lines(0, "One paragraph.", "Another one.", "A third"))).hasSize(3);
    }

    @Test
    void hardWrappedTextBreaksOnlyAfterAShortLineThatEndsASentence() {
        List<Block> p = Paragraphs.split(lines(80,
                "The challenge of competing jurisdictions: There is a serious challenge when it",
                "comes to the way that different regimes use technology and policy measures and",
                "terms and situation-specific.",
                "Roles and responsibilities of technology and software development: There is a",
                "tension here between those who develop technology solutions and those who do."));
        assertThat(p).hasSize(2);
        assertThat(p.get(1).lines().get(0).line()).isEqualTo(4);
    }

    @Test
    void keyIssuesSplitAtTopicOpenings() {
        List<Block> p = Paragraphs.split(lines(80,
                "Encryption: Is strong encryption creating obstacles to law enforcement doing its",
                "job re: crime and national security?",
                "Network security: How do cybersecurity policy decisions relating to encryption",
                "and other related issues impact the stability and resilience of the infrastructure?",
                "Jurisdiction/regime type: The outcomes of specific policies in terms of their",
                "impact on human rights are complicated by the variety of political systems"));
        List<Item> items = Items.listItems(p, 80);
        assertThat(items).hasSize(3);
        assertThat(items.get(1).block().location().line()).isEqualTo(3);
    }

    @Test
    void presentationsThatShareAParagraphAreMarked() {
        List<Block> p = Paragraphs.split(lines(0,
                "Presentation 1 (A): said one thing.",
                "Presentation 2 (B): said another. Presentation 3 (C): said a third thing."));
        List<Item> items = Items.presentations(p);
        assertThat(items).hasSize(3);
        assertThat(items).extracting(Item::sharesParagraph).containsExactly(false, false, true);
        assertThat(items.get(2).text()).startsWith("Presentation 3 (C)");
        assertThat(items.get(2).block().location().column()).isEqualTo(35);
    }

    @Test
    void aPresentationOverTwoParagraphsIsCounted() {
        List<Block> p = Paragraphs.split(lines(0, "Presentation 1 (A): one.", "", "More on it.", "",
                "Presentation 2 (B): two."));
        List<Item> items = Items.presentations(p);
        assertThat(items).extracting(Item::paragraphs).containsExactly(2, 1);
    }

    @Test
    void speakersSplitIntoEntriesAndSkipGroupHeadings() {
        List<Block> p = Paragraphs.split(lines(0, "Panel 1",
                "Chinmayi Arun (CCG), Kathy Brown (ISOC), Francisco Vera Hott (Privacy International)Moderator: Peggy Hicks (OHCHR)",
                "Madeleine Carr (Cardiff University); Lea Kaspar(GPD),Kaja Ciglic (Microsoft)",
                "Jane Doe, University of Lagos"));
        List<Item> items = Items.people(p);
        assertThat(items).extracting(Item::text).containsExactly("Chinmayi Arun (CCG)", "Kathy Brown (ISOC)",
                "Francisco Vera Hott (Privacy International)", "Peggy Hicks (OHCHR)", "Madeleine Carr (Cardiff University)",
                "Lea Kaspar(GPD)", "Kaja Ciglic (Microsoft)", "Jane Doe, University of Lagos");
    }

    @Test
    void privateUseBulletsFromPdfsAreBullets() {
        assertThat(Markers.listMarkerLength("\uF0B7 Access is a right.")).isEqualTo(2);
        assertThat(Markers.listMarkerLength("\uF0A7\tAccess is a right.")).isEqualTo(2);
        assertThat(Markers.listMarkerLength("\u25CF Access is a right.")).isEqualTo(2);
        assertThat(Markers.listMarkerLength("\uF0B7")).isZero();
    }
}
