package org.igfreport.internal.output;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** The output formats, by the id used on the command line ({@code --format}). */
public enum Format {
    /** Compiler-style lines, {@code path:line:column: severity [rule] message}. */
    TEXT(TextWriter::new),
    /** The JSON document of the contract, described by {@code schemas/findings.schema.json}. */
    JSON((out, o) -> new JsonWriter(out)),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF((out, o) -> new SarifWriter(out)),
    /** JUnit XML, a test suite per report and a test case per section, for CI servers. */
    JUNIT((out, o) -> new JunitWriter(out)),
    /** GitHub Actions workflow commands, shown as annotations on pull requests. */
    GITHUB(GithubWriter::new),
    /** One self-contained HTML page. */
    HTML((out, o) -> new HtmlWriter(out)),
    /** A GitLab Code Quality report, shown in merge requests. */
    CODEQUALITY((out, o) -> new CodeQualityWriter(out));

    private final BiFunction<OutputStream, WriterOptions, ReportWriter> factory;

    Format(BiFunction<OutputStream, WriterOptions, ReportWriter> factory) {
        this.factory = factory;
    }

    /** @return the id used on the command line, e.g. {@code json} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param out where to write (flushed, never closed)
     * @param options colour and quietness
     * @return a new writer of this format
     */
    public ReportWriter writer(OutputStream out, WriterOptions options) {
        return factory.apply(out, options);
    }

    /**
     * @param id a format id, in any case
     * @return the format with that id
     */
    public static Optional<Format> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }
}
