package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void detectsTheLanguageOfProse() {
        assertThat(Language.detect("The session explored how the forum can support the work of national"
                + " initiatives and whether it should be funded by the states that host it."))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("La session a examiné comment le forum peut soutenir les initiatives"
                + " nationales et si elle doit être financée par les États qui sont les hôtes des réunions."))
                .isEqualTo(Language.FRENCH);
        assertThat(Language.detect("La sesión examinó cómo el foro puede apoyar las iniciativas nacionales"
                + " y si debe ser financiada por los Estados que han sido sede de las reuniones del foro."))
                .isEqualTo(Language.SPANISH);
    }

    @Test
    void shortTextsAndTiesAreEnglish() {
        assertThat(Language.detect("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("Les données et la santé")).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect("12 34 56 -- ::")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void codes() {
        assertThat(Language.of("FR")).contains(Language.FRENCH);
        assertThat(Language.of(" es ")).contains(Language.SPANISH);
        assertThat(Language.of("de")).isEmpty();
        assertThat(Language.of(null)).isEmpty();
        assertThat(Language.ENGLISH.code()).isEqualTo("en");
    }

    @Test
    void everyLanguageHasItsDataFiles() {
        for (Language l : Language.values()) {
            Language.Rules r = l.rules();
            assertThat(r.prepositive).as(l.code()).isNotEmpty();
            assertThat(r.ordinary).as(l.code()).contains("etc");
            assertThat(r.starters).as(l.code()).isNotEmpty();
            assertThat(r.stopwords).as(l.code()).hasSizeGreaterThan(30);
        }
    }

    @Test
    void dataFileLinesAreSplitAsTheRegularExpressionSplitsThem() {
        // Rules.words replaces split("\\s+") on a stripped line (no pattern compiled at start-up)
        for (String line : new String[] {"a", "the and  of", "dr.\tmr.\u000Bms.\fprof.\rsr", "a\u00A0b c",
                "  lead and trail  ", "x \u2003 y", "\u00E9t\u00E9 d\u00E9j\u00E0"}) {
            Set<String> expected = new HashSet<>(Arrays.asList(line.strip().split("\\s+")));
            Set<String> got = new HashSet<>();
            Language.Rules.words(line.strip(), got);
            assertThat(got).as(line).isEqualTo(expected);
        }
        Set<String> none = new HashSet<>();
        Language.Rules.words("", none);
        assertThat(none).isEmpty();
    }

    @Test
    void stopWordsAreTheRulesStopWords() {
        for (Language l : Language.values()) {
            assertThat(l.stopwords()).as(l.code()).isSameAs(l.rules().stopwords).contains(
                    l == Language.ENGLISH ? "the" : l == Language.FRENCH ? "les" : "los");
        }
    }

    @Test
    void detectionLooksAtABoundedPrefix() {
        String english = "the participants were in the room for the debate and it was good ".repeat(2_000);
        String french = "les participants sont et ont été dans la salle pour le débat ".repeat(5_000);
        assertThat(english.length()).isGreaterThan(Language.MAX_DETECT);
        assertThat(Language.detect(english + french)).isEqualTo(Language.ENGLISH);
        assertThat(Language.detect(french + english)).isEqualTo(Language.FRENCH);
    }

    /**
     * The counts of the character scan and its table are those of a String made of each word and
     * looked up in each language's stop words, over text made of the stop words (lower, upper and
     * capitalised, with apostrophes), long words, non-ASCII letters that lower-case to ASCII and
     * random characters.
     */
    @Test
    void countsAreThoseOfLookingUpEachWordAsAString() {
        List<String> pieces = new ArrayList<>();
        for (Language l : Language.values()) {
            pieces.addAll(l.stopwords());
        }
        Collections.sort(pieces);
        assertThat(pieces).hasSizeGreaterThan(100);
        String[] extra = {"aujourd\u2019hui", "l\u2019", "d'", "\u2019the", "'les", "internationalisation", "ab\u0130",
                "\u0130N", "STRASSE", "stra\u00DFe", "\u00C9T\u00C9", "\u00E9t\u00E9", "x1y", "and2", "THE", "The"};
        String alphabet = " ,.;\n\t'\u2019-1aEz\u00E9\u00C9\u0130\u00DF\u00A0\u2003\uD83D\uDE00";
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int words = round % 50 == 0 ? 20_000 : random.nextInt(400);
            for (int w = 0; w < words; w++) {
                int pick = random.nextInt(10);
                String word = pick < 6 ? pieces.get(random.nextInt(pieces.size()))
                        : pick < 8 ? extra[random.nextInt(extra.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length())));
                switch (random.nextInt(4)) {
                    case 0 -> word = word.toUpperCase(Locale.ROOT);
                    case 1 -> word = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    default -> { }
                }
                text.append(word).append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Language.counts(text)).as(text.toString()).containsExactly(byString(text));
            assertThat(Language.counts(text.toString())).containsExactly(byString(text));
            assertThat(Language.counts(java.nio.CharBuffer.wrap(text))).containsExactly(byString(text));
            assertThat(inPieces(text, random)).containsExactly(byString(text));
        }
    }

    /** The text given to a {@link Language.Detection} in random pieces, strings and single characters. */
    private static int[] inPieces(CharSequence text, Random random) {
        Language.Detection d = new Language.Detection();
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + random.nextInt(600));
            if (end == i + 1 && random.nextBoolean()) {
                d.add(text.charAt(i));
            } else {
                d.add(text.subSequence(i, end).toString());
            }
            i = end;
        }
        return d.finish();
    }

    @Test
    void detectionInPiecesLooksAtTheSameBoundedPrefix() {
        String english = "the participants were in the room for the debate and it was good ".repeat(2_000);
        String french = "les participants sont et ont été dans la salle pour le débat ".repeat(5_000);
        Language.Detection d = new Language.Detection();
        for (String piece : (english + french).split("(?<=\\n)|(?<= )")) {
            d.add(piece);
        }
        assertThat(d.full()).isTrue();
        assertThat(d.language()).isEqualTo(Language.ENGLISH);
        assertThat(new Language.Detection().add(french).add('\n').add(english).language()).isEqualTo(Language.FRENCH);
    }

    /** Detection's counts as they were made before the table: a String per word and a set look-up. */
    private static int[] byString(CharSequence text) {
        Language[] all = Language.values();
        int[] counts = new int[all.length];
        int n = Math.min(text.length(), Language.MAX_DETECT);
        StringBuilder word = new StringBuilder();
        int len = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\u2019' && len > 0 || c == '\'' && len > 0) {
                if (len < 12) {
                    word.append(Character.toLowerCase(c));
                }
                len++;
                continue;
            }
            if (len > 0 && len <= 12) {
                for (Language l : all) {
                    if (l.stopwords().contains(word.toString())) {
                        counts[l.ordinal()]++;
                    }
                }
            }
            len = 0;
            word.setLength(0);
        }
        return counts;
    }
}
