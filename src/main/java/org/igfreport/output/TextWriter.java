package org.igfreport.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.Severity;

/**
 * Writes findings as a compiler does, one line each, then a summary line:
 * <pre>
 * reports/ws42.txt:35:1: error [sentences-per-item] Key issue 1 has 2 sentences; ...
 * 3 errors, 1 warning, 0 infos in 1 report
 * </pre>
 * For paged input (PDF) the line is within the page, and the page follows the message.
 */
public final class TextWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";

    private final Writer out;
    private final WriterOptions options;

    /**
     * @param out where to write, in UTF-8
     * @param options colour and quietness
     */
    public TextWriter(OutputStream out, WriterOptions options) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.options = options;
    }

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

    private String line(String path, Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(path).append(':').append(f.location().line()).append(':').append(f.location().column())
                .append(": ").append(severity(f.severity())).append(" [").append(f.rule()).append("] ")
                .append(oneLine(f.message()));
        if (f.location().page() != null) {
            sb.append(" (page ").append(f.location().page()).append(')');
        }
        return sb.toString();
    }

    private String severity(Severity s) {
        if (!options.color()) {
            return s.id();
        }
        String colour = switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
        return colour + s.id() + RESET;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
