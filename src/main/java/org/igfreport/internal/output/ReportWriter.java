package org.igfreport.internal.output;

import java.io.IOException;
import org.igfreport.ReportResult;

/**
 * Writes the results of a run in one output format. A writer is streamed: {@link #begin} once,
 * {@link #report} once per report as soon as it is checked, {@link #end} once; it keeps no more
 * of a report than its format needs, so a folder of 10,000 reports fits in memory. A writer
 * knows nothing of the engine: it sees only {@link Run}, {@link ReportResult} and
 * {@link Summary}. It flushes but never closes the stream it was given.
 */
public interface ReportWriter {

    /**
     * Starts the output.
     *
     * @param run what the run is
     * @throws IOException when the output cannot be written
     */
    void begin(Run run) throws IOException;

    /**
     * Writes one report.
     *
     * @param result the report's result
     * @throws IOException when the output cannot be written
     */
    void report(ReportResult result) throws IOException;

    /**
     * Finishes the output and flushes it.
     *
     * @param summary the totals of the run
     * @throws IOException when the output cannot be written
     */
    void end(Summary summary) throws IOException;
}
