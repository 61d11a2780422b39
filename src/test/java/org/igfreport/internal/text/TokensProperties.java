package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Words are runs of letters and digits, lower-cased, with their offsets, letters and count. */
class TokensProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{javaLetterOrDigit}]+");

    @Property(tries = 1000)
    void wordsAreTheLowerCasedRunsOfLettersAndDigits(@ForAll("texts") String text,
                                                     @ForAll @IntRange(min = 1, max = 60) int limit) {
        List<int[]> expected = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && expected.size() < limit) {
            expected.add(new int[] {m.start(), m.end()});
        }
        Tokens t = Tokens.of(text, limit);
        assertThat(t.size()).isEqualTo(expected.size());
        // read back to front too: words are made on first use, in any order
        for (int i = t.size() - 1; i >= 0; i--) {
            String word = lower(text.substring(expected.get(i)[0], expected.get(i)[1]));
            assertThat(t.word(i)).isEqualTo(word);
            assertThat(t.start(i)).isEqualTo(expected.get(i)[0]);
            assertThat(t.end(i)).isEqualTo(expected.get(i)[1]);
            assertThat(t.letters(i)).isEqualTo(Tokens.letters(word));
        }
        assertThat(Tokens.count(text)).isEqualTo(Tokens.of(text).size());
    }

    /**
     * The words are cut as far as they are asked for: asked in any order, and counted only up to a
     * bound, they are the words of the whole cut.
     */
    @Property(tries = 1000)
    void wordsCutOnDemandAreTheWholeCutsWords(@ForAll("texts") String text,
                                             @ForAll @IntRange(min = 0, max = 60) int limit,
                                             @ForAll @IntRange(min = 0, max = 30) int bound,
                                             @ForAll @IntRange(min = 0, max = 30) int first) {
        Tokens whole = Tokens.of(text, limit);
        int size = whole.size();
        Tokens lazy = Tokens.of(text, limit);
        assertThat(lazy.sizeAtMost(bound)).isEqualTo(Math.min(size, bound));
        if (first < size) {
            assertThat(lazy.word(first)).isEqualTo(whole.word(first));
            assertThat(lazy.start(first)).isEqualTo(whole.start(first));
        } else {
            assertThatThrownBy(() -> lazy.word(first)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        assertThat(lazy.sizeAtMost(bound + 1)).isEqualTo(Math.min(size, bound + 1));
        assertThat(lazy.size()).isEqualTo(size);
        for (int i = 0; i < size; i++) {
            assertThat(lazy.word(i)).isEqualTo(whole.word(i));
            assertThat(lazy.start(i)).isEqualTo(whole.start(i));
            assertThat(lazy.end(i)).isEqualTo(whole.end(i));
            assertThat(lazy.letters(i)).isEqualTo(whole.letters(i));
        }
    }

    private static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Character.toLowerCase(s.charAt(i)));
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019 .:-\tÉéßİı\u00a0").ofMaxLength(80),
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("Key Issues raised (1 sentence per issue):", "SESSION TITLE", "Rapporteur/Notetaker",
                        "Ünïcödé Wörds and 2017").map(s -> s.toUpperCase(Locale.ROOT)));
    }
}
