package org.igfreport.internal.cli;

import java.io.PrintStream;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.batch.BatchRunner;

/**
 * "Checked 120 of 2000 reports" on standard error, rewritten in place, only when standard error
 * is a terminal and the run has taken more than a moment. Never on a pipe or in CI logs.
 */
final class ProgressLine implements BatchRunner.Progress {

    private static final long DELAY_NANOS = 800_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean active;
    private final long start = System.nanoTime();
    private long last;
    private boolean shown;

    private ProgressLine(PrintStream err, boolean active) {
        this.err = err;
        this.active = active;
    }

    /**
     * @param err standard error
     * @param quiet whether the user asked for quiet output
     * @return a progress line that shows only on a terminal
     */
    static ProgressLine onTerminal(PrintStream err, boolean quiet) {
        return new ProgressLine(err, !quiet && err == System.err && System.console() != null);
    }

    @Override
    public void update(int done, int total) {
        if (!active || done == total) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < DELAY_NANOS || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        err.print("\r" + Texts.format("cli.progress", String.valueOf(done), String.valueOf(total)));
        err.flush();
    }

    /** Removes the line, if shown. */
    void clear() {
        if (shown) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
