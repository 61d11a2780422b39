package org.igfreport.internal.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of the rules, kept in {@code org/igfreport/internal/base/messages.properties} and keyed by
 * rule id (and a suffix where a rule has several messages). Arguments use {@link MessageFormat}.
 */
public final class Messages {

    // the default locale's translation (messages_fr.properties beside it) where there is one, else this bundle
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.igfreport.internal.base.messages", Locale.getDefault(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /**
     * @param key a message key
     * @param args the arguments
     * @return the formatted message
     * @throws MissingResourceException when the key is not in the bundle
     */
    public static String format(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** @param key a message key
     *  @return whether the bundle has it */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
