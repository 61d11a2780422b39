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
    /** The rules of the findings written so far, in the order first seen. */
    private final java.util.Set<String> rules = new java.util.LinkedHashSet<>();

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
     * @return the finding's line, without the line end, or {@code null} to leave it out
     */
    abstract String line(String path, Finding f);

    /**
     * @param rules the rules of the findings written, in the order first seen (none when there were none)
     * @return lines written before the summary line (unless quiet), without line ends; none by default
     */
    java.util.List<String> footer(java.util.Collection<String> rules) {
        return java.util.List.of();
    }

    /** @return lines written after the findings even when quiet, without line ends; none by default */
    java.util.List<String> closing() {
        return java.util.List.of();
    }

    @Override
    public void begin(Run run) {
        // nothing before the first finding
    }

    @Override
    public void report(ReportResult result) throws IOException {
        for (Finding f : result.findings()) {
            String line = line(result.path(), f);
            if (line != null) {
                out.write(line);
                out.write('\n');
            }
            rules.add(f.rule());
        }
        out.flush();
    }

    @Override
    public void end(Summary summary) throws IOException {
        for (String line : closing()) {
            out.write(line);
            out.write('\n');
        }
        if (!options.quiet()) {
            for (String line : footer(rules)) {
                out.write(line);
                out.write('\n');
            }
            out.write(summary.sentence());
            out.write('\n');
        }
        out.flush();
    }
}
