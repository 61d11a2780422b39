package org.igfreport.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.output.JsonWriter;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.Summary;
import org.igfreport.internal.read.Readers;

/**
 * What {@code check --format json DIR} would do with N threads: one shared validator, the files
 * checked on a pool, the results written in file order as soon as each is ready. At most
 * {@code 4 × threads} results wait in memory, so the heap does not grow with the folder.
 *
 * <pre>java -cp target/benchmarks.jar org.igfreport.bench.FolderCheck DIR [threads] [out.json]</pre>
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    /**
     * @param args DIR [threads] [output file]
     * @throws Exception when the folder cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> Readers.isReport(p.toString())).sorted().toList();
        }
        ReportValidator validator = ReportValidator.builder().build();
        long t0 = System.nanoTime();
        Summary summary;
        try (OutputStream out = args.length > 2 ? new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))
                : OutputStream.nullOutputStream()) {
            summary = check(files, validator, threads, new JsonWriter(out));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf("%d reports, %d threads: %d ms; %d errors, %d warnings%n", files.size(), threads, ms,
                summary.errors(), summary.warnings());
    }

    static Summary check(List<Path> files, ReportValidator validator, int threads, JsonWriter writer)
            throws InterruptedException, ExecutionException {
        writer.begin(Run.of("bench", Path.of(".")));
        Summary summary = Summary.EMPTY;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ArrayDeque<Future<ReportResult>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < 4 * threads) {
                    Path p = files.get(next++);
                    window.add(pool.submit(() -> validator.validate(p)));
                }
                ReportResult r = window.poll().get();
                writer.report(r);
                summary = summary.plus(r);
            }
        } finally {
            pool.shutdown();
        }
        writer.end(summary);
        return summary;
    }

    /**
     * @param dir a folder
     * @return its size in bytes
     * @throws IOException when it cannot be read
     */
    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
