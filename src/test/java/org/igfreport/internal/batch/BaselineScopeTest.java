package org.igfreport.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline entry of a report under a checked path that this run did not check (deleted, renamed,
 * excluded) is {@code baseline-stale}; an entry of a report outside every checked path is left alone,
 * as checkstyle, PMD and ESLint compare only what they check.
 */
class BaselineScopeTest {

    @TempDir
    Path project;

    private Path baseline;

    @BeforeEach
    void write() throws Exception {
        baseline = Files.createDirectories(project.resolve("ci")).resolve("baseline.json");
        Files.writeString(baseline, """
                {
                  "tool": "igf-report",
                  "version": 1,
                  "findings": [
                    {"path": "../other/c.txt", "rule": "word-count", "section": null, "fingerprint": "f4"},
                    {"path": "../reports/2025/b.docx", "rule": "speaker-affiliation", "section": "speakers", "fingerprint": "f3"},
                    {"path": "../reports/a.txt", "rule": "paragraph-count", "section": "discussions", "fingerprint": "f1"},
                    {"path": "../reports/old.txt", "rule": "section-empty", "section": "time", "fingerprint": "f2"},
                    {"path": "../reports/old.txt", "rule": "word-count", "section": "summary", "fingerprint": "f5"}
                  ]
                }
                """);
    }

    /** Runs a check of {@code paths} (relative to the project) that gave a clean result for each of {@code results}. */
    private List<ReportResult> run(Config cfg, List<String> paths, String... results) {
        CiFilters ci = new CiFilters(cfg, null, project, baseline, null);
        if (paths != null) {
            ci.checking(paths.stream().map(Path::of).toList());
        }
        for (String r : results) {
            ci.apply(new ReportResult(r, "txt", null, List.of(), Map.of()));
        }
        return ci.finish();
    }

    private static List<String> summary(List<ReportResult> results) {
        return results.stream().flatMap(r -> r.findings().stream().map(f -> r.path() + " " + r.format() + " "
                + f.severity().id() + " " + f.rule() + " " + f.section() + " " + f.messageArguments())).toList();
    }

    @Test
    void aReportUnderACheckedFolderThatWasNotCheckedLeavesItsEntriesStale() {
        List<ReportResult> out = run(Config.NONE, List.of("reports"), "reports/a.txt");
        assertThat(summary(out)).containsExactly(
                "reports/2025/b.docx docx info baseline-stale speakers [speaker-affiliation]",
                "reports/old.txt text info baseline-stale summary [word-count]",
                "reports/old.txt text info baseline-stale time [section-empty]");
        Finding f = out.get(1).findings().get(1);
        assertThat(f.messageKey()).isEqualTo("baseline-stale.unchecked");
        assertThat(f.message()).contains("section-empty").contains("not checked").contains("--write-baseline");
        assertThat(f.location().line()).isEqualTo(1);
    }

    @Test
    void onlyEntriesUnderTheCheckedPathsAreCompared() {
        assertThat(run(Config.NONE, List.of("reports/a.txt"), "reports/a.txt")).as("one file named").isEmpty();
        assertThat(summary(run(Config.NONE, List.of("reports/2025"))))
                .containsExactly("reports/2025/b.docx docx info baseline-stale speakers [speaker-affiliation]");
        assertThat(summary(run(Config.NONE, List.of(project.resolve("other").toString()))))
                .as("an absolute path: shown as given, as the reports checked under it are")
                .containsExactly(project.resolve("other").toString().replace('\\', '/') + "/c.txt text info baseline-stale null [word-count]");
        assertThat(run(Config.NONE, List.of("reports/2025/b.docx", "reports/a.txt"), "reports/2025/b.docx", "reports/a.txt"))
                .isEmpty();
        assertThat(run(Config.NONE, List.of("report"))).as("a prefix of a name is not a folder").isEmpty();
        assertThat(summary(run(Config.NONE, List.of("."), "reports/a.txt", "reports/2025/b.docx")))
                .containsExactly("other/c.txt text info baseline-stale null [word-count]",
                        "reports/old.txt text info baseline-stale summary [word-count]",
                        "reports/old.txt text info baseline-stale time [section-empty]");
    }

    @Test
    void withoutTheCheckedPathsOrWithTheRuleOffNothingIsCompared() throws Exception {
        assertThat(run(Config.NONE, null, "reports/a.txt")).isEmpty();
        Path yaml = Files.writeString(project.resolve("igf.yaml"), "rules:\n  baseline-stale: off\n");
        Config off = Config.load(yaml, Set.of("baseline-stale"));
        assertThat(run(off, List.of("reports"))).isEmpty();
        Config warn = Config.load(Files.writeString(yaml, "rules:\n  baseline-stale: warning\n"), Set.of("baseline-stale"));
        assertThat(run(warn, List.of("reports/2025")).get(0).findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }
}
