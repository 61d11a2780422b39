package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract}: the report as the checker understood it, which checks the same. */
class ExtractCommandTest {

    @Test
    void extractsASeedAsYamlKeyedBySectionId() {
        Cli cli = Cli.run("extract", "seeds/002_ea2340172add3216.txt");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("template: igf-2017-workshop").contains("\nkey_issues:\n  - ")
                .contains("\nrapporteur: Maud Barret Bertelloni");
    }

    @Test
    void theExtractedJsonGivesTheSameFindingsAsTheOriginal(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("002.json");
        Cli cli = Cli.run("extract", "--format", "json", "-o", out.toString(), "seeds/002_ea2340172add3216.txt");
        assertThat(cli.status()).as(cli.err()).isZero();
        ReportValidator v = ReportValidator.builder().build();
        ReportResult original = v.validate(Path.of("seeds/002_ea2340172add3216.txt"));
        ReportResult extracted = v.validate(out);
        assertThat(extracted.findings()).extracting(Finding::rule, Finding::section)
                .containsExactlyElementsOf(original.findings().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.rule(), f.section())).toList());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{");
    }

    @Test
    void aDocumentThatFitsNoTemplateIsExit1WithAReason() {
        Cli cli = Cli.run("extract", "seeds/004_ff7a8bc56b674c53.txt");
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("004_ff7a8bc56b674c53.txt");
    }

    @Test
    void badArgumentsAreExit2() {
        assertThat(Cli.run("extract", "no/such/file.txt").status()).isEqualTo(2);
        assertThat(Cli.run("extract", "--format", "xml", "seeds/002_ea2340172add3216.txt").status()).isEqualTo(2);
    }
}
