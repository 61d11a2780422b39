package org.igfreport.internal.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The languages of the tool's words (findings, texts, help, rule pages): English, French and
 * Spanish. English is the default everywhere, whatever the JVM's default locale: a French JVM
 * gets English unless French is asked for ({@code --locale fr}, {@code locale: fr}, the Maven
 * goal's {@code locale}, {@code ReportValidator.Builder.locale}).
 *
 * <p>The language in force is the current thread's: {@link #use} sets it for a scope and puts
 * the previous one back when the scope is closed. Nothing sets the JVM's default locale, so two
 * threads (two validators, two Maven modules) may work in two languages at once. The validator
 * sets its own language around each check; the command line and the Maven goal set theirs around
 * the whole command, for the texts of the writers and the errors.
 */
public final class Language {

    /** The language codes, in the order of the help: {@code en} (the default), {@code fr}, {@code es}. */
    public static final List<String> CODES = List.of("en", "fr", "es");

    /** The default language: English. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private Language() {
    }

    /** @return the current thread's language: {@code en}, {@code fr} or {@code es} */
    public static Locale current() {
        Locale l = CURRENT.get();
        return l == null ? DEFAULT : l;
    }

    /**
     * @param locale any locale, or {@code null}
     * @return the language the tool speaks for it: French for any French locale, Spanish for any
     *     Spanish one, else English (a language without a translation gets English)
     */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        String l = locale.getLanguage();
        if (l.equals("fr")) {
            return Locale.FRENCH;
        }
        if (l.equals("es")) {
            return SPANISH;
        }
        return DEFAULT;
    }

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /**
     * @param code {@code en}, {@code fr} or {@code es} (any case)
     * @return its locale
     * @throws IllegalArgumentException for another value, naming the allowed ones
     */
    public static Locale of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        switch (c) {
            case "en":
                return DEFAULT;
            case "fr":
                return Locale.FRENCH;
            case "es":
                return SPANISH;
            default:
                throw new IllegalArgumentException(Texts.format("cli.unknown-locale", code, String.join(", ", CODES)));
        }
    }

    /** @return the code of a supported locale: {@code en}, {@code fr} or {@code es} */
    public static String code(Locale locale) {
        return supported(locale).getLanguage();
    }

    /**
     * Makes {@code locale} the current thread's language until the scope is closed.
     *
     * @param locale the language (any locale; see {@link #supported})
     * @return the scope; closing it puts the previous language back
     */
    public static Scope use(Locale locale) {
        Locale previous = CURRENT.get();
        CURRENT.set(supported(locale));
        return new Scope(previous);
    }

    /** A language in force on this thread until {@link #close()}. */
    public static final class Scope implements AutoCloseable {
        private final Locale previous;

        private Scope(Locale previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * @param language a supported language
     * @return the locale {@link java.text.MessageFormat} formats numbers and dates by: {@link Locale#ROOT}
     *     for English (as before there were translations), the language itself for the others
     */
    static Locale numbers(Locale language) {
        return language.getLanguage().equals("en") ? Locale.ROOT : language;
    }

    /**
     * Reads one bundle file, {@code name.properties} or {@code name_fr.properties}, as UTF-8 (only that
     * file: a key missing from a translation is looked up in English by the caller).
     *
     * @param owner the class beside whose package the file lies
     * @param name the bundle's base name, e.g. {@code messages}
     * @param locale the language
     * @return the bundle, or {@code null} when there is no such file
     */
    static ResourceBundle load(Class<?> owner, String name, Locale locale) {
        String suffix = locale.getLanguage().equals("en") ? "" : "_" + locale.getLanguage();
        try (InputStream in = owner.getResourceAsStream(name + suffix + ".properties")) {
            return in == null ? null : new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
