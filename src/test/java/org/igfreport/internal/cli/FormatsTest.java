package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.igfreport.internal.output.CliFormatsAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Every output format through {@code check} on the seeds: it is produced, and it is well formed. */
class FormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "html", "markdown"})
    void everyFormatGivesTheSameExitStatus(String format) {
        int expected = Cli.run("check", "seeds").status();
        Cli cli = Cli.run("check", "--format", format, "seeds");
        assertThat(cli.status()).as(cli.err()).isEqualTo(expected);
        assertThat(cli.out()).isNotEmpty();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void sarifOfTheSeedsFitsTheSarifSchema() {
        Cli cli = Cli.run("check", "--format", "sarif", "seeds");
        assertThat(CliFormatsAccess.sarifProblems(cli.out())).isEmpty();
    }

    @Test
    void junitOfTheSeedsHasASuitePerReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("junit.xml");
        Cli.run("check", "--format", "junit", "-o", out.toString(), "seeds");
        Element root = CliFormatsAccess.junit(Files.readAllBytes(out)).getDocumentElement();
        assertThat(root.getElementsByTagName("testsuite").getLength()).isEqualTo(5);
    }

    @Test
    void githubLinesAreWorkflowCommandsOrTheSummary() {
        Cli cli = Cli.run("check", "--format", "github", "seeds");
        assertThat(cli.out().lines()).allSatisfy(l -> assertThat(l)
                .matches("^(::(error|warning|notice) file=[^,]+,line=\\d+,col=\\d+,title=\\[[a-z-]+\\]::.+|\\d+ errors?, .+ in 5 reports"
                        // past the 10 errors GitHub shows per step, one notice counts the rest
                        + "|::notice title=igf-report%3A more findings::\\d+ more findings? .+)$"));
        assertThat(cli.out().lines().filter(l -> l.startsWith("::error "))).hasSize(10);
    }

    @Test
    void htmlIsOnePage() {
        Cli cli = Cli.run("check", "--format", "html", "seeds");
        assertThat(cli.out()).startsWith("<!DOCTYPE html>").contains("seeds/004_ff7a8bc56b674c53.txt");
        assertThat(cli.out().getBytes(StandardCharsets.UTF_8).length).isPositive();
    }
}
