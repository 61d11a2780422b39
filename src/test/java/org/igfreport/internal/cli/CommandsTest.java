package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The subcommands other than {@code check}, and the top-level options. */
class CommandsTest {

    @Test
    void templatesListsTheFiveTemplatesWithYearAndTitle() {
        Cli cli = Cli.run("templates");
        assertThat(cli.status()).isZero();
        assertThat(cli.out().lines()).extracting(l -> l.split("\\s+")[0]).containsExactly("igf-2015-workshop",
                "igf-2016-workshop", "igf-2017-workshop", "igf-2018-session", "igf-2019-session");
        assertThat(cli.out().lines()).anySatisfy(l -> assertThat(l).matches("igf-2017-workshop\\s+2017\\s+\\S.*"));
        assertThat(cli.out().lines()).anySatisfy(l -> assertThat(l).matches("igf-2018-session\\s+2018\\s+IGF 2018 Session Report"));
        assertThat(cli.out().lines()).anySatisfy(l -> assertThat(l).matches("igf-2019-session\\s+2019\\s+IGF 2019 Session Report"));
    }

    @Test
    void rulesListsEveryRuleOfTheCatalogueWithItsSeverity() {
        Cli cli = Cli.run("rules");
        assertThat(cli.status()).isZero();
        for (RuleInfo r : BuiltInRules.ruleSet().infos()) {
            assertThat(cli.out().lines()).anySatisfy(l -> assertThat(l)
                    .matches(Pattern.quote(r.id()) + "\\s+" + r.defaultSeverity().id() + "\\s+.+"));
        }
        assertThat(cli.out().lines().count()).isEqualTo(BuiltInRules.ruleSet().infos().size());
    }

    @Test
    void sentencesPrintsOnePerLine(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("t.txt"), "The panel met.\nIt   discussed encryption? Yes!\n");
        Cli cli = Cli.run("sentences", text.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out().lines().toList()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(l -> assertThat(l).isNotBlank().doesNotContain("  "));
        assertThat(String.join(" ", cli.out().lines().toList())).isEqualTo("The panel met. It discussed encryption? Yes!");
    }

    @Test
    void sentencesAsJsonIsAnArrayOfStrings() {
        Cli cli = Cli.runWithInput("One sentence here. And another one.", "sentences", "--format", "json", "-");
        assertThat(cli.status()).as(cli.err()).isZero();
        JsonNode arr = JsonMapper.shared().readTree(cli.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr.size()).isEqualTo(2);
        assertThat(arr.get(0).stringValue()).isEqualTo("One sentence here.");
        assertThat(Cli.runWithInput("A. B.", "sentences").out()).isEqualTo(Cli.runWithInput("A. B.", "sentences", "-").out());
    }

    @Test
    void sentencesOfAMissingFileIsExit2() {
        Cli cli = Cli.run("sentences", "no-such-file.txt");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).isTrue();
    }

    @Test
    void versionAndHelp() {
        Cli version = Cli.run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("igf-report ");
        Cli help = Cli.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("check", "templates", "rules", "sentences");
        Cli checkHelp = Cli.run("check", "--help");
        assertThat(checkHelp.status()).isZero();
        assertThat(checkHelp.out()).contains("--format", "--output", "--template", "--fail-on", "--config", "--no-color", "--quiet");
    }
}
