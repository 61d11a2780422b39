package org.igfreport.internal.output;

import java.util.List;

/**
 * How a person wants the output: in colour (terminal formats only) and quietly (findings only,
 * no summary line), and where else the run writes its findings (the files of the other outputs,
 * which the {@code github} format names when it holds annotations back).
 *
 * @param color whether to colour severities with ANSI escapes
 * @param quiet whether to leave out everything but the findings
 * @param elsewhere the other outputs of the run, as the user named them (files), in order; none when unknown
 */
public record WriterOptions(boolean color, boolean quiet, List<String> elsewhere) {
    /** No colour, not quiet. */
    public static final WriterOptions PLAIN = new WriterOptions(false, false);

    /** Makes the list immutable. */
    public WriterOptions {
        elsewhere = List.copyOf(elsewhere);
    }

    /**
     * @param color whether to colour severities with ANSI escapes
     * @param quiet whether to leave out everything but the findings
     */
    public WriterOptions(boolean color, boolean quiet) {
        this(color, quiet, List.of());
    }
}
