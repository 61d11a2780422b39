package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.igfreport.internal.output.RulePages;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.SarifWriter;
import org.igfreport.internal.output.Summary;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule pages (docs/rules/RULE.md) and the rule catalogue agree: a page for every rule and a rule
 * for every page, each page with the same parts in the same order and the rule's default severity;
 * {@code explain} prints the page as it is; SARIF links each rule to its page at the POM's address.
 */
class RulePagesTest {

    private static final Path PAGES = Path.of("docs/rules");

    /** Rules announced by the contract whose code comes with another piece of work (the baseline). */
    private static final Set<String> ANNOUNCED = Set.of("baseline-stale");

    /** The parts of every page, in order. */
    private static final List<String> PARTS = List.of("## What it finds", "## Why the template asks for it", "## Wrong",
            "## Right", "## How to fix it", "## Configure or suppress it");

    private static Set<String> pages() throws Exception {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyRuleHasAPageAndEveryPageARule() throws Exception {
        Set<String> rules = BuiltInRules.ruleSet().infos().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(rules);
        expected.addAll(ANNOUNCED);
        assertThat(pages()).isEqualTo(expected);
    }

    @Test
    void everyPageHasTheSamePartsAndItsRulesSeverity() throws Exception {
        for (RuleInfo r : BuiltInRules.ruleSet().infos()) {
            String page = Files.readString(PAGES.resolve(r.id() + ".md"));
            assertThat(page).as(r.id()).startsWith("# " + r.id() + "\n")
                    .contains("Default severity: **" + r.defaultSeverity().id() + "**")
                    .contains("igf-report explain " + r.id());
            List<String> headings = page.lines().filter(l -> l.startsWith("## ")).toList();
            assertThat(headings).as(r.id()).isEqualTo(PARTS);
        }
    }

    @Test
    void explainPrintsThePageAsItIs() throws Exception {
        for (String id : List.of("sentences-per-item", "input-unreadable", "unused-suppression")) {
            Cli c = Cli.run("explain", id);
            assertThat(c.status()).as(c.err()).isZero();
            assertThat(c.out()).isEqualTo(Files.readString(PAGES.resolve(id + ".md")));
        }
    }

    @Test
    void anUnknownRuleIsExitTwoListingTheRules() {
        for (String bad : List.of("no-such-rule", "../../../etc/passwd", "Section-Missing")) {
            Cli c = Cli.run("explain", bad);
            assertThat(c.status()).isEqualTo(2);
            assertThat(c.oneErrorLine()).as(c.err()).isTrue();
            assertThat(c.err()).contains("section-missing").contains("word-count").doesNotContain("root:");
        }
    }

    @Test
    void sarifLinksEachRuleToItsPageAtThePomsAddress() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int at = pom.indexOf("<url>");
        String url = pom.substring(at + "<url>".length(), pom.indexOf("</url>", at));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifWriter w = new SarifWriter(out);
        w.begin(new Run("igf-report", "dev", null, Path.of(""), org.igfreport.internal.batch.BatchCheck.catalogue(),
                java.util.Map.of(), org.igfreport.Severity.ERROR));
        w.end(Summary.EMPTY);
        JsonNode rules = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8)).at("/runs/0/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(BuiltInRules.ruleSet().infos().size());
        for (JsonNode r : rules) {
            String id = r.at("/id").stringValue();
            assertThat(r.at("/helpUri").stringValue()).as(id).startsWith(url + "/blob/")
                    .endsWith("/docs/rules/" + id + ".md").isEqualTo(RulePages.uri(id));
            assertThat(r.at("/help/markdown").stringValue()).as(id).isEqualTo(Files.readString(PAGES.resolve(id + ".md")));
            assertThat(r.at("/fullDescription/text").stringValue()).as(id).isNotBlank();
        }
    }

    @Test
    void aReleaseLinksToItsTagASnapshotToTheMainBranch() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));
        String uri = RulePages.uri("word-count");
        assertThat(uri).contains(version.endsWith("-SNAPSHOT") ? "/blob/main/" : "/blob/v" + version + "/");
    }
}
