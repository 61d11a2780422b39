package org.igfreport.internal.read;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of the YAML/JSON reader and the report-schema check, kept in
 * {@code org/igfreport/internal/read/structured.properties} (beside, not inside, the rules' bundle).
 */
public final class StructuredMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.igfreport.internal.read.structured", Locale.ROOT);

    private StructuredMessages() {
    }

    /**
     * @param key a message key
     * @param args the arguments
     * @return the formatted message
     */
    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
