package org.igfreport.internal.base;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

/**
 * {@link MessageFormat} as {@link Messages} and {@link Texts} use it, without the JDK's number formats
 * for whole numbers. A plain argument ({@code {0}}) that is a {@link Number} makes {@code MessageFormat}
 * ask {@code NumberFormat.getInstance(locale)}, whose first use sets up the JDK's locale providers and
 * CLDR data (about 60 ms of a cold check's critical path, see BENCHMARKS.md); an {@link Integer},
 * {@link Long}, {@link Short} or {@link Byte} is written here as that {@code DecimalFormat} writes it
 * in the three locales messages are formatted by ({@link Language#numbers}: {@link Locale#ROOT},
 * French, Spanish): digits 0-9, a {@code -} before a negative number, a separator every three digits
 * ({@code ,} for the root locale, U+202F for French, {@code .} for Spanish: Java 17's CLDR data; its
 * {@code DecimalFormat} ignores CLDR's minimum grouping digits). {@code WordingTest} compares every
 * case with the JDK. Any other argument, any other locale, and locale data other than CLDR's (the default;
 * {@code -Djava.locale.providers=COMPAT} or {@code HOST}) take {@code MessageFormat}'s own way.
 * A {@code choice} format is the JDK's; when its text holds arguments, they are formatted here again.
 */
final class Wording {

    private Wording() {
    }

    /**
     * @param pattern a {@link MessageFormat} pattern
     * @param locale the locale numbers are formatted by ({@link Language#numbers})
     * @param args the arguments
     * @return what {@code new MessageFormat(pattern, locale).format(args)} returns
     */
    static String format(String pattern, Locale locale, Object[] args) {
        MessageFormat format = new MessageFormat(pattern, locale);
        char separator = separator(locale);
        if (separator != 0) {
            Format[] formats = format.getFormats();
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] == null) {
                    format.setFormat(i, new Plain(locale, separator));
                } else if (formats[i] instanceof ChoiceFormat) {
                    format.setFormat(i, new Choice((ChoiceFormat) formats[i], locale, args));
                }
            }
        }
        return format.format(args);
    }

    /** @return the grouping separator of the JDK's number format for {@code locale}, or 0 when not known here */
    static char separator(Locale locale) {
        // the separators below are CLDR's, Java's default locale data; with other data first (COMPAT,
        // HOST, SPI: -Djava.locale.providers) the JDK's own number format decides
        String providers = System.getProperty("java.locale.providers");
        if (providers != null && !providers.isBlank() && !providers.strip().toUpperCase(Locale.ROOT).startsWith("CLDR")) {
            return 0;
        }
        if (locale.equals(Locale.ROOT)) {
            return ',';
        }
        if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty() || locale.hasExtensions()
                || !locale.getScript().isEmpty()) {
            return 0;
        }
        switch (locale.getLanguage()) {
            case "fr":
                return '\u202F';
            case "es":
                return '.';
            default:
                return 0;
        }
    }

    /**
     * @param value a whole number
     * @param separator the grouping separator
     * @return the number with a separator between each group of three digits, {@code -} before a negative one
     */
    static String integer(long value, char separator) {
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        int n = digits.length() - start;
        if (n <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + n / 3);
        out.append(digits, 0, start);
        int first = n % 3 == 0 ? 3 : n % 3;
        out.append(digits, start, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** What {@code MessageFormat} does with an argument that has no format of its own. */
    private static final class Plain extends Format {
        private static final long serialVersionUID = 1L;
        private final Locale locale;
        private final char separator;

        Plain(Locale locale, char separator) {
            this.locale = locale;
            this.separator = separator;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
            if (obj instanceof Integer || obj instanceof Long || obj instanceof Short || obj instanceof Byte) {
                return to.append(integer(((Number) obj).longValue(), separator));
            }
            if (obj instanceof Number) {
                return to.append(NumberFormat.getInstance(locale).format(obj));
            }
            if (obj instanceof Date) {
                return to.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale).format(obj));
            }
            if (obj instanceof String) {
                return to.append((String) obj);
            }
            String s = obj.toString();
            return to.append(s == null ? "null" : s);
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
    }

    /** A {@code choice} format whose chosen text, when it holds arguments, is formatted by {@link Wording}. */
    private static final class Choice extends Format {
        private static final long serialVersionUID = 1L;
        private final ChoiceFormat choice;
        private final Locale locale;
        private final transient Object[] args;

        Choice(ChoiceFormat choice, Locale locale, Object[] args) {
            this.choice = choice;
            this.locale = locale;
            this.args = args;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
            String text = choice.format(obj);
            return to.append(text.indexOf('{') >= 0 ? Wording.format(text, locale, args) : text);
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
    }
}
