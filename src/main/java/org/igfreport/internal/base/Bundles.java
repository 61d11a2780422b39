package org.igfreport.internal.base;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One family of bundles ({@code messages}, {@code texts}) in English, French and Spanish, each file
 * read once, when first needed ({@link Language#load}: the one resource, no class-path search), and
 * the look-up both {@link Messages} and {@link Texts} make: a key in the language's file, else in English.
 */
final class Bundles {

    private final Class<?> owner;
    private final String name;
    private volatile ResourceBundle en;
    private volatile ResourceBundle fr;
    private volatile ResourceBundle es;

    Bundles(Class<?> owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** @return the English bundle, the base file */
    ResourceBundle english() {
        ResourceBundle b = en;
        if (b == null) {
            synchronized (this) {
                if (en == null) {
                    en = Language.load(owner, name, Locale.ENGLISH);
                }
                b = en;
            }
        }
        return b;
    }

    /**
     * @param language {@code en}, {@code fr} or {@code es}
     * @return its bundle file alone (no parent), or {@code null} when there is none
     */
    ResourceBundle of(Locale language) {
        switch (language.getLanguage()) {
            case "fr": {
                ResourceBundle b = fr;
                if (b == null) {
                    synchronized (this) {
                        if (fr == null) {
                            fr = Language.load(owner, name, Locale.FRENCH);
                        }
                        b = fr;
                    }
                }
                return b;
            }
            case "es": {
                ResourceBundle b = es;
                if (b == null) {
                    synchronized (this) {
                        if (es == null) {
                            es = Language.load(owner, name, Locale.forLanguageTag("es"));
                        }
                        b = es;
                    }
                }
                return b;
            }
            default:
                return english();
        }
    }

    /** @return the pattern of {@code key} in the bundle of a supported language, else in English */
    String pattern(Locale language, String key) {
        ResourceBundle b = of(language);
        ResourceBundle english = english();
        return b != null && b != english && b.containsKey(key) ? b.getString(key) : english.getString(key);
    }
}
