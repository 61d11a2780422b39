package org.igfreport.internal.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.igfreport.ReportResult;

/**
 * Checks many reports on several threads and hands the results on in the order of the files, as
 * soon as each is ready. At most a few results per thread are held at once, so a folder of
 * 10,000 reports runs in bounded memory; the output is the same whatever the number of threads.
 *
 * <p>With a time budget, each file has its own: a check still running a grace period after its
 * budget (the validator stops itself at the budget where it can) is given up. Its result is the
 * caller's "not checked" result, and the run goes on. The thread left in that check cannot be
 * stopped from outside (an interrupt can break a library's class initialisation for the rest of
 * the JVM), so it is counted as stuck and ends when the check returns; a new thread takes its
 * place only while fewer than {@link #DEFAULT_MAX_STUCK} threads (JVM-wide) are stuck. When no
 * thread is left, the remaining files are reported as not checked at once instead of waiting for
 * ever; a stuck thread whose check returns takes up work again. So a run always ends: at the
 * latest after (files / threads) x (budget + grace).
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

        /** Hears nothing. (A class, not a lambda: a check of standard input defined the lambda anew, not from the archive.) */
        Progress NONE = new Progress() {
            @Override
            public void update(int done, int total) {
            }
        };
    }

    /** Why a file was not checked. */
    public enum Skipped {
        /** Its check ran past the time budget and the grace period, and was given up. */
        TIME_LIMIT,
        /** Every thread was stuck in a file that could not be stopped, and no new one may start. */
        NO_THREAD_LEFT
    }

    /** Makes the result of a file that was not checked. */
    @FunctionalInterface
    public interface NotChecked {
        /**
         * @param file the file
         * @param why why it was not checked
         * @return its result (an {@code input-unreadable} finding saying so)
         */
        ReportResult result(Path file, Skipped why);
    }

    /** The most threads, JVM-wide, left in checks that could not be stopped before no new thread is started. */
    public static final int DEFAULT_MAX_STUCK = 16;

    /** Threads of every run in this JVM still in a check that was given up. */
    private static final AtomicInteger STUCK = new AtomicInteger();

    private final int threads;
    private final Duration timeout;
    private final Duration grace;
    private final int maxStuck;

    /** @param threads the threads to check on (1 checks on the calling thread) */
    public BatchRunner(int threads) {
        this(threads, null);
    }

    /**
     * @param threads the threads to check on
     * @param timeout the time budget of one report, or {@code null} for no limit
     */
    public BatchRunner(int threads, Duration timeout) {
        this(threads, timeout, timeout == null ? Duration.ZERO : defaultGrace(timeout), DEFAULT_MAX_STUCK);
    }

    /**
     * @param threads the threads to check on
     * @param timeout the time budget of one report, or {@code null} for no limit
     * @param grace how long after its budget a check is still waited for (the validator's own
     *     deadline stops most checks at the budget, with a finding of its own)
     * @param maxStuck the most threads, JVM-wide, left in given-up checks before no new thread is started
     */
    public BatchRunner(int threads, Duration timeout, Duration grace, int maxStuck) {
        this.threads = Math.max(1, threads);
        this.timeout = timeout;
        this.grace = grace;
        this.maxStuck = Math.max(0, maxStuck);
    }

    /**
     * @param timeout a time budget
     * @return the grace period after it: a tenth of it, at least 1 s and at most 10 s
     */
    static Duration defaultGrace(Duration timeout) {
        // a tenth without Duration.dividedBy, which divides a BigDecimal (three classes to load and
        // initialise on a cold check's way); the same value, rounded down to the nanosecond
        long seconds = timeout.getSeconds();
        Duration tenth = Duration.ofSeconds(seconds / 10, ((seconds % 10) * 1_000_000_000L + timeout.getNano()) / 10);
        Duration min = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(10);
        return tenth.compareTo(min) < 0 ? min : tenth.compareTo(max) > 0 ? max : tenth;
    }

    /** @return the threads, JVM-wide, still in checks that were given up */
    public static int stuckThreads() {
        return STUCK.get();
    }

    /**
     * Checks without a time budget.
     *
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
     * @param notChecked the result for a report that was not checked (or {@code null} to wait
     *     for every report however long it takes)
     * @param sink receives each result in file order
     * @param progress hears how far the run is
     * @throws IOException when the sink fails
     */
    public void run(List<Path> files, Function<Path, ReportResult> check, NotChecked notChecked,
            Sink sink, Progress progress) throws IOException {
        try (Started started = start(files, check, notChecked)) {
            started.drain(sink, progress);
        }
    }

    /**
     * Starts checking, for the results to be taken later with {@link Started#drain}: the checks run
     * while the caller sets up what receives them (a cold command line builds its rule catalogue and
     * its output while the first report is read). Without a time budget on one thread, nothing starts
     * before {@code drain}, which checks on the calling thread.
     *
     * @param files the reports, in the order their results are wanted
     * @param check checks one report (must not throw)
     * @param notChecked the result for a report that was not checked (or {@code null} to wait
     *     for every report however long it takes)
     * @return the started run; close it (after {@code drain}, or instead of it, which gives up its checks)
     */
    public Started start(List<Path> files, Function<Path, ReportResult> check, NotChecked notChecked) {
        int total = files.size();
        boolean timed = timeout != null && notChecked != null;
        if (!timed && (threads == 1 || total <= 1)) {
            return new Started(files, check, null, null, false, 0);
        }
        long limitNanos = timed ? timeout.plus(grace).toNanos() : Long.MAX_VALUE;
        if (total == 1) {
            // one report (a cold check of one file, or standard input): one plain thread and a monitor; the
            // run's lock and conditions would load and initialise the fork-join pool (a condition waits as
            // a ForkJoinPool.ManagedBlocker) just to wait for one result
            Started one = new Started(files, check, notChecked, null, true, limitNanos);
            Thread th = new Thread(one, "igf-report-check");
            th.setDaemon(true);
            th.start();
            return one;
        }
        Run run = new Run(files, check, limitNanos);
        run.start();
        return new Started(files, check, notChecked, run, false, 0);
    }

    /**
     * A run from {@link #start}: its results are taken in file order by {@link #drain}. The run of a
     * single report with a time budget is its own thread's work (a class of its own would be one
     * more the archive of a cold start, trained on folders, does not hold).
     */
    public final class Started implements AutoCloseable, Runnable {
        private final List<Path> files;
        private final Function<Path, ReportResult> check;
        private final NotChecked notChecked;
        private final Run run;
        /** Whether this is the run of one report on a thread of its own, with a time limit. */
        private final boolean single;
        /** The single report's time limit with grace. */
        private final long limitNanos;
        // the single report's check, guarded by this
        private int state = NEW;
        private long started;
        private ReportResult result;
        private Throwable failure;

        private Started(List<Path> files, Function<Path, ReportResult> check, NotChecked notChecked, Run run,
                boolean single, long limitNanos) {
            this.files = files;
            this.check = check;
            this.notChecked = notChecked;
            this.run = run;
            this.single = single;
            this.limitNanos = limitNanos;
        }

        /**
         * Hands on each result in file order, as soon as it is ready; call once.
         *
         * @param sink receives each result in file order
         * @param progress hears how far the run is
         * @throws IOException when the sink fails
         */
        public void drain(Sink sink, Progress progress) throws IOException {
            if (single) {
                sink.accept(take());
                progress.update(1, 1);
            } else if (run != null) {
                run.drain(notChecked, sink, progress);
            } else {
                int total = files.size();
                for (int i = 0; i < total; i++) {
                    sink.accept(check.apply(files.get(i)));
                    progress.update(i + 1, total);
                }
            }
        }

        /**
         * Ends the run: its threads take no further report. A check still running when the run ends
         * before its result was taken is given up (its thread, counted as stuck, ends when the check returns).
         */
        @Override
        public void close() {
            if (single) {
                synchronized (this) {
                    if (state == NEW) {
                        state = SKIPPED;
                    } else if (state == RUNNING) {
                        state = GIVEN_UP;
                        STUCK.incrementAndGet();
                    }
                }
            } else if (run != null) {
                run.stop();
            }
        }

        /** The thread of a run of one report: checks it. Not for callers. */
        @Override
        public void run() {
            if (!single) {
                throw new IllegalStateException(); // not the run of one report
            }
            synchronized (this) {
                if (state != NEW) {
                    return; // closed before it started
                }
                state = RUNNING;
                started = System.nanoTime();
                notifyAll(); // the caller now waits with a deadline
            }
            ReportResult r = null;
            Throwable fail = null;
            try {
                r = check.apply(files.get(0));
            } catch (RuntimeException | Error e) {
                fail = e;
            }
            synchronized (this) {
                if (state == RUNNING) {
                    state = DONE;
                    result = r;
                    failure = fail;
                    notifyAll();
                } else {
                    STUCK.decrementAndGet(); // given up while it ran: no longer stuck
                }
            }
        }

        /** Waits for the single report's result, as a run waits for a file's: given up after its limit. */
        private synchronized ReportResult take() throws IOException {
            try {
                while (true) {
                    if (state == DONE) {
                        if (failure != null) {
                            throw rethrow(failure);
                        }
                        return result;
                    }
                    if (state == NEW) {
                        wait();
                        continue;
                    }
                    long left = started + limitNanos - System.nanoTime();
                    if (left <= 0) {
                        state = GIVEN_UP;
                        STUCK.incrementAndGet();
                        return notChecked.result(files.get(0), Skipped.TIME_LIMIT);
                    }
                    // at least 1 ms, as a run waits; rounded up, so that the deadline has passed on waking
                    wait(Math.max(1, (left + 999_999) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int GIVEN_UP = 3;
    private static final int SKIPPED = 4;

    /** One file's check. Guarded by its run's lock. */
    private static final class Task {
        final Path file;
        int state = NEW;
        long started;
        ReportResult result;
        Throwable failure;

        Task(Path file) {
            this.file = file;
        }
    }

    /** The state of one run: its tasks, its threads, one lock. */
    private final class Run {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final Task[] tasks;
        private final Function<Path, ReportResult> check;
        private final long limitNanos;
        private final int window;
        private int next;        // the next task a thread takes
        private int emitted;     // results handed on
        private int live;        // threads of this run not stuck
        private boolean stopped;
        // Whom a thread finishing or starting a check must wake: waking the run's thread for every
        // check (a futex call each, slow in a virtual machine) cost a tenth of a batch of small files.
        private int awaited = -1;        // the task the run's thread waits for, or -1
        private boolean untimed;         // whether it waits with no deadline (no check of the window running)

        Run(List<Path> files, Function<Path, ReportResult> check, long limitNanos) {
            this.tasks = new Task[files.size()];
            for (int i = 0; i < tasks.length; i++) {
                tasks[i] = new Task(files.get(i));
            }
            this.check = check;
            this.limitNanos = limitNanos;
            this.window = threads * 4;
        }

        void start() {
            lock.lock();
            try {
                for (int i = 0; i < Math.min(threads, tasks.length); i++) {
                    startThread();
                }
            } finally {
                lock.unlock();
            }
        }

        void drain(NotChecked notChecked, Sink sink, Progress progress) throws IOException {
            int total = tasks.length;
            try {
                for (int i = 0; i < total; i++) {
                    ReportResult r = take(i, notChecked);
                    sink.accept(r);
                    progress.update(i + 1, total);
                }
            } finally {
                stop();
            }
        }

        void stop() {
            lock.lock();
            try {
                stopped = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Waits for task i's result (or gives it up); opens the window by one. */
        private ReportResult take(int i, NotChecked notChecked) throws IOException {
            lock.lock();
            try {
                Task t = tasks[i];
                while (true) {
                    long now = System.nanoTime();
                    long wake = giveUpOverdue(i, now);
                    if (t.state == DONE) {
                        if (t.failure != null) {
                            throw rethrow(t.failure);
                        }
                        return t.result;
                    }
                    if (t.state == GIVEN_UP) {
                        return notChecked.result(t.file, Skipped.TIME_LIMIT);
                    }
                    if (t.state == NEW && live == 0) {
                        if (limitNanos != Long.MAX_VALUE && !mayStart()) {
                            t.state = SKIPPED;
                            return notChecked.result(t.file, Skipped.NO_THREAD_LEFT);
                        }
                        startThread();
                    }
                    awaited = i;
                    untimed = wake == Long.MAX_VALUE;
                    try {
                        if (untimed) {
                            changed.await();
                        } else {
                            changed.awaitNanos(Math.max(wake - now, 1_000_000L));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted");
                    }
                }
            } finally {
                awaited = -1;
                untimed = false;
                tasks[i] = null;
                emitted = i + 1;
                changed.signalAll();
                lock.unlock();
            }
        }

        /**
         * Gives up the running checks of the window that are past their time; starts a thread
         * in place of each while allowed.
         *
         * @return when the next running check will be overdue, or {@code Long.MAX_VALUE}
         */
        private long giveUpOverdue(int from, long now) {
            long wake = Long.MAX_VALUE;
            if (limitNanos == Long.MAX_VALUE) {
                return wake;
            }
            for (int k = from; k < Math.min(tasks.length, from + window); k++) {
                Task t = tasks[k];
                if (t == null || t.state != RUNNING) {
                    continue;
                }
                long due = t.started + limitNanos;
                if (now - due >= 0) {
                    t.state = GIVEN_UP;
                    live--;
                    STUCK.incrementAndGet();
                    if (mayStart()) {
                        startThread();
                    }
                } else {
                    wake = Math.min(wake, due);
                }
            }
            return wake;
        }

        private boolean mayStart() {
            return live < threads && STUCK.get() < maxStuck;
        }

        private void startThread() {
            live++;
            // a Runnable of its own rather than this::work, a call site linked in the interpreter at start-up
            Thread th = new Thread(new Runnable() {
                @Override
                public void run() {
                    work();
                }
            }, "igf-report-check");
            th.setDaemon(true);
            th.start();
        }

        /** A thread's loop: take the next task in the window, check it, hand the result back. */
        private void work() {
            while (true) {
                Task t;
                int index;
                lock.lock();
                try {
                    while (true) {
                        if (stopped || next >= tasks.length) {
                            live--;
                            changed.signalAll();
                            return;
                        }
                        if (next < emitted + window) {
                            index = next++;
                            t = tasks[index];
                            if (t != null && t.state == NEW) {
                                t.state = RUNNING;
                                t.started = System.nanoTime();
                                if (untimed) {
                                    changed.signalAll(); // the run now waits for its deadline too
                                }
                                break;
                            }
                            continue;
                        }
                        changed.awaitUninterruptibly();
                    }
                } finally {
                    lock.unlock();
                }
                ReportResult r = null;
                Throwable failure = null;
                try {
                    r = check.apply(t.file);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                lock.lock();
                try {
                    if (t.state == RUNNING) {
                        t.state = DONE;
                        t.result = r;
                        t.failure = failure;
                        if (index == awaited) {
                            changed.signalAll();
                        }
                    } else {
                        // given up while it ran: this thread is no longer stuck, and works on if needed
                        STUCK.decrementAndGet();
                        if (stopped || live >= threads) {
                            return;
                        }
                        live++;
                        changed.signalAll();
                    }
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
