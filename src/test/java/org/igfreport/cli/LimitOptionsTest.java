package org.igfreport.cli;

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
    void aReportOverTheTimeBudgetIsAFindingAndTheRunGoesOn() {
        Cli cli = Cli.run("check", "--format", "json", "--max-time", "1ms", "examples/office/compliant.pdf",
                "examples/office/defective.pdf");
        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        JsonNode reports = JsonMapper.shared().readTree(cli.out()).at("/reports");
        assertThat(reports.size()).isEqualTo(2);
        for (JsonNode r : reports) {
            assertThat(r.at("/findings/0/rule").stringValue()).isEqualTo("input-unreadable");
            assertThat(r.at("/findings/0/message").stringValue()).contains("took longer than 1 ms");
        }
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
