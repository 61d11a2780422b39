package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check options of the second CI round: several outputs in one run ({@code --output FORMAT=FILE}),
 * standard input ({@code check -} with {@code --stdin-filename}), the configuration file searched up to
 * the repository's root, and {@code **}{@code /} excludes that match at the top too.
 */
class CheckCiOptionsTest {

    private static final String SEED = "seeds/002_ea2340172add3216.txt";

    @Test
    void oneRunWritesEveryOutput(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("out/results.sarif");
        Path junit = dir.resolve("junit.xml");
        Path md = dir.resolve("summary.md");
        Cli c = Cli.run("check", "--output", "sarif=" + sarif, "--output", "junit=" + junit, "--output", "github",
                "-o", "markdown=" + md, SEED);
        assertThat(c.status()).as(c.err()).isEqualTo(1);
        assertThat(c.out().lines().filter(l -> l.startsWith("::error "))).hasSize(2);
        JsonNode doc = JsonMapper.shared().readTree(sarif.toFile());
        assertThat(doc.at("/runs/0/results").size()).isEqualTo(4);
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuite");
        assertThat(Files.readString(md)).startsWith("## igf-report: 2 errors, 2 warnings");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("out", "junit.xml", "summary.md");
        }
    }

    @Test
    void withoutAnOutputOnStandardOutputTheFormatGoesThere(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("check", "--format", "json", "--output", "sarif=" + dir.resolve("a.sarif"), SEED);
        assertThat(c.status()).isEqualTo(1);
        assertThat(JsonMapper.shared().readTree(c.out()).at("/summary/errors").asInt()).isEqualTo(2);
        assertThat(Files.isRegularFile(dir.resolve("a.sarif"))).isTrue();
        // a plain FILE is the --format output, as -o FILE always was
        Cli plain = Cli.run("check", "--format", "json", "-o", dir.resolve("b.json").toString(), SEED);
        assertThat(plain.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("b.json"))).contains("\"summary\"");
    }

    @Test
    void badOutputSetsAreExitTwoAndWriteNothing(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.sarif");
        for (List<String> args : List.of(
                List.of("--format", "json", "--output", "github"),
                List.of("--output", "github", "--output", "text"),
                List.of("--output", "sarif=" + a, "--output", "json=" + a),
                List.of("--output", "sarif="),
                List.of("-o", a.toString(), "-o", dir.resolve("b").toString()),
                List.of("--output", "sarif=" + a, "--output", "junit=" + dir))) {
            List<String> all = new java.util.ArrayList<>(List.of("check"));
            all.addAll(args);
            all.add(SEED);
            Cli c = Cli.run(all.toArray(String[]::new));
            assertThat(c.status()).as("%s: %s", args, c.err()).isEqualTo(2);
            assertThat(c.oneErrorLine()).as(c.err()).isTrue();
            assertThat(Files.exists(a)).as("%s leaves no output behind", args).isFalse();
        }
    }

    @Test
    void standardInputIsCheckedUnderTheNameGiven() throws Exception {
        String seed = Files.readString(Path.of(SEED));
        Cli c = Cli.runWithInput(seed, "check", "--format", "json", "--stdin-filename", "reports/ws.txt", "-");
        assertThat(c.status()).as(c.err()).isEqualTo(1);
        JsonNode r = JsonMapper.shared().readTree(c.out()).at("/reports/0");
        assertThat(r.at("/path").stringValue()).isEqualTo("reports/ws.txt");
        assertThat(r.at("/format").stringValue()).isEqualTo("text");
        assertThat(r.at("/template").stringValue()).isEqualTo("igf-2017-workshop");
        assertThat(r.at("/findings").size()).isEqualTo(4);

        String md = Files.readString(Path.of("examples/ci/reports/ws-community-networks.md"));
        Cli m = Cli.runWithInput(md, "check", "--format", "json", "--stdin-filename", "draft.md", "-");
        assertThat(JsonMapper.shared().readTree(m.out()).at("/reports/0/format").stringValue()).isEqualTo("markdown");

        Cli unnamed = Cli.runWithInput(seed, "check", "-q", "-");
        assertThat(unnamed.out()).startsWith("-:35:1: error [sentences-per-item]");
    }

    @Test
    void standardInputGoesAloneAndTheNameNeedsIt() {
        Cli both = Cli.run("check", "-", SEED);
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.oneErrorLine()).as(both.err()).isTrue();
        Cli name = Cli.run("check", "--stdin-filename", "a.md", SEED);
        assertThat(name.status()).isEqualTo(2);
        assertThat(name.err()).contains("--stdin-filename");
    }

    @Test
    void theConfigurationIsFoundUpToTheRepositoryRootAndConfigWins(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path reports = Files.createDirectories(repo.resolve("reports/2017"));
        Files.copy(Path.of(SEED), reports.resolve("002.txt"));
        Files.writeString(repo.resolve(".igf-report.yaml"), "rules:\n  sentences-per-item: off\n");
        // a file above the repository's root is not the repository's
        Files.writeString(dir.resolve(".igf-report.yaml"), "rules:\n  gender-summary: off\n");

        JsonNode found = json(Cli.run("check", "--format", "json", reports.toString()));
        assertThat(rules(found)).containsExactlyInAnyOrder("gender-participants", "gender-summary");
        JsonNode file = json(Cli.run("check", "--format", "json", reports.resolve("002.txt").toString()));
        assertThat(rules(file)).containsExactlyInAnyOrder("gender-participants", "gender-summary");

        // the nearest one wins
        Files.writeString(reports.resolve(".igf-report.yaml"), "rules:\n  gender-participants: off\n");
        assertThat(rules(json(Cli.run("check", "--format", "json", reports.toString()))))
                .containsExactlyInAnyOrder("sentences-per-item", "sentences-per-item", "gender-summary");

        Path own = Files.writeString(dir.resolve("own.yaml"), "rules:\n  gender-summary: off\n");
        assertThat(rules(json(Cli.run("check", "--format", "json", "--config", own.toString(), reports.toString()))))
                .containsExactlyInAnyOrder("sentences-per-item", "sentences-per-item", "gender-participants");
    }

    @Test
    void aDoubleStarExcludeMatchesAtTheTopOfTheFolderChecked(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(SEED), dir.resolve("top.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Path.of(SEED), dir.resolve("sub/deep.txt"));
        Files.copy(Path.of(SEED), dir.resolve("kept.md"));
        Path cfg = Files.writeString(dir.resolve("cfg.yaml"), "exclude:\n  - \"**/*.txt\"\n");
        JsonNode r = json(Cli.run("check", "--format", "json", "--config", cfg.toString(), dir.toString()));
        assertThat(r.at("/summary/reports").asInt()).isEqualTo(1);
        assertThat(r.at("/reports/0/path").stringValue()).endsWith("kept.md");
    }

    private static JsonNode json(Cli c) throws Exception {
        assertThat(c.status()).as(c.err()).isIn(0, 1);
        return JsonMapper.shared().readTree(c.out());
    }

    private static List<String> rules(JsonNode doc) {
        List<String> out = new java.util.ArrayList<>();
        doc.at("/reports").forEach(r -> r.at("/findings").forEach(f -> out.add(f.at("/rule").stringValue())));
        return out;
    }
}
