package org.igfreport.internal.cli;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.igfreport.internal.rule.InternalErrors;

/**
 * Where the library's log goes during a command: nowhere, or with {@code --debug} to standard
 * error (the stack traces of {@code internal-error} findings). The library logs through
 * {@link System.Logger}, which is {@code java.util.logging} when no other logging backend is
 * installed, as in the CLI. Without {@code --debug} the library is told to log nothing
 * ({@link InternalErrors#silent}), so that {@code java.util.logging} is not even set up: its set-up
 * (a configuration file read, streams, a thread at exit) was a tenth of a cold check's classes.
 * Restores what it changed when closed, so that in-process runs (the tests) leave no trace.
 */
final class DebugLog implements AutoCloseable {

    /** Held here: java.util.logging keeps loggers only weakly; {@code null} without --debug. */
    private final Logger logger;
    private final boolean parents;
    private final Level level;
    private final Handler handler;
    private final boolean wasSilent;

    /**
     * @param debug whether to print the log on standard error
     * @param err standard error
     */
    DebugLog(boolean debug, PrintStream err) {
        if (!debug) {
            logger = null;
            parents = false;
            level = null;
            handler = null;
            wasSilent = InternalErrors.silent(true);
            return;
        }
        wasSilent = InternalErrors.silent(false);
        logger = Logger.getLogger(InternalErrors.LOGGER);
        parents = logger.getUseParentHandlers();
        level = logger.getLevel();
        logger.setUseParentHandlers(false);
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (err) {
                    err.println("igf-report: " + r.getLevel() + ": " + getFormatter().formatMessage(r));
                    if (r.getThrown() != null) {
                        r.getThrown().printStackTrace(err);
                    }
                    err.flush();
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return formatMessage(r);
            }
        });
        logger.addHandler(handler);
        logger.setLevel(Level.ALL);
    }

    @Override
    public void close() {
        if (logger != null) {
            logger.removeHandler(handler);
            logger.setLevel(level);
            logger.setUseParentHandlers(parents);
        }
        InternalErrors.silent(wasSilent);
    }
}
