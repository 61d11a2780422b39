package org.igfreport.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.igfreport.ReportResult;

/**
 * Checks many reports on all cores and hands the results on in the order of the files, as soon
 * as each is ready. At most a few results per thread are held at once, so a folder of 10,000
 * reports runs in bounded memory; the output is the same whatever the number of threads.
 */
public final class BatchRunner {

    /** Receives each result, in file order. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param result the next result
         * @throws IOException when the output cannot be written (the run stops)
         */
        void accept(ReportResult result) throws IOException;
    }

    /** Hears how far the run is. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done reports checked so far
         * @param total reports in the run
         */
        void update(int done, int total);

        /** Hears nothing. */
        Progress NONE = (done, total) -> { };
    }

    private final int threads;

    /** @param threads the threads to check on (1 checks on the calling thread) */
    public BatchRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** @return a runner using every core */
    public static BatchRunner allCores() {
        return new BatchRunner(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param files the reports, in the order their results are wanted
     * @param check checks one report (must not throw)
     * @param sink receives each result in file order
     * @param progress hears how far the run is
     * @throws IOException when the sink fails
     */
    public void run(List<Path> files, Function<Path, ReportResult> check, Sink sink, Progress progress)
            throws IOException {
        int total = files.size();
        if (threads == 1 || total <= 1) {
            for (int i = 0; i < total; i++) {
                sink.accept(check.apply(files.get(i)));
                progress.update(i + 1, total);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "igf-report-check");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 4;
            Deque<Future<ReportResult>> pending = new ArrayDeque<>(window);
            int next = 0;
            int done = 0;
            while (done < total) {
                while (next < total && pending.size() < window) {
                    Path file = files.get(next++);
                    pending.add(pool.submit(() -> check.apply(file)));
                }
                sink.accept(await(pending.poll()));
                progress.update(++done, total);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReportResult await(Future<ReportResult> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
