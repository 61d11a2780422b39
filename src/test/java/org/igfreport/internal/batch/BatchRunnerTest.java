package org.igfreport.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.igfreport.ReportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The batch runner: file order whatever the threads, a time budget per report, and a run that
 * always ends, even when checks never return (the {@code @Timeout}s only turn a hang into a failure).
 */
class BatchRunnerTest {

    /**
     * The time budget of the runs with checks that never return. The checks that do return, at once,
     * must be done within it on a loaded machine too: with 100 and 200 ms, at a load of 38 on 2 cores, a
     * check that had started was starved of the CPU past its budget and given up (2 runs in 10 failed).
     */
    static final Duration BUDGET = Duration.ofSeconds(1);

    /** Releases the checks that "never return" once a test is over, so their threads end. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseStuckChecks() throws InterruptedException {
        release.countDown();
        for (int i = 0; i < 500 && BatchRunner.stuckThreads() > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(BatchRunner.stuckThreads()).as("stuck threads end when their checks return").isZero();
    }

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

    /** A check that never returns for the files named "stuck..." (until the test ends). */
    private Function<Path, ReportResult> stuckOn(String prefix) {
        return p -> {
            if (p.toString().startsWith(prefix)) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result(p, "ok");
        };
    }

    private static List<String> run(BatchRunner runner, List<Path> files, Function<Path, ReportResult> check)
            throws IOException {
        List<String> seen = new ArrayList<>();
        runner.run(files, check, (p, why) -> result(p, why.name()), r -> seen.add(r.path() + " " + r.template()),
                BatchRunner.Progress.NONE);
        return seen;
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

    /**
     * A finished check wakes the run's thread when it is the one awaited (only then, which saves a
     * thread wake-up per file): a run of quick checks under a long time budget never waits for
     * that budget. Not a speed test: without the wake-up each file would wait its minute.
     */
    @Test
    @Timeout(30)
    void quickChecksUnderALongBudgetDoNotWaitForIt() throws IOException {
        List<String> seen = run(new BatchRunner(2, Duration.ofMinutes(1), Duration.ofSeconds(1), 16), files(200),
                p -> result(p, "ok"));
        assertThat(seen).hasSize(200).allMatch(s -> s.endsWith(" ok"));
    }

    @Test
    @Timeout(60)
    void aReportOverTheTimeBudgetIsGivenUpAndTheOthersAreStillChecked() throws IOException {
        List<Path> files = List.of(Path.of("a.txt"), Path.of("b.txt"), Path.of("stuck.pdf"), Path.of("c.txt"),
                Path.of("d.txt"), Path.of("e.txt"));
        List<String> seen = run(new BatchRunner(2, BUDGET, Duration.ofMillis(50), 16), files,
                stuckOn("stuck"));
        assertThat(seen).containsExactly("a.txt ok", "b.txt ok", "stuck.pdf TIME_LIMIT", "c.txt ok", "d.txt ok",
                "e.txt ok");
    }

    @Test
    @Timeout(60)
    void tenChecksThatNeverReturnDoNotStopTheReportAfterThem() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(Path.of("stuck" + i + ".pdf"));
        }
        files.add(Path.of("the-report.txt"));
        for (int threads : new int[] {1, 2}) {
            // a cap of 32: the stuck threads of the first run (1 thread) still count in the second
            List<String> seen = run(new BatchRunner(threads, BUDGET, Duration.ofMillis(20), 32),
                    files, stuckOn("stuck"));
            assertThat(seen).hasSize(11);
            assertThat(seen.subList(0, 10)).allMatch(s -> s.endsWith(" TIME_LIMIT"));
            assertThat(seen.get(10)).isEqualTo("the-report.txt ok");
        }
    }

    @Test
    @Timeout(60)
    void whenTheCapOfStuckThreadsIsReachedTheRestIsReportedNotCheckedInsteadOfWaiting() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(Path.of("stuck" + i + ".pdf"));
        }
        files.add(Path.of("the-report.txt"));
        List<String> seen = run(new BatchRunner(1, BUDGET, Duration.ofMillis(20), 3), files,
                stuckOn("stuck"));
        assertThat(seen).containsExactly("stuck0.pdf TIME_LIMIT", "stuck1.pdf TIME_LIMIT", "stuck2.pdf TIME_LIMIT",
                "stuck3.pdf NO_THREAD_LEFT", "stuck4.pdf NO_THREAD_LEFT", "stuck5.pdf NO_THREAD_LEFT",
                "the-report.txt NO_THREAD_LEFT");
        assertThat(BatchRunner.stuckThreads()).as("the stuck threads are counted, and no more were started").isEqualTo(3);
    }

    @Test
    @Timeout(60)
    void oneSlowReportAloneIsGivenUpToo() throws IOException {
        assertThat(run(new BatchRunner(1, BUDGET, Duration.ofMillis(20), 16), List.of(Path.of("stuck.txt")),
                stuckOn("stuck"))).containsExactly("stuck.txt TIME_LIMIT");
    }

    @Test
    void theGraceIsATenthOfTheBudgetBetweenOneAndTenSeconds() {
        assertThat(BatchRunner.defaultGrace(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(3));
        assertThat(BatchRunner.defaultGrace(Duration.ofMillis(300))).isEqualTo(Duration.ofSeconds(1));
        assertThat(BatchRunner.defaultGrace(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(10));
    }

    /** The tenth without Duration.dividedBy (BigDecimal, slow to load in a cold JVM) is its value exactly. */
    @Test
    void theGraceIsExactlyDurationsTenthRoundedDown() {
        for (Duration budget : List.of(Duration.ofSeconds(37, 123_456_789), Duration.ofSeconds(99, 999_999_999),
                Duration.ofSeconds(10, 9), Duration.ofMillis(12_345), Duration.ofSeconds(61, 1))) {
            assertThat(BatchRunner.defaultGrace(budget)).as(budget.toString()).isEqualTo(budget.dividedBy(10));
        }
    }

    /** A run of one report started before its result is wanted: the check runs at once, on its own thread. */
    @Test
    @Timeout(60)
    void oneReportIsCheckedAsSoonAsTheRunStarts() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        String[] thread = new String[1];
        List<String> seen = new ArrayList<>();
        try (BatchRunner.Started started = new BatchRunner(1, BUDGET, Duration.ofMillis(50), 16).start(
                List.of(Path.of("one.txt")), p -> {
                    thread[0] = Thread.currentThread().getName();
                    checked.countDown();
                    return result(p, "ok");
                }, (p, why) -> result(p, why.name()))) {
            assertThat(checked.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("checked before drain").isTrue();
            started.drain(r -> seen.add(r.path() + " " + r.template()), BatchRunner.Progress.NONE);
        }
        assertThat(seen).containsExactly("one.txt ok");
        assertThat(thread[0]).isEqualTo("igf-report-check");
    }

    @Test
    @Timeout(60)
    void aFailingCheckOfOneReportIsThrownToTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(new BatchRunner(1, BUDGET, Duration.ofMillis(50), 16),
                List.of(Path.of("one.txt")), p -> {
                    throw boom;
                })).isSameAs(boom);
    }

    /** A run closed before its result is taken (the output could not be opened) gives up the check, which ends on its own. */
    @Test
    @Timeout(60)
    void oneReportOfARunClosedBeforeItsResultIsGivenUpAndItsThreadEnds() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        Function<Path, ReportResult> stuck = stuckOn("stuck");
        try (BatchRunner.Started started = new BatchRunner(1, BUDGET, Duration.ofMillis(50), 16).start(
                List.of(Path.of("stuck.txt")), p -> {
                    running.countDown();
                    return stuck.apply(p);
                }, (p, why) -> result(p, why.name()))) {
            assertThat(running.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        assertThat(BatchRunner.stuckThreads()).as("counted as stuck until the check returns").isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
