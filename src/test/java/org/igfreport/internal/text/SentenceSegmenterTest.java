package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSegmenterTest {

    private final SentenceSegmenter seg = SentenceSegmenter.english();

    private List<String> texts(String text) {
        return seg.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void sharedInstance() {
        assertThat(SentenceSegmenter.english()).isSameAs(seg);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dr. Smith met Mr. Jones and Mrs. Brown.",
        "Prof. Ada Lovelace spoke first.",
        "Examples, e.g. Kenya, i.e. East Africa, etc. were named.",
        "The U.S. and the U.N. and the E.U. Council met.",
        "See No. 5 and Fig. 3 on p. 12 of the report.",
        "The meeting on Jan. 5 started at 9 a.m. sharp.",
        "The IGF vs. the WSIS Forum was debated.",
        "He lives on St. Michael Street near Acme Inc. headquarters.",
        "J. R. R. Tolkien wrote it.",
        "Adoption rose to 3.5 percent with version 1.2.3 of the tool.",
        "Write to info@example.org or visit https://example.org/a.b?c=d. for details.",
        "It cost approx. 20 dollars.",
    })
    void oneSentence(String text) {
        assertThat(texts(text)).containsExactly(text);
    }

    @Test
    void abbreviationThatEndsASentence() {
        assertThat(texts("We met Acme Ltd. The deal closed.")).containsExactly("We met Acme Ltd.", "The deal closed.");
        assertThat(texts("We met at 6 p.m. The room was full."))
                .containsExactly("We met at 6 p.m.", "The room was full.");
    }

    @Test
    void offsetsAreTrimmedAndPointIntoTheText() {
        String text = "  First one.   Second one?\n\n  Third  ";
        List<Sentence> sentences = seg.split(text);
        assertThat(sentences).containsExactly(new Sentence(2, 12), new Sentence(15, 26), new Sentence(30, 35));
        assertThat(sentences.get(2).text(text)).isEqualTo("Third");
    }

    @Test
    void quotesAndBracketsStayWithTheSentence() {
        assertThat(texts("He said, \"Stop.\" Then he left. (It was late.) We stayed."))
                .containsExactly("He said, \"Stop.\"", "Then he left.", "(It was late.)", "We stayed.");
    }

    @Test
    void crlfWrapIsNotABoundaryButABlankLineIs() {
        String text = "The session explored\r\nmultistakeholder governance\r\n\r\nNext paragraph";
        assertThat(texts(text)).containsExactly("The session explored\r\nmultistakeholder governance", "Next paragraph");
        assertThat(texts("one\n \t\ntwo")).containsExactly("one", "two");
    }

    @Test
    void questionsAndTopics() {
        assertThat(texts("Topic: what now? Who pays? Why?")).containsExactly("Topic: what now?", "Who pays?", "Why?");
        assertThat(texts("Hello?! Is it you!!")).containsExactly("Hello?!", "Is it you!!");
    }

    @Test
    void ellipses() {
        assertThat(texts("Wait… and see. It works… The end.")).containsExactly("Wait… and see.", "It works…", "The end.");
    }

    @Test
    void listsAndBullets() {
        assertThat(texts("1. Access\n2. Skills\n3. Trust")).containsExactly("1. Access", "2. Skills", "3. Trust");
        assertThat(texts("- Access\n- Skills")).containsExactly("- Access", "- Skills");
        assertThat(texts("The count rose to 12. The next year it fell.")).containsExactly("The count rose to 12.", "The next year it fell.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t ", "\u00A0\u2003"})
    void emptyOrWhitespaceOnlyGivesNothing(String text) {
        assertThat(seg.split(text)).isEmpty();
        assertThat(seg.count(text)).isZero();
    }

    @Test
    void countMatchesSplit() {
        String text = "One. Two? Three! Dr. Four e.g. five... Six\n\nSeven";
        assertThat(seg.count(text)).isEqualTo(seg.split(text).size()).isEqualTo(6);
    }

    @Test
    void acceptsAnyCharSequence() {
        StringBuilder text = new StringBuilder("One. Two.");
        assertThat(seg.split(text)).containsExactly(new Sentence(0, 4), new Sentence(5, 9));
    }

    @Test
    void rejectsNullAndBadRanges() {
        assertThatThrownBy(() -> seg.split(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> seg.count(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Sentence(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tenMegabyteSingleLine() {
        String unit = "The delegate from the U.S. said e.g. 3.5% (approx.) was fine. ";
        String text = unit.repeat(10 * 1024 * 1024 / unit.length());
        long t0 = System.nanoTime();
        int n = seg.count(text);
        long nanos = System.nanoTime() - t0;
        assertThat(n).isEqualTo(text.length() / unit.length());
        System.out.printf("10 MB line: %d sentences, %.0f MB/s%n", n, text.length() / 1e6 / (nanos / 1e9));
    }

    @Test
    void tenMegabyteTokenWithoutSpaces() {
        assertThat(seg.count("ab.Cd".repeat(2 * 1024 * 1024))).isPositive();
        assertThat(seg.count("a.".repeat(5 * 1024 * 1024))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", ")", "!", "a!", "a. ", "1. ", "ab.Cd", "www.aB.", "x@", "\u2026", ". \n", "\"", "?)"})
    void longRepetitionsFinish(String unit) {
        String text = "Go. " + unit.repeat(4_000_000 / unit.length()) + " The end.";
        int n = seg.count(text);
        assertThat(n).isPositive().isLessThanOrEqualTo(text.length());
        assertThat(seg.split(text)).hasSize(n);
    }

    @Test
    void twoMillionSpaceDotPairs() {
        String text = " .".repeat(2_000_000);
        assertThat(seg.count(text)).isEqualTo(1);
        assertThat(seg.split(text)).containsExactly(new Sentence(1, text.length()));
        assertThat(seg.count("x .".repeat(2_000_000))).isBetween(1, 2_000_000);
    }
}
