package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SentenceSegmenterProperties {

    private final SentenceSegmenter seg = SentenceSegmenter.english();

    /** Any string, plus strings built from the characters the scanner cares about. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars(" .!?…\n\r\t\u00A0\"'()[]“”’•⁃-*@:/0123456789aAbBeEgGiIsSuU")
                .ofMaxLength(200);
        Arbitrary<String> pieces = Arbitraries.of("Dr.", "e.g.", "U.S.", "1.", "2.)", "a.", "b)", " . . .",
                        "...", "?!", "\n", "\n\n", " ", "The", "end", "http://x.y/z.", "a@b.co", "’.", "(", ")")
                .list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), tricky, pieces);
    }

    @Property(tries = 2000)
    void sentencesAreOrderedTrimmedNonEmptyAndInBounds(@ForAll("texts") String text) {
        List<Sentence> sentences = seg.split(text);
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
            assertThat(SentenceScanner.isSpace(text.charAt(s.start()))).as("leading whitespace").isFalse();
            assertThat(SentenceScanner.isSpace(text.charAt(s.end() - 1))).as("trailing whitespace").isFalse();
            assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
            previousEnd = s.end();
        }
    }

    @Property(tries = 1000)
    void splitIsDeterministicAndCountMatches(@ForAll("texts") String text) {
        List<Sentence> first = seg.split(text);
        assertThat(seg.split(text)).isEqualTo(first);
        assertThat(seg.split(new StringBuilder(text))).isEqualTo(first);
        assertThat(seg.count(text)).isEqualTo(first.size());
    }

    @Property(tries = 1000)
    void nonWhitespaceTextIsCovered(@ForAll("texts") String text) {
        List<Sentence> sentences = seg.split(text);
        boolean blank = text.chars().allMatch(c -> SentenceScanner.isSpace((char) c));
        assertThat(sentences.isEmpty()).isEqualTo(blank);
        // every non-whitespace character lies in some sentence, except between sentences
        String covered = sentences.stream().map(s -> s.text(text)).collect(Collectors.joining());
        long nonSpace = text.chars().filter(c -> !SentenceScanner.isSpace((char) c)).count();
        assertThat(covered.chars().filter(c -> !SentenceScanner.isSpace((char) c)).count()).isEqualTo(nonSpace);
    }

    @Property(tries = 200)
    void joinedOneSentenceStringsGiveThatManySentences(@ForAll @IntRange(min = 1, max = 300) int n) {
        String text = IntStream.rangeClosed(1, n)
                .mapToObj(k -> "Sentence number " + k + " is here.")
                .collect(Collectors.joining(" "));
        assertThat(seg.count(text)).isEqualTo(n);
        assertThat(seg.split(text)).hasSize(n);
    }
}
