package org.igfreport.internal.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's own texts that are not findings (errors of the configuration, the templates and the
 * command line, the HTML report's headings, the Maven goal's log lines), kept in
 * {@code org/igfreport/internal/base/texts.properties} and keyed by component ({@code config.},
 * {@code glob.}, {@code html.}, ...). Arguments use {@link MessageFormat}; a translation is a
 * {@code texts_fr.properties} beside it, chosen by the default locale.
 */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.igfreport.internal.base.texts", bundleLocale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Texts() {
    }

    /**
     * The locale whose translation of the bundles is looked up: the default locale's, but for English,
     * the bundles' own language, their base file alone. A look-up that finds nothing (there is no
     * {@code texts_en.properties}) searches the whole class path, and so opens every jar on it (the
     * distribution's 15,000-entry jar at every start) for the same result.
     *
     * @return the locale to give {@code ResourceBundle.getBundle}
     */
    static Locale bundleLocale() {
        Locale locale = Locale.getDefault();
        return "en".equals(locale.getLanguage()) ? Locale.ROOT : locale;
    }

    /**
     * @param key a text key
     * @param args the arguments
     * @return the formatted text
     * @throws java.util.MissingResourceException when the key is not in the bundle
     */
    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
