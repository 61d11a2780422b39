package org.igfreport.internal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundles are English: under an English locale only their base file is looked up (a missed
 * {@code texts_en.properties} would open every jar on the class path), under another the locale's own.
 */
class BundleLocaleTest {

    @Test
    void englishLooksUpTheBaseFileAloneAnotherLanguageItsOwn() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Texts.bundleLocale()).isEqualTo(Locale.ROOT);
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Texts.bundleLocale()).isEqualTo(Locale.ROOT);
            Locale.setDefault(Locale.FRANCE);
            assertThat(Texts.bundleLocale()).isEqualTo(Locale.FRANCE);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theTextsAreTheSameEitherWay() {
        // the base bundle read for ROOT is the one the English locale fell back to
        assertThat(Texts.format("cli.unknown-format", "x", "y")).isEqualTo(
                new java.text.MessageFormat(java.util.ResourceBundle.getBundle("org.igfreport.internal.base.texts",
                        Locale.ENGLISH).getString("cli.unknown-format"), Locale.ROOT).format(new Object[] {"x", "y"}));
    }
}
