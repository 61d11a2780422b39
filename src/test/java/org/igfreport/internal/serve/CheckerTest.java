package org.igfreport.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.igfreport.ReportResult;
import org.igfreport.RuleDescription;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve checks and extracts with: the configuration's limits for both. */
class CheckerTest {

    @TempDir
    Path dir;

    private Checker checker(String config) throws Exception {
        Path file = dir.resolve(".igf-report.yaml");
        Files.writeString(file, config);
        Set<String> ids = new HashSet<>();
        for (RuleDescription r : BatchCheck.catalogue()) {
            ids.add(r.id());
        }
        Config cfg = Config.load(file, ids);
        return new Checker(cfg, file, dir, cfg.limits(), "igf-report", "test", null);
    }

    @Test
    void extractReadsUnderTheConfigurationsLimitsAsCheckDoes() throws Exception {
        // a two-page PDF (its gender section on page 2), and a configuration that reads one page
        byte[] pdf = Files.readAllBytes(Path.of("examples/office/defective.pdf"));
        Checker onePage = checker("limits:\n  max-pages: 1\n");
        List<ReportResult> checked = onePage.check(pdf, "defective.pdf", null);
        assertThat(checked.get(0).findings()).anySatisfy(f -> assertThat(f.message()).contains("the page limit"));
        assertThat(onePage.extract(pdf, "defective.pdf", null, Extractor.Format.JSON)).contains("key_issues")
                .doesNotContain("About 25 of the");
        Checker twoPages = checker("limits:\n  max-pages: 2\n");
        assertThat(twoPages.extract(pdf, "defective.pdf", null, Extractor.Format.JSON)).contains("About 25 of the");
    }
}
