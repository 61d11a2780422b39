package org.igfreport.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.igfreport.ReportResult;

/** Writes the goal's output file. TEMPORARY: replaced by the output writers when they land. */
final class Output {
    private Output() {
    }

    static void write(String format, List<ReportResult> results, Path base, Path out) throws IOException {
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, results.toString());
    }
}
