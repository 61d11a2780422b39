package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --locale} and {@code locale:} on the real command line: the messages, texts, help, rule list,
 * rule pages and HTML page in French and Spanish, and everything but the words the same in every language.
 */
class LocaleTest {

    private static final String SEED = "seeds/002_ea2340172add3216.txt";

    @Test
    void checkInFrenchPrintsFrenchMessages() {
        Cli c = Cli.run("check", "--locale", "fr", SEED);
        assertThat(c.status()).as(c.err()).isEqualTo(1);
        assertThat(c.out()).contains("[sentences-per-item] Question clé 1 compte 2 phrases\u202f; le modèle demande 1 phrase par question.")
                .contains("[gender-participants] La réponse «\u00a0- 12 out of 18 speakers were women.\u00a0» dénombre les intervenants")
                .contains("2 erreurs, 2 avertissements, 0 information dans 1 rapport")
                .doesNotContain("Key issue 1 has");
    }

    @Test
    void checkInSpanishPrintsSpanishMessages() {
        Cli c = Cli.run("check", "--locale=es", SEED);
        assertThat(c.status()).as(c.err()).isEqualTo(1);
        assertThat(c.out()).contains("[sentences-per-item] Cuestión clave 1 tiene 2 oraciones; la plantilla pide 1 oración por cuestión.")
                .contains("2 errores, 2 advertencias, 0 avisos informativos en 1 informe");
    }

    @Test
    void englishIsTheDefaultWhateverTheJvmsLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            Cli c = Cli.run("check", "--format", "text", "--quiet", SEED);
            assertThat(c.out()).contains("Key issue 1 has 2 sentences; the template asks for 1 sentence per issue.");
            assertThat(Cli.run("--help").out()).contains("Checks UN IGF workshop reports");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The JSON output in another language is the English one but for the findings' messages. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theJsonIsTheSameButForTheMessages(String language) throws Exception {
        for (String seed : seeds()) {
            JsonNode en = JsonMapper.shared().readTree(Cli.run("check", "--format", "json", seed).out());
            Cli c = Cli.run("check", "--format", "json", "--locale", language, seed);
            JsonNode tr = JsonMapper.shared().readTree(c.out());
            List<String> enMessages = messages(en);
            List<String> trMessages = messages(tr);
            assertThat(tr).as(seed).isEqualTo(en);
            assertThat(trMessages).as(seed).hasSameSizeAs(enMessages);
            for (int i = 0; i < enMessages.size(); i++) {
                assertThat(trMessages.get(i)).as("%s: a message in %s", seed, language).isNotEqualTo(enMessages.get(i));
            }
        }
    }

    /** The seeds, and the examples' folders (Word, PDF, Markdown, YAML and JSON reports, good and bad). */
    private static List<String> seeds() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            out.addAll(files.map(Path::toString).filter(n -> n.endsWith(".txt")).sorted().toList());
        }
        out.addAll(List.of("examples/reports", "examples/office", "examples/shapes"));
        return out;
    }

    /** Takes the messages out of a JSON output (and returns them), leaving the rest to compare. */
    private static List<String> messages(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode report : root.at("/reports")) {
            for (JsonNode f : report.at("/findings")) {
                out.add(f.at("/message").stringValue());
                ((ObjectNode) f).remove("message");
            }
        }
        return out;
    }

    @Test
    void theConfigurationsLocaleAppliesAndTheOptionWinsOverIt(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        Files.copy(Path.of(SEED), report);
        Files.writeString(dir.resolve(".igf-report.yaml"), "locale: es\n", StandardCharsets.UTF_8);
        // the short way (CheckCommand.plain) and picocli's
        assertThat(Cli.run("check", report.toString()).out()).contains("Cuestión clave 1 tiene 2 oraciones");
        assertThat(Cli.run("check", "--quiet", report.toString()).out()).contains("Cuestión clave 1 tiene 2 oraciones");
        assertThat(Cli.run("check", "--locale", "fr", report.toString()).out()).contains("Question clé 1 compte 2 phrases");
        assertThat(Cli.run("check", "--locale", "en", report.toString()).out()).contains("Key issue 1 has 2 sentences");
        Files.writeString(dir.resolve(".igf-report.yaml"), "locale: de\n", StandardCharsets.UTF_8);
        Cli bad = Cli.run("check", report.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown value 'de' for locale; allowed: en, fr, es");
    }

    @Test
    void anUnknownLanguageIsExitTwoNamingTheAllowedOnes() {
        Cli c = Cli.run("check", "--locale", "de", SEED);
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.oneErrorLine()).as(c.err()).isTrue();
        assertThat(c.err()).contains("'de'").contains("en, fr, es");
    }

    @Test
    void theHelpAndTheRulesAreInTheChosenLanguage() {
        assertThat(Cli.run("--locale", "fr", "--help").out())
                .contains("Vérifie les rapports d’atelier du FGI de l’ONU").contains("Affiche cette aide et quitte.");
        assertThat(Cli.run("check", "--help", "--locale", "es").out())
                .contains("Formato de salida: text, json, sarif").contains("Muestra esta ayuda y termina.");
        Cli rules = Cli.run("rules", "--locale", "fr");
        assertThat(rules.status()).isZero();
        assertThat(rules.out()).contains("word-count").contains("Une rubrique dépasse (ou n’atteint pas) une limite de mots")
                .doesNotContain("A section is over");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void explainPrintsTheTranslatedPage(String language) throws Exception {
        Cli c = Cli.run("explain", "sentences-per-item", "--locale", language);
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.err()).isEmpty();
        assertThat(c.out()).isEqualTo(Files.readString(Path.of("docs/rules", language, "sentences-per-item.md")));
    }

    @Test
    void theHtmlPageIsInTheChosenLanguage() {
        Cli c = Cli.run("check", "--format", "html", "--locale", "fr", SEED);
        assertThat(c.out()).contains("<html lang=\"fr\"").contains("Vérification des rapports d’atelier du FGI")
                .contains("Question clé 1 compte 2 phrases");
        assertThat(Cli.run("check", "--format", "html", SEED).out()).contains("<html lang=\"en\"");
    }

    /** The French and Spanish rule pages: one per rule, the English page's parts and examples, the rule's severity. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theTranslatedRulePagesAgreeWithTheCatalogueAndTheEnglishPages(String language) throws Exception {
        Path folder = Path.of("docs/rules", language);
        Set<String> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> english;
        try (Stream<Path> files = Files.list(Path.of("docs/rules"))) {
            english = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(pages).isEqualTo(english);
        List<String> headings = null;
        for (RuleInfo r : BuiltInRules.ruleSet().infos()) {
            String page = Files.readString(folder.resolve(r.id() + ".md"));
            String en = Files.readString(Path.of("docs/rules", r.id() + ".md"));
            assertThat(page).as(r.id()).startsWith("# " + r.id() + "\n").contains("**" + r.defaultSeverity().id() + "**")
                    .contains("`igf-report explain " + r.id() + " --locale " + language + "`");
            List<String> h = page.lines().filter(l -> l.startsWith("## ")).toList();
            assertThat(h).as(r.id()).hasSize(6);
            if (headings == null) {
                headings = h;
            }
            assertThat(h).as("%s: the same parts as every page in %s", r.id(), language).isEqualTo(headings);
            // the examples (the report's text) and the configuration's snippets: the same as in English
            assertThat(codeBlocks(page)).as(r.id()).isNotEmpty().isEqualTo(codeBlocks(en));
        }
    }

    private static List<String> codeBlocks(String page) {
        List<String> out = new ArrayList<>();
        StringBuilder b = null;
        for (String line : page.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                if (b == null) {
                    b = new StringBuilder();
                } else {
                    out.add(b.toString());
                    b = null;
                }
            } else if (b != null) {
                b.append(line).append('\n');
            }
        }
        return out;
    }
}
