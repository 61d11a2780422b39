package org.igfreport.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.output.Format;
import org.igfreport.output.ReportWriter;
import org.igfreport.output.Run;
import org.igfreport.output.Summary;
import org.igfreport.output.WriterOptions;
import org.igfreport.rule.RuleSet;
import org.igfreport.template.Template;
import org.igfreport.template.TemplateSection;
import org.igfreport.template.Templates;

/** Writes the goal's output file with the same writers as the command line, atomically. */
final class Output {

    private Output() {
    }

    /**
     * @param formatId the format id
     * @param results the results, in order
     * @param base the folder report paths are shown relative to
     * @param failOn the lowest severity that fails, or {@code null}
     * @param version the tool's version
     * @param out the output file
     * @throws IOException when it cannot be written
     * @throws IllegalArgumentException for an unknown format
     */
    static void write(String formatId, List<ReportResult> results, Path base, Severity failOn, String version, Path out)
            throws IOException {
        Format format = Format.of(formatId).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + formatId + "'"));
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (Template t : Templates.builtIn().all()) {
            sections.put(t.id(), t.sections().stream().map(TemplateSection::id).toList());
        }
        Run run = new Run("igf-report", version, null, base, RuleSet.builtIn().infos(), sections, failOn);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".igf-report-", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                ReportWriter w = format.writer(os, WriterOptions.PLAIN);
                w.begin(run);
                Summary summary = Summary.EMPTY;
                for (ReportResult r : results) {
                    w.report(r);
                    summary = summary.plus(r);
                }
                w.end(summary);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
