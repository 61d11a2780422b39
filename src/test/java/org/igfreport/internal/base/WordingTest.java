package org.igfreport.internal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * {@link Wording} gives what {@code new MessageFormat(pattern, locale).format(args)} gives, in the
 * locales messages are formatted by ({@link Language#numbers}: root, French, Spanish) and in others:
 * whole numbers over a wide range (grouping separators, negative numbers, the limits of each type),
 * every pattern of the messages and texts bundles with numbers and texts as arguments, and the
 * arguments it leaves to the JDK (fractions, dates, null, other objects).
 */
class WordingTest {

    private static final Locale[] NUMBERS = {
        Language.numbers(Locale.ENGLISH), Language.numbers(Locale.FRENCH), Language.numbers(Language.of("es")),
    };

    private static String jdk(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    private static List<Long> wholeNumbers() {
        List<Long> values = new ArrayList<>();
        for (long v = -3_000; v <= 30_000; v++) {
            values.add(v);
        }
        for (long p = 10; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
            for (long d = -2; d <= 2; d++) {
                values.add(p + d);
                values.add(-p + d);
                values.add(p * 9 + d);
            }
        }
        Collections.addAll(values, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
                (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE);
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        return values;
    }

    @Test
    void wholeNumbersAsTheJdkWritesThem() {
        List<Long> values = wholeNumbers();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Locale locale : NUMBERS) {
            assertThat((int) Wording.separator(locale)).as("%s", locale).isNotZero();
            MessageFormat jdk = new MessageFormat("{0} {1} {2} {3}", locale);
            for (long v : values) {
                Object[] args = {v, (int) v, (short) v, (byte) v};
                String expected = jdk.format(args);
                String actual = Wording.format("{0} {1} {2} {3}", locale, args);
                checked++;
                if (!actual.equals(expected) && wrong.size() < 20) {
                    wrong.add(locale + " " + v + ": " + actual + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void theGroupingSeparatorsAreTheJdksOwn() {
        // the cases the hard-coded separators are about, spelled out
        assertThat(Wording.format("{0}", Locale.ROOT, new Object[] {1234567})).isEqualTo("1,234,567");
        assertThat(Wording.format("{0}", Locale.FRENCH, new Object[] {1234567})).isEqualTo("1\u202F234\u202F567");
        assertThat(Wording.format("{0}", Language.of("es"), new Object[] {-1234})).isEqualTo("-1.234");
        assertThat(jdk("{0}", Language.of("es"), 1234)).isEqualTo("1.234");
    }

    @Test
    void otherLocaleDataThanCldrsLeavesNumbersToTheJdk() {
        String before = System.getProperty("java.locale.providers");
        try {
            System.setProperty("java.locale.providers", "COMPAT");
            assertThat(Wording.separator(Locale.FRENCH)).isEqualTo((char) 0);
            assertThat(Wording.separator(Locale.ROOT)).isEqualTo((char) 0);
            System.setProperty("java.locale.providers", "CLDR,COMPAT");
            assertThat(Wording.separator(Locale.FRENCH)).isEqualTo('\u202F');
        } finally {
            if (before == null) {
                System.clearProperty("java.locale.providers");
            } else {
                System.setProperty("java.locale.providers", before);
            }
        }
    }

    @Test
    void everyPatternOfTheBundlesAsTheJdkFormatsIt() {
        Object[][] argumentSets = {
            {0, 0, 0, 0, 0, 0, 0},
            {1, 1, 1, 1, 1, 1, 1},
            {2, 3, 5, 7, 11, 13, 17},
            {1000, 2, 12345, 999, 1_000_000, 40, 7L},
            {3, 2500, 1, 4, 1234567L, 8, 9},
            {"a", 2, "b", 4, "c", 6, "d"},
            {5, "text", 1200, "more", 3, "x", 0},
            {2.5, 1.0, 1234.5678, 3, 2, 1, 0},
        };
        int checked = 0;
        for (String language : Language.CODES) {
            Locale l = Language.of(language);
            for (ResourceBundle bundle : new ResourceBundle[] {Messages.bundle(l), Texts.bundle(l)}) {
                for (String key : Collections.list(bundle.getKeys())) {
                    String pattern = bundle.getString(key);
                    for (Object[] args : argumentSets) {
                        String expected;
                        try {
                            expected = jdk(pattern, Language.numbers(l), args);
                        } catch (IllegalArgumentException e) {
                            continue; // a text where a choice wants a number: the JDK fails too
                        }
                        assertThat(Wording.format(pattern, Language.numbers(l), args)).as("%s %s", language, key)
                                .isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void otherArgumentsAndLocalesTakeTheJdksWay() {
        Object[] args = {2.5, new Date(0), null, new StringBuilder("sb"), 1234.0, java.math.BigInteger.valueOf(1234567)};
        String pattern = "{0} {1} {2} {3} {4} {5} {6}";
        for (Locale locale : NUMBERS) {
            assertThat(Wording.format(pattern, locale, args)).isEqualTo(jdk(pattern, locale, args));
        }
        for (Locale locale : new Locale[] {Locale.GERMAN, Locale.FRANCE, Locale.US, Locale.forLanguageTag("ar-EG"), new Locale("es", "ES")}) {
            assertThat((int) Wording.separator(locale)).as("%s", locale).isZero();
            Object[] numbers = {1234567, -5, 2.5};
            assertThat(Wording.format("{0} {1} {2} {0,choice,0#none|1<{1}}", locale, numbers))
                    .isEqualTo(jdk("{0} {1} {2} {0,choice,0#none|1<{1}}", locale, numbers));
        }
        assertThat(Wording.format("{0} {1}", Locale.ROOT, null)).isEqualTo(jdk("{0} {1}", Locale.ROOT, (Object[]) null));
    }
}
