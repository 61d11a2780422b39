package org.igfreport.internal.base;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of the rules, kept in {@code org/igfreport/internal/base/messages.properties} and keyed by
 * rule id (and a suffix where a rule has several messages), with their French and Spanish translations
 * beside it ({@code messages_fr.properties}, {@code messages_es.properties}). Arguments use
 * {@link MessageFormat}. A message is worded in the current thread's {@link Language} (English unless a
 * caller chose another); each language's bundle is read once, when it is first needed.
 */
public final class Messages {

    private static final Bundles BUNDLES = new Bundles(Messages.class, "messages");

    private Messages() {
    }

    /**
     * @param key a message key
     * @param args the arguments
     * @return the formatted message, in the current thread's language
     * @throws MissingResourceException when the key is not in the bundle
     */
    public static String format(String key, Object... args) {
        return format(Language.current(), key, args);
    }

    /**
     * @param locale the language ({@link Language#supported}: English for one without a translation)
     * @param key a message key
     * @param args the arguments
     * @return the formatted message in that language (in English where the translation lacks the key)
     * @throws MissingResourceException when the key is not in the English bundle
     */
    public static String format(Locale locale, String key, Object... args) {
        Locale l = Language.supported(locale);
        return Wording.format(pattern(l, key), Language.numbers(l), args);
    }

    /** @return the pattern of {@code key} in the bundle of a supported language, else in English */
    static String pattern(Locale language, String key) {
        return BUNDLES.pattern(language, key);
    }

    /**
     * @param language {@code en}, {@code fr} or {@code es}
     * @return its bundle file alone (no parent), or {@code null} when there is none
     */
    public static ResourceBundle bundle(Locale language) {
        return BUNDLES.of(language);
    }

    /** @param key a message key
     *  @return whether the bundle has it */
    public static boolean has(String key) {
        return BUNDLES.english().containsKey(key);
    }

    /**
     * The arguments of a message as a finding keeps them: a number stays a {@link Number} (a
     * {@code choice} pattern needs one, and {@link MessageFormat} formats it by the locale), any
     * other value becomes its {@code String.valueOf}, which is what {@link MessageFormat} prints
     * for it; so formatting the key with these arguments gives the same message.
     *
     * @param args the arguments as a rule passed them, or {@code null}
     * @return an immutable list of strings and numbers
     */
    public static List<Object> arguments(Object... args) {
        return args == null ? List.of() : arguments(java.util.Arrays.asList(args));
    }

    /**
     * @param args arguments, or {@code null}
     * @return them as {@link #arguments(Object...)} keeps them
     */
    public static List<Object> arguments(List<?> args) {
        if (args == null || args.isEmpty()) {
            return List.of();
        }
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) {
            out.add(a instanceof Number || a instanceof String ? a : String.valueOf(a));
        }
        return Collections.unmodifiableList(out);
    }
}
