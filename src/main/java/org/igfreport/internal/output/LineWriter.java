package org.igfreport.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.igfreport.Finding;
import org.igfreport.ReportResult;

/**
 * A writer of one line per finding and, unless quiet, a summary line at the end: what the text
 * and GitHub formats share. Subclasses say how a finding reads.
 */
abstract class LineWriter implements ReportWriter {

    private final Writer out;
    /** Colour and quietness. */
    protected final WriterOptions options;

    /**
     * @param out where to write, in UTF-8
     * @param options colour and quietness
     */
    LineWriter(OutputStream out, WriterOptions options) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.options = options;
    }

    /**
     * @param path the report's path as shown
     * @param f a finding
     * @return the finding's line, without the line end
     */
    abstract String line(String path, Finding f);

    @Override
    public void begin(Run run) {
        // nothing before the first finding
    }

    @Override
    public void report(ReportResult result) throws IOException {
        for (Finding f : result.findings()) {
            out.write(line(result.path(), f));
            out.write('\n');
        }
        out.flush();
    }

    @Override
    public void end(Summary summary) throws IOException {
        if (!options.quiet()) {
            out.write(summary.sentence());
            out.write('\n');
        }
        out.flush();
    }
}
