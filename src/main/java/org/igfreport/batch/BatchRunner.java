package org.igfreport.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.igfreport.ReportResult;

/**
 * Checks many reports on all cores and hands the results on in the order of the files, as soon
 * as each is ready. At most a few results per thread are held at once, so a folder of 10,000
 * reports runs in bounded memory; the output is the same whatever the number of threads.
 *
 * <p>With a time budget, a report still being checked after that time is given up: its result
 * is the caller's "took too long" result, the run goes on with the next report, and a fresh
 * thread takes the place of the one left behind (a daemon thread, not interrupted, which ends
 * when the library it is stuck in returns; at most three such threads per thread of the run).
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
    private final Duration timeout;

    /** @param threads the threads to check on (1 checks on the calling thread) */
    public BatchRunner(int threads) {
        this(threads, null);
    }

    /**
     * @param threads the threads to check on
     * @param timeout the longest one report may take, or {@code null} for no limit
     */
    public BatchRunner(int threads, Duration timeout) {
        this.threads = Math.max(1, threads);
        this.timeout = timeout;
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
        run(files, check, null, sink, progress);
    }

    /**
     * @param files the reports, in the order their results are wanted
     * @param check checks one report (must not throw)
     * @param tooLong the result for a report not checked within the time budget (or {@code null}
     *     to wait for every report however long it takes)
     * @param sink receives each result in file order
     * @param progress hears how far the run is
     * @throws IOException when the sink fails
     */
    public void run(List<Path> files, Function<Path, ReportResult> check, Function<Path, ReportResult> tooLong,
            Sink sink, Progress progress) throws IOException {
        int total = files.size();
        boolean timed = timeout != null && tooLong != null;
        if (!timed && (threads == 1 || total <= 1)) {
            for (int i = 0; i < total; i++) {
                sink.accept(check.apply(files.get(i)));
                progress.update(i + 1, total);
            }
            return;
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "igf-report-check");
                    t.setDaemon(true);
                    return t;
                });
        try {
            int window = threads * 4;
            Deque<Task> pending = new ArrayDeque<>(window);
            int next = 0;
            int done = 0;
            while (done < total) {
                while (next < total && pending.size() < window) {
                    Path file = files.get(next++);
                    Task task = new Task(file, check);
                    pool.execute(task.future);
                    pending.add(task);
                }
                Task head = pending.poll();
                ReportResult r = timed ? awaitTimed(head, pool) : await(head.future);
                sink.accept(r == null ? tooLong.apply(head.file) : r);
                progress.update(++done, total);
            }
        } finally {
            // checks not started are dropped; running ones are not interrupted (see awaitTimed):
            // their daemon threads end by themselves
            pool.getQueue().clear();
            pool.shutdown();
        }
    }

    /** A report's check, with the time it started running (0 while it waits for a thread). */
    private static final class Task {
        private final Path file;
        private final AtomicLong started = new AtomicLong();
        private final FutureTask<ReportResult> future;

        Task(Path file, Function<Path, ReportResult> check) {
            this.file = file;
            this.future = new FutureTask<>(() -> {
                started.set(System.nanoTime());
                return check.apply(file);
            });
        }
    }

    /** The task's result, or {@code null} when it ran past the budget (its thread is then replaced). */
    private ReportResult awaitTimed(Task task, ThreadPoolExecutor pool) throws IOException {
        long budget = timeout.toNanos();
        while (true) {
            long start = task.started.get();
            long wait = start == 0 ? TimeUnit.MILLISECONDS.toNanos(50) : start + budget - System.nanoTime();
            try {
                if (wait > 0 || task.future.isDone()) {
                    return await(task.future, Math.max(wait, 1));
                }
            } catch (TimeoutException e) {
                if (task.started.get() == 0) {
                    continue;
                }
            }
            if (task.started.get() != 0 && System.nanoTime() - task.started.get() >= budget) {
                // Not interrupted: an interrupt can land in a library's class initialisation (and
                // break that class for the rest of the run) or close its file channels. The thread
                // is left to finish on its own, and its result is dropped.
                task.future.cancel(false);
                if (pool.getMaximumPoolSize() < threads * 4) {
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                }
                return null;
            }
        }
    }

    private static ReportResult await(Future<ReportResult> f, long nanos) throws IOException, TimeoutException {
        try {
            return f.get(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static IOException rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException(cause);
    }

    private static ReportResult await(Future<ReportResult> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }
}
