package org.igfreport.internal.output;

import java.io.IOException;
import org.igfreport.ReportResult;

/**
 * Writes {@code igf-report summary} in one format, streamed as {@link ReportWriter} is: {@link #begin}
 * once, {@link #report} once per report, {@link #end} once with the totals. It flushes but never
 * closes the stream it was given.
 */
public interface SummaryWriter {

    /**
     * Starts the output.
     *
     * @param run what the run is
     * @throws IOException when the output cannot be written
     */
    void begin(Run run) throws IOException;

    /**
     * Writes one report's row.
     *
     * @param result the report's result
     * @throws IOException when the output cannot be written
     */
    void report(ReportResult result) throws IOException;

    /**
     * Finishes the output with the totals, and flushes it.
     *
     * @param totals the totals of the run
     * @throws IOException when the output cannot be written
     */
    void end(SummaryTotals totals) throws IOException;

    /** The formats of {@code igf-report summary}. */
    enum Format {
        /** One CSV row per report, with a header row (RFC 4180, UTF-8). */
        CSV,
        /** The rows with their values' sources, then the totals. */
        JSON,
        /** One self-contained page: totals, charts, a sortable table, each report's findings. */
        HTML,
        /** The totals and a table, for a CI job summary. */
        MARKDOWN;

        /** @return the id used on the command line */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * @param id a format id, in any case
         * @return the format, or empty
         */
        public static java.util.Optional<Format> of(String id) {
            return java.util.Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
        }

        /**
         * @param out where to write, in UTF-8 (flushed, never closed)
         * @return a new writer of this format
         */
        public SummaryWriter writer(java.io.OutputStream out) {
            return switch (this) {
                case CSV -> new CsvSummaryWriter(out);
                case JSON -> new JsonSummaryWriter(out);
                case HTML -> new HtmlSummaryWriter(out);
                case MARKDOWN -> new MarkdownSummaryWriter(out);
            };
        }
    }
}
