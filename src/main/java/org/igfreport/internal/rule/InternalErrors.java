package org.igfreport.internal.rule;

import org.igfreport.internal.base.Texts;

import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;

/**
 * The {@code internal-error} finding: a component of the checker (a reader, the mapper, a rule)
 * threw on a file. That is a bug in the checker, never the rapporteur's fault, so the finding
 * names the component and the exception, and the stack trace goes to the library's logger
 * ({@link System.Logger} {@value #LOGGER}, level {@code ERROR}); the CLI prints it under
 * {@code --debug}. Nothing a component throws is silently dropped.
 */
public final class InternalErrors {

    /** The rule id. */
    public static final String RULE = "internal-error";

    /** The name of the library's logger. */
    public static final String LOGGER = "org.igfreport";

    /**
     * Set while a host shows the log only on request (the command line without {@code --debug}):
     * then nothing is logged, and no logging framework is set up in a check that needs none.
     */
    private static volatile boolean silent;

    /** The longest exception message a finding quotes. */
    private static final int MAX_DETAIL = 200;

    private InternalErrors() {
    }

    /**
     * @param on whether to log nothing from now on
     * @return whether logging was off before (to restore it)
     */
    public static boolean silent(boolean on) {
        boolean was = silent;
        silent = on;
        return was;
    }

    /** The logger, made on the first record (System.getLogger sets up a logging framework). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(LOGGER);
    }

    /**
     * @param format the reader's format id ({@code markdown}, {@code pdf}, ...)
     * @param file the file's name
     * @param e what the reader threw
     * @return the finding (the stack trace is logged)
     */
    public static Finding reader(String format, String file, Throwable e) {
        return finding(file, "reader " + format, e, "internal-error.reader", format, describe(e));
    }

    /**
     * @param file the file's name
     * @param e what the mapper (template detection, sections) threw
     * @return the finding (the stack trace is logged)
     */
    public static Finding mapper(String file, Throwable e) {
        return finding(file, "mapper", e, "internal-error.mapper", describe(e));
    }

    /**
     * @param ruleId the id of the rule that threw
     * @param file the file's name
     * @param e what the rule threw
     * @return the finding (the stack trace is logged)
     */
    public static Finding rule(String ruleId, String file, Throwable e) {
        return finding(file, "rule " + ruleId, e, "internal-error.rule", ruleId, describe(e));
    }

    /**
     * For a failure no single component can be blamed for (the checker as a whole threw).
     *
     * @param file the file's name
     * @param e what was thrown
     * @return the finding (the stack trace is logged)
     */
    public static Finding checker(String file, Throwable e) {
        return finding(file, "checker", e, "internal-error.checker", describe(e));
    }

    private static Finding finding(String file, String component, Throwable e, String key, Object... args) {
        if (!silent) {
            Log.LOG.log(System.Logger.Level.ERROR, () -> Texts.format("log.internal-error", component, file), e);
        }
        return Finding.of(RULE, Severity.ERROR, null, Location.START, "", null, key, args);
    }

    /**
     * @param e an exception
     * @return its simple class name and message, on one line, the message shortened
     */
    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        StringBuilder sb = new StringBuilder(Math.min(m.length(), MAX_DETAIL + 3));
        for (int i = 0; i < m.length() && sb.length() < MAX_DETAIL; i++) {
            char c = m.charAt(i);
            sb.append(Character.isWhitespace(c) ? ' ' : c);
        }
        String detail = sb.toString().strip();
        return e.getClass().getSimpleName() + ": " + (m.length() > MAX_DETAIL ? detail + "..." : detail);
    }
}
