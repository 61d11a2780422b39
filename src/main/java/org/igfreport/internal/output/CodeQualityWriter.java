package org.igfreport.internal.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.internal.base.Texts;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a GitLab Code Quality report ({@code artifacts:reports:codequality}), the subset of the
 * Code Climate format GitLab documents: a JSON array with one issue per finding, each with
 * {@code description}, {@code check_name} (the rule id), {@code fingerprint}, {@code severity}
 * ({@code info}, {@code minor} or {@code major} for info, warning and error) and
 * {@code location.path} (relative to the run's base folder) with {@code location.lines.begin}; a
 * finding in a Word table row names the row and the paragraph within its cell before the message.
 * GitLab shows one issue per fingerprint, so the fingerprint is the finding's
 * {@link Fingerprints fingerprint} (the baseline's and SARIF's) combined with its path.
 */
public final class CodeQualityWriter implements ReportWriter {

    /**
     * One issue.
     *
     * @param description the message (after the Word row and paragraph, and before the page, for paged input)
     * @param checkName the rule id, written as {@code check_name}
     * @param fingerprint unique in the report, stable across runs
     * @param severity {@code info}, {@code minor} or {@code major}
     * @param location the file and line
     */
    record Issue(String description, @JsonProperty("check_name") String checkName, String fingerprint, String severity, IssueLocation location) {
    }

    /**
     * @param path the file, relative to the repository's root
     * @param lines the first line
     */
    record IssueLocation(String path, Lines lines) {
    }

    /** @param begin the first line (1-based) */
    record Lines(int begin) {
    }

    private final JsonGenerator gen;
    private Path base;

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public CodeQualityWriter(OutputStream out) {
        this.gen = Json.generator(out);
    }

    @Override
    public void begin(Run run) {
        base = run.base();
        gen.writeStartArray();
    }

    @Override
    public void report(ReportResult result) {
        String path = path(result.path());
        List<String> fingerprints = Fingerprints.of(result.findings());
        for (int i = 0; i < fingerprints.size(); i++) {
            Finding f = result.findings().get(i);
            var l = f.location();
            String cell = TextWriter.cell(l);
            String description = (cell == null ? "" : cell + ": ") + f.message()
                    + (l.page() == null ? "" : " (" + Texts.format("output.page", String.valueOf(l.page())) + ")");
            gen.writePOJO(new Issue(description, f.rule(), Fingerprints.withPath(path, fingerprints.get(i)),
                    severity(f.severity()), new IssueLocation(path, new Lines(l.line()))));
        }
        gen.flush();
    }

    @Override
    public void end(Summary summary) {
        gen.writeEndArray();
        gen.writeRaw('\n');
        gen.close();
    }

    /**
     * @param s a severity
     * @return its Code Quality severity
     */
    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    /** A path relative to the base, with '/' separators (GitLab links it to the repository's file). */
    private String path(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute() && p.normalize().startsWith(base)) {
            p = base.relativize(p.normalize());
        }
        String s = p.toString().replace('\\', '/');
        return s.startsWith("./") ? s.substring(2) : s;
    }
}
