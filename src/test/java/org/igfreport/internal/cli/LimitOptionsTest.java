package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The limit options of {@code check} and the {@code limits:} mapping of the configuration file. */
class LimitOptionsTest {

    @TempDir
    Path dir;

    @Test
    void maxFileSizeOnTheCommandLineMakesALargerFileAFinding() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Session Title\n" + "x".repeat(3000) + "\n");
        Cli cli = Cli.run("check", "--format", "json", "--max-file-size", "2KB", big.toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        JsonNode f = JsonMapper.shared().readTree(cli.out()).at("/reports/0/findings/0");
        assertThat(f.at("/rule").stringValue()).isEqualTo("input-unreadable");
        assertThat(f.at("/message").stringValue()).contains("too large").contains("the limit is 0.0 MB");
    }

    @Test
    void theConfigurationFileSetsLimitsAndTheCommandLineWins() throws Exception {
        Path yaml = Files.writeString(dir.resolve("deep.json"), "{\"key_issues\": [[[\"a\"]]]}");
        Path cfg = Files.writeString(dir.resolve("igf.yaml"), "limits:\n  max-depth: 2\n");
        Cli strict = Cli.run("check", "--format", "json", "--config", cfg.toString(), yaml.toString());
        assertThat(strict.out()).contains("deeper than 2 levels");
        Cli loose = Cli.run("check", "--format", "json", "--config", cfg.toString(), "--max-depth", "10", yaml.toString());
        assertThat(loose.out()).doesNotContain("deeper than");
    }

    @Test
    void aReportOverTheTimeBudgetIsAFindingAndTheRunGoesOn() throws Exception {
        Path slow = org.igfreport.it.HostileFiles.manyPages(dir); // reading 500 of 20,000 pages takes seconds
        Cli cli = Cli.run("check", "--format", "json", "--max-time", "300ms", slow.toString(),
                "seeds/002_ea2340172add3216.txt");
        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        JsonNode reports = JsonMapper.shared().readTree(cli.out()).at("/reports");
        assertThat(reports.size()).isEqualTo(2);
        assertThat(reports.get(0).at("/findings/0/rule").stringValue()).isEqualTo("input-unreadable");
        assertThat(reports.get(0).at("/findings/0/message").stringValue()).contains("took longer than 300 ms");
        assertThat(reports.get(1).at("/template").stringValue()).isEqualTo("igf-2017-workshop");
    }

    @Test
    void aBadLimitIsAUsageError() {
        Cli cli = Cli.run("check", "--max-file-size", "huge", "seeds");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        assertThat(cli.err()).contains("20MB");
        assertThat(Cli.run("check", "--max-time", "0s", "seeds").status()).isEqualTo(2);
    }
}
