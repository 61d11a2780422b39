package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * English help is the base file alone (a missed {@code help_en.properties} would make
 * {@code ResourceBundle.getBundle} open every jar on the class path at every start); French and
 * Spanish are their own files.
 */
class HelpBundleLocaleTest {

    @Test
    void englishIsTheBaseFileAnotherLanguageItsOwn() {
        assertThat(Main.help(Locale.ENGLISH).getLocale()).isEqualTo(Locale.ROOT);
        assertThat(Main.help(Locale.US).getLocale()).isEqualTo(Locale.ROOT);
        assertThat(Main.help(null).getLocale()).isEqualTo(Locale.ROOT);
        assertThat(Main.help(Locale.FRANCE).getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(Main.help(Locale.forLanguageTag("es")).getLocale().getLanguage()).isEqualTo("es");
    }
}
