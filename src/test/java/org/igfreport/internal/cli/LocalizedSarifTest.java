package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SARIF under --locale is a localized log: the run says its language, the rules' help is the language's page. */
class LocalizedSarifTest {

    static final String SEED = "seeds/002_ea2340172add3216.txt";

    private static JsonNode run(String... locale) {
        String[] args = new String[locale.length + 4];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(locale, 0, args, 3, locale.length);
        args[args.length - 1] = SEED;
        return JsonMapper.shared().readTree(Cli.run(args).out()).at("/runs/0");
    }

    private static JsonNode rule(JsonNode run, String id) {
        for (JsonNode r : run.at("/tool/driver/rules")) {
            if (r.path("id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theRulesHelpAndTheRunsLanguage() {
        JsonNode fr = run("--locale", "fr");
        assertThat(fr.path("language").asString()).isEqualTo("fr");
        JsonNode rule = rule(fr, "sentences-per-item");
        assertThat(rule.at("/help/markdown").asString()).contains("Ce que la règle détecte");
        assertThat(rule.at("/fullDescription/text").asString()).contains("question clé");
        JsonNode es = run("--locale", "es");
        assertThat(es.path("language").asString()).isEqualTo("es");
        assertThat(rule(es, "sentences-per-item").at("/help/markdown").asString()).doesNotContain("## What it finds");
        // English: SARIF's default language, not written; the English page
        JsonNode en = run();
        assertThat(en.has("language")).isFalse();
        assertThat(rule(en, "sentences-per-item").at("/help/markdown").asString()).contains("Default severity");
    }
}
