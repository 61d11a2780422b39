package org.igfreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Paragraph ends in hard-wrapped text without blank lines: a line that ends with a title before a
 * name ("Prof.", "Dr.") or with "e.g." does not end a sentence, so it ends no paragraph. The lines
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
}
