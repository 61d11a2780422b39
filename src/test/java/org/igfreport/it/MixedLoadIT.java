package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.igfreport.Limits;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One validator shared by 16 threads, for a bounded time ({@value #SECONDS} s of load), over a mix
 * of hostile files ({@link HostileFiles}: form bombs, an inflating content stream, a deep array,
 * YAML aliases, deep JSON, a zip bomb, broken and encrypted PDFs) and normal reports (the seeds,
 * the Office and YAML/JSON examples): every result equals the one-thread result for the same file,
 * and the heap used after a full collection at the end is within {@value #HEAP_SLACK_MB} MB of the
 * start (no leak per file). The deadline is set far out so that results depend on the readers'
 * budgets, not on how loaded the machine is (the budgets' own deadline is tested in ApiIT).
 */
class MixedLoadIT {

    static final int THREADS = 16;
    static final long SECONDS = 60;
    static final long HEAP_SLACK_MB = 64;

    @TempDir
    Path dir;

    @Test
    void sixteenThreadsGiveTheOneThreadResultsWithSteadyMemory() throws Exception {
        List<Path> files = files();
        ReportValidator validator = ReportValidator.builder()
                .limits(Limits.DEFAULTS.withMaxTime(Duration.ofMinutes(10))).build();
        Map<Path, ReportResult> expected = new LinkedHashMap<>();
        for (Path f : files) {
            expected.put(f, validator.validate(f));
        }
        // the mix is really mixed: normal reports are checked against a template, hostile files are findings
        assertThat(expected.values()).anyMatch(r -> r.template() != null)
                .anyMatch(r -> r.findings().stream().anyMatch(x -> x.rule().equals("input-unreadable")));
        long before = usedAfterGc();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        ConcurrentLinkedQueue<String> differences = new ConcurrentLinkedQueue<>();
        AtomicInteger checked = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<Future<?>> workers = new ArrayList<>();
        int minimum = (files.size() + THREADS - 1) / THREADS;
        for (int t = 0; t < THREADS; t++) {
            int offset = t * files.size() / THREADS;
            workers.add(pool.submit(() -> {
                // each thread walks the files from its own place, so different files run side by side;
                // together the first steps of the threads cover every file, then they go on until the end
                for (int i = 0; i < minimum || System.nanoTime() < end; i++) {
                    Path f = files.get((offset + i) % files.size());
                    ReportResult r = validator.validate(f);
                    checked.incrementAndGet();
                    if (!r.equals(expected.get(f))) {
                        differences.add(f.getFileName() + ": " + r + " instead of " + expected.get(f));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).as("the 16 threads ended").isTrue();
        for (Future<?> w : workers) {
            w.get();
        }
        long after = usedAfterGc();
        assertThat(differences).as("results that differ from one thread's").isEmpty();
        assertThat(checked.get()).isGreaterThanOrEqualTo(THREADS * minimum);
        assertThat((after - before) / (1024 * 1024)).as("MB of heap kept after %d checks", checked.get())
                .isLessThan(HEAP_SLACK_MB);
        Path figures = Path.of("target", "reliability-load.md");
        Files.createDirectories(figures.getParent());
        Files.writeString(figures, String.format(java.util.Locale.ROOT,
                "%d threads, %d files (%d checks in %d s): results equal to one thread; heap after GC %d MB -> %d MB%n",
                THREADS, files.size(), checked.get(), SECONDS, before >> 20, after >> 20));
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        out.add(HostileFiles.formCycle(hostile));
        out.add(HostileFiles.formFanOut(hostile));
        out.add(HostileFiles.inflatingContent(hostile));
        out.add(HostileFiles.deepArrayPdf(hostile));
        out.add(HostileFiles.billionLaughs(hostile));
        out.add(HostileFiles.deepJson(hostile));
        out.add(HostileFiles.docxBomb(hostile));
        out.add(HostileFiles.truncatedPdf(hostile));
        out.add(HostileFiles.encryptedPdf(hostile));
        out.add(HostileFiles.invalidUtf8(hostile));
        try (var seeds = Files.list(Path.of("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        for (String example : List.of("office/compliant.docx", "office/defective.pdf", "office/table-compliant.pdf",
                "office/table-defective.docx", "reports/compliant.yaml", "reports/defective.json")) {
            out.add(Path.of("examples", example));
        }
        return out;
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
