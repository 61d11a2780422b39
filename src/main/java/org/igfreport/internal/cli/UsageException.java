package org.igfreport.internal.cli;

/**
 * The command cannot run: a path that does not exist, an unwritable output, a bad template or
 * configuration. Its message is the one line printed on standard error; the exit status is 2.
 */
final class UsageException extends org.igfreport.internal.batch.BatchException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and, where it helps, what is allowed */
    UsageException(String message) {
        super(message);
    }
}
