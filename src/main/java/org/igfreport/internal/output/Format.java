package org.igfreport.internal.output;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The output formats, by the id used on the command line ({@code --format}). */
public enum Format {
    /** Compiler-style lines, {@code path:line:column: severity [rule] message}. */
    TEXT("txt"),
    /** The JSON document of the contract, described by {@code schemas/findings.schema.json}. */
    JSON("json"),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF("sarif"),
    /** JUnit XML, a test suite per report and a test case per section, for CI servers. */
    JUNIT("xml"),
    /** GitHub Actions workflow commands, shown as annotations on pull requests. */
    GITHUB("txt"),
    /** One self-contained HTML page. */
    HTML("html"),
    /** A GitLab Code Quality report, shown in merge requests. */
    CODEQUALITY("json"),
    /** A Markdown summary, for {@code $GITHUB_STEP_SUMMARY} or a merge request's comment. */
    MARKDOWN("md");

    private final String extension;

    /**
     * The output formats are listed here and nowhere else: the command line's {@code --format} and
     * {@code --output FORMAT=FILE} and the Maven goal's {@code format} and {@code outputs} read them.
     */
    Format(String extension) {
        this.extension = extension;
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
        // a switch, not a constructor reference per constant: each one a call site linked (and one spun
        // at run time) when a cold JVM first uses the enum
        switch (this) {
            case TEXT: return new TextWriter(out, options);
            case JSON: return new JsonWriter(out);
            case SARIF: return new SarifWriter(out);
            case JUNIT: return new JunitWriter(out);
            case GITHUB: return new GithubWriter(out, options);
            case HTML: return new HtmlWriter(out);
            case CODEQUALITY: return new CodeQualityWriter(out);
            case MARKDOWN: return new MarkdownWriter(out);
            default: throw new IllegalStateException(name());
        }
    }

    /**
     * @param id a format id, in any case
     * @return the format with that id
     */
    public static Optional<Format> of(String id) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
