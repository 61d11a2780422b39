package org.igfreport.internal.read;

import java.util.Locale;
import org.igfreport.internal.base.Limits;

/**
 * The cooperative budget of one read: the deadline ({@link Limits#maxTime()} from the start of the
 * read), the thread's interrupt flag, and counters checked against their limits. A reader calls
 * {@link #tick()} at each unit of work (a token, an operator, a row) and {@link #count} where it
 * keeps a counter; going over throws {@link BudgetExceeded}, which the reader turns into an
 * {@code input-unreadable} finding naming the limit and the option that raises it. The clock is
 * read every {@value #CLOCK_EVERY} ticks, so a tick costs an increment. Not thread-safe: one budget
 * per read.
 */
public class ReadBudget {

    /** Ticks between two looks at the clock and the interrupt flag. */
    static final int CLOCK_EVERY = 1024;

    private final Limits limits;
    private final long deadline;
    private int ticks;

    /**
     * @param limits the limits in force; the deadline is {@link Limits#maxTime()} from now
     */
    public ReadBudget(Limits limits) {
        this.limits = limits;
        long now = System.nanoTime();
        long budget = limits.maxTime().toNanos();
        this.deadline = now + Math.min(budget, Long.MAX_VALUE / 4);
    }

    /** @return the limits in force */
    public final Limits limits() {
        return limits;
    }

    /** One unit of work: looks at the clock and the interrupt flag every {@value #CLOCK_EVERY} calls. */
    public final void tick() {
        if (++ticks >= CLOCK_EVERY) {
            ticks = 0;
            checkTime();
        }
    }

    /**
     * Stops the read when the deadline has passed ({@code too-slow}) or when the thread was
     * interrupted ({@code interrupted}; the flag stays set for the caller to see).
     */
    public final void checkTime() {
        if (Thread.currentThread().isInterrupted()) {
            throw new BudgetExceeded(Unreadable.finding("interrupted"));
        }
        if (System.nanoTime() - deadline > 0) {
            throw new BudgetExceeded(Unreadable.finding("too-slow", Unreadable.duration(limits.maxTime())));
        }
    }

    /**
     * @param used how much has been used so far
     * @param limit the limit
     * @param what what is counted, in words ("form XObject drawings")
     * @param option the option that raises it, without dashes ("max-form-calls")
     */
    public final void count(long used, long limit, String what, String option) {
        if (used > limit) {
            throw over(limit, what, option);
        }
    }

    /**
     * @param limit the limit
     * @param what what is counted, in words
     * @param option the option that raises it, without dashes
     * @return the exception for going over it
     */
    public static BudgetExceeded over(long limit, String what, String option) {
        return new BudgetExceeded(Unreadable.finding("over-budget", String.format(Locale.ROOT, "%,d", limit), what, option));
    }
}
