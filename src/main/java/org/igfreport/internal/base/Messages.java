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
 * rule id (and a suffix where a rule has several messages). Arguments use {@link MessageFormat}.
 */
public final class Messages {

    // the default locale's translation (messages_fr.properties beside it) where there is one, else this bundle
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.igfreport.internal.base.messages", Texts.bundleLocale(),
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
