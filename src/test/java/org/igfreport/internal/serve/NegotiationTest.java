package org.igfreport.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language of an answer from the request's Accept-Language or its named locale. */
class NegotiationTest {

    static final Locale FR = Locale.FRENCH;
    static final Locale ES = Locale.forLanguageTag("es");
    static final Locale EN = Locale.ENGLISH;

    @Test
    void theBestSupportedLanguageByQuality() {
        assertThat(Negotiation.acceptLanguage("fr")).isEqualTo(FR);
        assertThat(Negotiation.acceptLanguage("fr-CA,fr;q=0.9,en;q=0.8")).isEqualTo(FR);
        assertThat(Negotiation.acceptLanguage("es-419")).isEqualTo(ES);
        assertThat(Negotiation.acceptLanguage("ES_mx")).isEqualTo(ES);
        // q-values, not order, decide; equal ones go by order
        assertThat(Negotiation.acceptLanguage("en;q=0.5, es;q=0.8")).isEqualTo(ES);
        assertThat(Negotiation.acceptLanguage("en, fr")).isEqualTo(EN);
        assertThat(Negotiation.acceptLanguage("fr;q=0.7,es;q=0.7")).isEqualTo(FR);
        // a language the tool does not speak is passed over for the next one it speaks
        assertThat(Negotiation.acceptLanguage("de-DE,de;q=0.9,fr;q=0.4")).isEqualTo(FR);
        // q=0 means "not this one"
        assertThat(Negotiation.acceptLanguage("fr;q=0, es;q=0.1")).isEqualTo(ES);
        assertThat(Negotiation.acceptLanguage("fr;q=0")).isEqualTo(EN);
    }

    @Test
    void anythingElseIsEnglish() {
        assertThat(Negotiation.acceptLanguage(null)).isEqualTo(EN);
        assertThat(Negotiation.acceptLanguage("")).isEqualTo(EN);
        assertThat(Negotiation.acceptLanguage("de, pt-BR;q=0.8")).isEqualTo(EN);
        assertThat(Negotiation.acceptLanguage("*")).isEqualTo(EN);
        assertThat(Negotiation.acceptLanguage("*, fr;q=0.5")).isEqualTo(EN);
        // malformed quality values count as "not this one", never as an error
        assertThat(Negotiation.acceptLanguage("fr;q=abc, es;q=2")).isEqualTo(EN);
        assertThat(Negotiation.acceptLanguage(";;,,;q=,")).isEqualTo(EN);
        // a header of thousands of entries is read only so far
        assertThat(Negotiation.acceptLanguage("de,".repeat(10_000) + "fr")).isEqualTo(EN);
    }

    @Test
    void aNamedLocale() {
        assertThat(Negotiation.named("fr")).isEqualTo(FR);
        assertThat(Negotiation.named(" ES ")).isEqualTo(ES);
        assertThat(Negotiation.named("fr-CA")).isEqualTo(FR);
        assertThat(Negotiation.named("en")).isEqualTo(EN);
        assertThat(Negotiation.named("de")).isNull();
        assertThat(Negotiation.named("")).isNull();
        assertThat(Negotiation.named(null)).isNull();
    }
}
