package org.igfreport.internal.output;

/**
 * How a person wants the output: in colour (terminal formats only) and quietly (findings only,
 * no summary line).
 *
 * @param color whether to colour severities with ANSI escapes
 * @param quiet whether to leave out everything but the findings
 */
public record WriterOptions(boolean color, boolean quiet) {
    /** No colour, not quiet. */
    public static final WriterOptions PLAIN = new WriterOptions(false, false);
}
