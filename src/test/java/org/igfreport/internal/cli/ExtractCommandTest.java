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

    /**
     * The configuration's limits and the limit options, as check reads them: extract read everything under the
     * default limits. A 7 KB seed over a 1 KB size limit, a two-page PDF under a one-page limit (its first page read).
     */
    @Test
    void theConfigurationsLimitsAndTheLimitOptionsHoldAsInCheck(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("limited"));
        Path seed = Files.copy(Path.of("seeds/002_ea2340172add3216.txt"), dir.resolve("002.txt"));
        Path pdf = Files.copy(Path.of("examples/office/defective.pdf"), dir.resolve("defective.pdf"));
        assertThat(Cli.run("extract", seed.toString()).status()).isZero();
        Cli whole = Cli.run("extract", pdf.toString());
        assertThat(whole.status()).isZero();
        assertThat(whole.out()).contains("\ngender_participants:");
        // the limit options
        Cli small = Cli.run("extract", "--max-file-size", "1KB", seed.toString());
        assertThat(small.status()).isEqualTo(1);
        assertThat(small.out()).isEmpty();
        assertThat(small.err()).contains("002.txt").contains("too large");
        // the first of its two pages only: the second's sections are not there
        Cli pages = Cli.run("extract", "--max-pages", "1", pdf.toString());
        assertThat(pages.status()).as(pages.err()).isZero();
        assertThat(pages.out()).doesNotContain("gender_participants");
        assertThat(Cli.run("extract", "--max-file-size", "nonsense", seed.toString()).status()).isEqualTo(2);
        // the configuration's, found from the report's folder as check finds it, and the options over them
        Files.writeString(dir.resolve(".igf-report.yaml"), "limits:\n  max-pages: 1\n");
        Cli first = Cli.run("extract", pdf.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("gender_participants");
        assertThat(Cli.run("extract", "--max-pages", "5", pdf.toString()).out()).contains("\ngender_participants:");
        Files.writeString(dir.resolve(".igf-report.yaml"), "limits:\n  max-file-size: 1KB\n");
        assertThat(Cli.run("extract", seed.toString()).err()).contains("too large");
        assertThat(Cli.run("check", seed.toString()).out()).contains("input-unreadable");
        assertThat(Cli.run("extract", "--max-file-size", "1MB", seed.toString()).status()).isZero();
        // --config names it
        Path other = Files.createDirectories(root.resolve("other"));
        Path plain = Files.copy(seed, other.resolve("002.txt"));
        assertThat(Cli.run("extract", plain.toString()).status()).isZero();
        assertThat(Cli.run("extract", "--config", dir.resolve(".igf-report.yaml").toString(), plain.toString()).status())
                .isEqualTo(1);
    }

    @Test
    void badArgumentsAreExit2() {
        assertThat(Cli.run("extract", "no/such/file.txt").status()).isEqualTo(2);
        assertThat(Cli.run("extract", "--format", "xml", "seeds/002_ea2340172add3216.txt").status()).isEqualTo(2);
    }
}
