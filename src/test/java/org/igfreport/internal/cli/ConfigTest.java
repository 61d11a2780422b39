package org.igfreport.internal.cli;

import org.igfreport.internal.batch.BatchException;
import org.igfreport.internal.batch.Config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The configuration file and how {@code check} uses it. */
class ConfigTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("igf.yaml"), yaml);
    }

    @Test
    void readsEveryKeyOfTheContract() throws Exception {
        Config c = Config.load(config("""
                template: igf-2016-workshop
                fail-on: warning
                rules:
                  paragraph-count: off
                  speaker-affiliation: info
                exclude:
                  - "drafts/**"
                """), Set.of());
        assertThat(c).isEqualTo(new Config("igf-2016-workshop", "warning",
                Map.of("paragraph-count", "off", "speaker-affiliation", "info"), List.of("drafts/**")));
    }

    @Test
    void readsLimitsAndRejectsUnknownOnes() throws Exception {
        Config c = Config.load(config("""
                limits:
                  max-file-size: 5MB
                  max-pages: 20
                  max-depth: 10
                  max-aliases: 0
                  max-time: 10s
                """), Set.of());
        assertThat(c.limits()).isEqualTo(new org.igfreport.Limits(5L * 1024 * 1024, 20, 10, 0,
                java.time.Duration.ofSeconds(10)));
        assertThat(Config.load(config("fail-on: error\n"), Set.of()).limits()).isEqualTo(org.igfreport.Limits.DEFAULTS);
        Path bad = config("limits:\n  max-size: 5MB\n");
        assertThatThrownBy(() -> Config.load(bad, Set.of())).hasMessageContaining("igf.yaml:2:")
                .hasMessageContaining("unknown key 'limits.max-size'").hasMessageContaining("max-file-size");
        Path value = config("limits:\n  max-pages: many\n");
        assertThatThrownBy(() -> Config.load(value, Set.of())).hasMessageContaining("igf.yaml:2:")
                .hasMessageContaining("limits.max-pages");
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndWhatIsAllowed() throws Exception {
        Path f = config("fail-on: error\nfail_on: warning\n");
        assertThatThrownBy(() -> Config.load(f, Set.of())).isInstanceOf(BatchException.class)
                .hasMessageContaining("igf.yaml:2:").hasMessageContaining("fail_on")
                .hasMessageContaining("allowed: template, templates, fail-on, rules, exclude, suppressions, limits, locale, lang");
    }

    @Test
    void anUnknownValueOrRuleIsAnError() throws Exception {
        Path f = config("rules:\n  paragraph-count: loud\n");
        assertThatThrownBy(() -> Config.load(f, Set.of())).hasMessageContaining("igf.yaml:2:")
                .hasMessageContaining("allowed: off, info, warning, error");
        Path g = config("rules:\n  no-such-rule: off\n");
        assertThatThrownBy(() -> Config.load(g, Set.of("paragraph-count"))).hasMessageContaining("unknown rule 'no-such-rule'");
    }

    @Test
    void langIsOneOfTheKnownLanguages() throws Exception {
        assertThat(Config.load(config("lang: fr\n"), Set.of()).lang()).isEqualTo("fr");
        assertThat(Config.load(config("fail-on: error\n"), Set.of()).lang()).isNull();
        assertThat(Config.load(config("lang: fr\n"), Set.of()).withLang("es").lang()).isEqualTo("es");
        assertThatThrownBy(() -> Config.load(config("lang: de\n"), Set.of())).hasMessageContaining("igf.yaml:1:")
                .hasMessageContaining("allowed: auto, en, fr, es");
    }

    @Test
    void aBadConfigurationIsExit2() throws Exception {
        Path f = config("colour: yes\n");
        Cli cli = Cli.run("check", "--config", f.toString(), "seeds");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        assertThat(Cli.run("check", "--config", dir.resolve("none.yaml").toString(), "seeds").status()).isEqualTo(2);
    }

    @Test
    void failOnAndExcludeFromTheConfiguration() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports/drafts"));
        Files.copy(Path.of("seeds/000_b8681fb40b29323f.txt"), reports.getParent().resolve("a.txt"));
        Files.copy(Path.of("seeds/001_f98a95b21a8e4a3a.txt"), reports.resolve("b.txt"));
        Files.writeString(reports.getParent().resolve("notes.csv"), "not a report");
        Path f = config("fail-on: never\nexclude: [\"drafts/**\"]\n");
        Cli cli = Cli.run("check", "--config", f.toString(), "--format", "json", reports.getParent().toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        var json = JsonMapper.shared().readTree(cli.out());
        assertThat(json.at("/summary/reports").intValue()).isEqualTo(1);
        assertThat(json.at("/reports/0/path").stringValue()).endsWith("reports/a.txt");
    }

    @Test
    void aTemplateFileFromTheCommandLineOrTheConfigurationIsUsed() throws Exception {
        Path own = Files.createDirectories(dir.resolve("templates")).resolve("mine.yaml");
        Files.copy(Path.of("schemas/templates/igf-2016-workshop.yaml"), own);
        String seed = "seeds/000_b8681fb40b29323f.txt";
        Cli byOption = Cli.run("check", "--format", "json", "--fail-on", "never", "--template", own.toString(), seed);
        assertThat(byOption.status()).as(byOption.err()).isZero();
        Path f = config("template: templates/mine.yaml\nfail-on: never\n");
        Cli byConfig = Cli.run("check", "--format", "json", "--config", f.toString(), seed);
        assertThat(byConfig.status()).as("relative to the configuration file: " + byConfig.err()).isZero();
        assertThat(JsonMapper.shared().readTree(byConfig.out()).at("/reports/0/path").stringValue()).isEqualTo(seed);
    }
}
