package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

/**
 * Paragraph ends in hard-wrapped text without blank lines: a line that ends with a title before a
 * name ("Prof.", "Dr.") or with "e.g." does not end a sentence, so it ends no paragraph; whether the
 * next word would have fitted is measured against the document's column, not only the section's own
 * widest line. The lines
 * are {@code pdftotext -raw} of the rendering matrix's dev draw ({@code generate.py --holdout DIR --set dev}).
 */
class WrappedParagraphsTest {

    @Test
    void aTitleAtTheEndOfALineEndsNoParagraph() {
        // d08-2016-defective/word-top.pdf.raw.txt, the presentations cell: one paragraph
        Paragraphs.Split split = Paragraphs.analyse(WrappedLinesTest.lines(
                "Presentation 1 (Aigerim Nurlanovna): Prof.", "Nurlanovna presented a case study on algorithmic",
                "content moderation in languages with few digital", "resources. Researchers presented an audit showing that",
                "error rates were four times higher for some regional", "languages. Platform representatives explained that",
                "human moderators for smaller languages are hard to", "recruit."));
        assertThat(split.paragraphs()).hasSize(1);
    }

    @Test
    void whatEndsASentenceAtALineEnd() {
        assertThat(Paragraphs.endsSentence("Presentation 1 (Aigerim Nurlanovna): Prof.")).isFalse();
        assertThat(Paragraphs.endsSentence("Presentation 2 (Lukas Novák): Dr.")).isFalse();
        assertThat(Paragraphs.endsSentence("spectrum rules, e.g.")).isFalse();
        assertThat(Paragraphs.endsSentence("(Dr.")).isFalse();
        assertThat(Paragraphs.endsSentence("moderation for each language they serve.")).isTrue();
        assertThat(Paragraphs.endsSentence("across borders?")).isTrue();
        assertThat(Paragraphs.endsSentence("a speech by the Prof.\u201d")).isTrue();
        assertThat(Paragraphs.endsSentence("the U.S.")).isTrue();
    }

    /** The discussions cell of d10-2015-defective/word-top.pdf.raw.txt: lines wrapped in the answer column. */
    private static final String[] D10_DISCUSSIONS = {
        "Participants from Nigeria described long queues at", "enrolment centres and the cost of travelling to them. It was",
        "noted that offline alternatives must remain available for", "people who cannot enrol.",
        "The discussion opened with the experience of Kenya, where", "the courts suspended the rollout of a new identity system.",
        "Speakers described communities on the borders who", "struggle to prove their nationality.",
        "Donor representatives said that they now require human", "rights assessments before they fund such systems. Several",
        "speakers pointed to the lack of data protection laws in", "countries that are building identity systems. Participants",
        "discussed whether a digital identity should be voluntary or", "mandatory.",
    };

    @Test
    void aParagraphEndIsMeasuredAgainstTheDocumentsColumn() {
        // d10-2015-defective/word-top.pdf.raw.txt, the way forward cell (4 paragraphs): "Civil" would
        // have fitted after "systems." in the column, though not within the cell's own widest line
        List<Line> wayForward = WrappedLinesTest.lines("Governments should publish human rights impact",
                "assessments before rolling out new identity systems.",
                "Civil society groups will document cases of exclusion and", "share them with the courts and parliaments.",
                "Donors should fund offline alternatives alongside digital", "identity projects.",
                "Identity systems should not be a condition for access to", "essential services such as health care.");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < D10_DISCUSSIONS.length; i++) {
            rows.add(new Row(null, Fragment.of(D10_DISCUSSIONS[i], i + 1, 1), Break.UNKNOWN, false));
        }
        int column = Paragraphs.columnWidths(rows)[0];
        Paragraphs.Split split = Paragraphs.analyse(wayForward, column);
        assertThat(split.paragraphs()).extracting(b -> b.lines().get(0).line()).containsExactly(1, 3, 5, 7);
        assertThat(split.estimated()).isFalse();
        assertThat(Paragraphs.analyse(wayForward).paragraphs()).hasSize(3);
    }
}
