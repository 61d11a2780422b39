package org.igfreport.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.igfreport.ReportResult;
import org.junit.jupiter.api.Test;

/** The batch runner: file order whatever the threads, and the time budget per report. */
class BatchRunnerTest {

    private static ReportResult result(Path p, String template) {
        return new ReportResult(p.toString(), "text", template, List.of(), Map.of());
    }

    private static List<Path> files(int n) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Path.of("r" + i + ".txt"));
        }
        return out;
    }

    @Test
    void resultsComeInFileOrderWhateverTheThreads() throws IOException {
        List<String> seen = new ArrayList<>();
        new BatchRunner(4).run(files(100), p -> {
            sleep(p.toString().hashCode() & 3);
            return result(p, "ok");
        }, r -> seen.add(r.path()), BatchRunner.Progress.NONE);
        assertThat(seen).isEqualTo(files(100).stream().map(Path::toString).toList());
    }

    @Test
    void aReportOverTheTimeBudgetIsGivenUpAndTheOthersAreStillChecked() throws IOException {
        List<ReportResult> seen = new ArrayList<>();
        long start = System.nanoTime();
        new BatchRunner(2, Duration.ofMillis(300)).run(files(6), p -> {
            if (p.toString().equals("r2.txt")) {
                sleep(2_000); // left to finish on its own when given up
            }
            return result(p, "ok");
        }, p -> result(p, "too-slow"), seen::add, BatchRunner.Progress.NONE);
        assertThat(seen).extracting(ReportResult::template).containsExactly("ok", "ok", "too-slow", "ok", "ok", "ok");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void oneSlowReportAloneIsGivenUpToo() throws IOException {
        List<ReportResult> seen = new ArrayList<>();
        new BatchRunner(1, Duration.ofMillis(200)).run(files(1), p -> {
            sleep(2_000);
            return result(p, "ok");
        }, p -> result(p, "too-slow"), seen::add, BatchRunner.Progress.NONE);
        assertThat(seen).extracting(ReportResult::template).containsExactly("too-slow");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
