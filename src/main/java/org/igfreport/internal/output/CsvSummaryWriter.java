package org.igfreport.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.igfreport.ReportResult;

/** {@code summary --format csv}: a header row of the column ids, then one row per report, CRLF line ends (RFC 4180). */
final class CsvSummaryWriter implements SummaryWriter {

    private final Writer out;

    CsvSummaryWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(Run run) throws IOException {
        row(SummaryColumns.IDS);
    }

    @Override
    public void report(ReportResult result) throws IOException {
        row(SummaryColumns.values(result).stream().map(SummaryColumns::text).toList());
        out.flush();
    }

    private void row(List<String> fields) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        for (String f : fields) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(SummaryColumns.csv(f));
        }
        out.write(sb.append("\r\n").toString());
    }

    @Override
    public void end(SummaryTotals totals) throws IOException {
        out.flush();
    }
}
