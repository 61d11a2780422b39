package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.RuleSet;
import org.junit.jupiter.api.Test;

/** The catalogue meets the contract: every rule id, its default severity, messages, docs and a test. */
class RuleCatalogueTest {

    /** The rule ids and default severities of CONTRACT.md. */
    private static final Map<String, Severity> CONTRACT = Map.ofEntries(
            Map.entry("template-unrecognized", Severity.ERROR), Map.entry("section-missing", Severity.ERROR),
            Map.entry("section-empty", Severity.ERROR), Map.entry("sentences-per-item", Severity.ERROR),
            Map.entry("paragraphs-per-item", Severity.WARNING), Map.entry("paragraph-count", Severity.WARNING),
            Map.entry("item-count", Severity.WARNING), Map.entry("word-count", Severity.WARNING),
            Map.entry("speaker-affiliation", Severity.WARNING),
            Map.entry("speaker-gender", Severity.WARNING), Map.entry("date-format", Severity.WARNING),
            Map.entry("time-format", Severity.WARNING), Map.entry("gender-participants", Severity.WARNING),
            Map.entry("gender-women", Severity.WARNING), Map.entry("gender-summary", Severity.WARNING),
            Map.entry("schema", Severity.ERROR), Map.entry("input-unreadable", Severity.ERROR),
            Map.entry("unused-suppression", Severity.INFO), Map.entry("baseline-stale", Severity.INFO),
            Map.entry("internal-error", Severity.ERROR));

    private static Properties messages() throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/org/igfreport/internal/base/messages.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyContractRuleIsInTheCatalogueWithItsSeverity() {
        RuleSet set = BuiltInRules.ruleSet();
        // the contract's rules, plus unused-suppression (info) for inline suppressions that hide nothing
        java.util.Set<String> expected = new java.util.HashSet<>(CONTRACT.keySet());
        expected.add("hidden-text"); // info: a section whose only text is hidden (issue 13)
        assertThat(set.infos()).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(expected);
        CONTRACT.forEach((id, severity) -> assertThat(set.info(id)).as(id).get()
                .extracting(RuleInfo::defaultSeverity).isEqualTo(severity));
    }

    @Test
    void everyRuleHasASummaryARationaleAndAMessage() throws IOException {
        Properties p = messages();
        for (RuleInfo info : BuiltInRules.ruleSet().infos()) {
            assertThat(info.summary()).as(info.id()).isNotBlank().endsWith(".");
            assertThat(info.rationale()).as(info.id()).isNotBlank().endsWith(".");
            assertThat(p.stringPropertyNames()).as(info.id())
                    .anyMatch(k -> k.equals(info.id()) || k.startsWith(info.id() + "."));
        }
    }

    @Test
    void everyTextOfARuleIsInTheBundleAndNoneInItsClass() throws IOException {
        Properties p = messages();
        for (RuleInfo info : BuiltInRules.ruleSet().infos()) {
            String summary = p.getProperty(info.id() + ".summary");
            String rationale = p.getProperty(info.id() + ".rationale");
            assertThat(summary).as(info.id() + ".summary").isNotNull();
            assertThat(rationale).as(info.id() + ".rationale").isNotNull();
            assertThat(info.summary()).as(info.id()).isEqualTo(new MessageFormat(summary, Locale.ROOT).format(new Object[0]));
            assertThat(info.rationale()).as(info.id())
                    .isEqualTo(new MessageFormat(rationale, Locale.ROOT).format(new Object[0]));
        }
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/org/igfreport/internal/rule/builtin"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith("Rule.java")).toList()) {
                assertThat(java.nio.file.Files.readString(f)).as("%s takes its catalogue texts from the bundle", f)
                        .doesNotContain("new RuleInfo(");
            }
        }
    }

    @Test
    void everyMessageBelongsToARuleAndIsAValidPattern() throws IOException {
        Properties p = messages();
        List<String> ids = BuiltInRules.ruleSet().infos().stream().map(RuleInfo::id).toList();
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            assertThat(ids).as(key).anyMatch(id -> key.equals(id) || key.startsWith(id + ".") || key.startsWith("phrase."));
            assertThat(pattern.replace("''", "")).as(key + ": write an apostrophe as ''").doesNotContain("'");
            assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6}))
                    .as(key).doesNotThrowAnyException();
        }
    }

    @Test
    void theInputUnreadableMessagesTheReadersNeedAreThere() throws IOException {
        Properties p = messages();
        for (String kind : List.of("too-large", "binary", "encrypted", "no-text-layer", "corrupt",
                "old-doc", "empty", "io", "too-many-pages", "too-slow", "not-checked", "no-thread-left")) {
            assertThat(p.getProperty("input-unreadable." + kind)).as(kind).isNotBlank();
        }
        for (String component : List.of("reader", "mapper", "rule", "checker")) {
            assertThat(p.getProperty("internal-error." + component)).as(component).contains("bug");
        }
        assertThat(p.getProperty("template-unrecognized")).contains("--template");
    }

    @Test
    void everyCheckingRuleHasATestClassAndItsOwnInfo() throws Exception {
        for (Rule rule : BuiltInRules.ruleSet().rules()) {
            Class<?> type = rule.getClass();
            assertThat(Class.forName(type.getName() + "Test")).isNotNull();
            assertThat(type.getField("INFO").get(null)).isSameAs(rule.info());
        }
    }

    @Test
    void theCatalogueIsSortedById() {
        List<String> ids = BuiltInRules.ruleSet().infos().stream().map(RuleInfo::id).toList();
        assertThat(ids).isSorted();
    }

    /** The string literals of the library's own code (a scan of src/main/java, not of report text). */
    private static java.util.Set<String> literals() throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** Whether a key is written in code: as one literal, or joined from up to three ("input-unreadable" + "." + "binary"). */
    private static boolean written(String key, java.util.Set<String> literals) {
        int n = key.length();
        int[] pieces = new int[n + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int i = 0; i < n; i++) {
            if (pieces[i] >= 3) {
                continue;
            }
            for (int j = i + 1; j <= n; j++) {
                if (literals.contains(key.substring(i, j))) {
                    pieces[j] = Math.min(pieces[j], pieces[i] + 1);
                }
            }
        }
        return pieces[n] <= 3;
    }

    @Test
    void everyDefinedKeyIsUsedInCodeAndEveryKeyInCodeIsDefined() throws IOException {
        // the rules' messages, with the YAML/JSON reader's and the schema check's
        Properties p = messages();
        java.util.Set<String> literals = literals();
        java.util.Set<String> separators = java.util.Set.of(".", ":", ": ", "", " ");
        java.util.Set<String> words = new java.util.HashSet<>(literals);
        words.removeAll(separators);
        words.add(".");
        for (String key : p.stringPropertyNames()) {
            assertThat(written(key, words)).as("the key %s is used in code", key).isTrue();
        }
        List<String> ids = BuiltInRules.ruleSet().infos().stream().map(RuleInfo::id).toList();
        for (String lit : literals) {
            boolean keyLike = lit.matches("[a-z][a-z-]*(\\.[a-z][a-z-]*)+")
                    && (lit.startsWith("phrase.") || ids.stream().anyMatch(id -> lit.startsWith(id + ".")));
            if (keyLike) {
                assertThat(p.stringPropertyNames()).as("the key %s written in code is defined", lit).contains(lit);
            }
        }
        java.util.regex.Pattern reason = java.util.regex.Pattern.compile(
                "(?:Unreadable\\.(?:finding|warning|document)\\(|unreadable\\(name, format, )(?:[^\"()]*, )?\"([a-z-]+)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                var m = reason.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    assertThat(p.getProperty("input-unreadable." + m.group(1))).as("%s in %s", m.group(1), f).isNotNull();
                }
            }
        }
    }

    /** The components whose texts are in base/texts.properties: a key starts with one of them and a dot. */
    private static final List<String> TEXT_COMPONENTS = List.of("limits", "output", "config", "glob", "finder", "template",
            "validators", "extract", "log", "schema-doc", "cli", "maven", "html", "summary", "import", "baseline", "serve");

    @Test
    void everyTextOfTheToolIsInItsBundleUsedAndAValidPattern() throws IOException {
        // base/texts.properties: the tool's texts that are not findings (errors, the HTML report, the Maven goal)
        Properties p = new Properties();
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/org/igfreport/internal/base/texts.properties")) {
            p.load(in);
        }
        assertThat(p).isNotEmpty();
        java.util.Set<String> literals = literals();
        java.util.Set<String> words = new java.util.HashSet<>(literals);
        words.removeAll(java.util.Set.of(".", ":", ": ", "", " "));
        words.add(".");
        for (String key : p.stringPropertyNames()) {
            assertThat(TEXT_COMPONENTS).as("%s is named by its component", key).anyMatch(c -> key.startsWith(c + "."));
            assertThat(written(key, words)).as("the key %s is used in code", key).isTrue();
            String pattern = p.getProperty(key);
            assertThat(pattern.replace("''", "").replace("'{'", "").replace("'}'", ""))
                    .as(key + ": write an apostrophe as ''").doesNotContain("'");
            assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8}))
                    .as(key).doesNotThrowAnyException();
        }
        for (String lit : literals) {
            boolean keyLike = lit.matches("[a-z][a-z-]*(\\.[a-z][a-z-]*)+")
                    && TEXT_COMPONENTS.stream().anyMatch(c -> lit.startsWith(c + "."));
            if (keyLike && !lit.endsWith(".")) {
                assertThat(p.stringPropertyNames()).as("the key %s written in code is defined", lit).contains(lit);
            }
        }
    }
}
