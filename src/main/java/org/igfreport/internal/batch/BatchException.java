package org.igfreport.internal.batch;

/**
 * A run over many reports cannot start or finish: a path that does not exist, an unwritable
 * output, a bad configuration file. The message is one line saying what is wrong and, where it
 * helps, what is allowed (the command line prints it and exits with status 2; the Maven goal
 * fails the build with it).
 */
public class BatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong */
    public BatchException(String message) {
        super(message);
    }
}
