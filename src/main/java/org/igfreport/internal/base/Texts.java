package org.igfreport.internal.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's own texts that are not findings (errors of the configuration, the templates and the
 * command line, the HTML report's headings, the Maven goal's log lines), kept in
 * {@code org/igfreport/internal/base/texts.properties} and keyed by component ({@code config.},
 * {@code glob.}, {@code html.}, ...), with {@code texts_fr.properties} and {@code texts_es.properties}
 * beside it. Arguments use {@link MessageFormat}; a text is worded in the current thread's
 * {@link Language} (English unless the command line or the Maven goal chose another), and each
 * language's bundle is read once, when it is first needed.
 */
public final class Texts {

    private static final Bundles BUNDLES = new Bundles(Texts.class, "texts");

    private Texts() {
    }

    /**
     * @param key a text key
     * @param args the arguments
     * @return the formatted text, in the current thread's language
     * @throws java.util.MissingResourceException when the key is not in the bundle
     */
    public static String format(String key, Object... args) {
        return format(Language.current(), key, args);
    }

    /**
     * @param locale the language ({@link Language#supported}: English for one without a translation)
     * @param key a text key
     * @param args the arguments
     * @return the formatted text in that language (in English where the translation lacks the key)
     */
    public static String format(Locale locale, String key, Object... args) {
        Locale l = Language.supported(locale);
        return Wording.format(BUNDLES.pattern(l, key), Language.numbers(l), args);
    }

    /**
     * @param language {@code en}, {@code fr} or {@code es}
     * @return its bundle file alone (no parent), or {@code null} when there is none
     */
    public static ResourceBundle bundle(Locale language) {
        return BUNDLES.of(language);
    }
}
