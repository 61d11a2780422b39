package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration file that turns three rules off makes seed 002 pass, and says nothing about them. */
class ConfigRulesOffTest {

    @Test
    void threeRulesOffMakeSeed002ExitZero(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("igf.yaml");
        Files.writeString(config, """
                rules:
                  sentences-per-item: off
                  gender-participants: off
                  gender-summary: off
                """);
        assertThat(Cli.run("check", "seeds/002_ea2340172add3216.txt").status()).isEqualTo(1);
        Cli cli = Cli.run("check", "--config", config.toString(), "--fail-on", "warning",
                "seeds/002_ea2340172add3216.txt");
        assertThat(cli.status()).as(cli.out()).isZero();
        assertThat(cli.out()).doesNotContain("sentences-per-item", "gender-participants", "gender-summary")
                .contains("0 errors, 0 warnings");
    }
}
