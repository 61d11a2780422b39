package org.igfreport.internal.output;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/** The output formats, by the id used on the command line ({@code --format}). */
public enum Format {
    /** Compiler-style lines, {@code path:line:column: severity [rule] message}. */
    TEXT("txt", TextWriter::new),
    /** The JSON document of the contract, described by {@code schemas/findings.schema.json}. */
    JSON("json", (out, o) -> new JsonWriter(out)),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF("sarif", (out, o) -> new SarifWriter(out)),
    /** JUnit XML, a test suite per report and a test case per section, for CI servers. */
    JUNIT("xml", (out, o) -> new JunitWriter(out)),
    /** GitHub Actions workflow commands, shown as annotations on pull requests. */
    GITHUB("txt", GithubWriter::new),
    /** One self-contained HTML page. */
    HTML("html", (out, o) -> new HtmlWriter(out)),
    /** A GitLab Code Quality report, shown in merge requests. */
    CODEQUALITY("json", (out, o) -> new CodeQualityWriter(out)),
    /** A Markdown summary, for {@code $GITHUB_STEP_SUMMARY} or a merge request's comment. */
    MARKDOWN("md", (out, o) -> new MarkdownWriter(out));

    private final String extension;
    private final BiFunction<OutputStream, WriterOptions, ReportWriter> factory;

    /**
     * The output formats are listed here and nowhere else: the command line's {@code --format} and
     * {@code --output FORMAT=FILE} and the Maven goal's {@code format} and {@code outputs} read them.
     */
    Format(String extension, BiFunction<OutputStream, WriterOptions, ReportWriter> factory) {
        this.extension = extension;
        this.factory = factory;
    }

    /** @return the usual extension of a file of this format, without the dot (the Maven goal's default file) */
    public String extension() {
        return extension;
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
