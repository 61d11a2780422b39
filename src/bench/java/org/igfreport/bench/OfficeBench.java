package org.igfreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking real Word and PDF reports: the files of {@code examples/office/}, made by LibreOffice
 * from the example reports (a 2-page PDF, the Word-table version as a 4-page PDF, and both as
 * {@code .docx}). Indicative target: at most 20 ms per 3-page report. Run from the repository
 * root, or give the folder with {@code -jvmArgsAppend -Digf.office=DIR}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class OfficeBench {

    /** Which file. */
    @Param({"compliant.pdf", "table-compliant.pdf", "compliant.docx", "table-compliant.docx"})
    public String file;

    private final ReportValidator validator = ReportValidator.builder().build();
    private byte[] bytes;

    /**
     * Reads the file.
     *
     * @throws IOException when it cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("igf.office", "examples/office"));
        Path f = dir.resolve(file);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException(f.toAbsolutePath() + " is missing: run from the repository root"
                    + " or pass -jvmArgsAppend -Digf.office=<examples/office>");
        }
        bytes = Files.readAllBytes(f);
    }

    /** @return the result */
    @Benchmark
    public ReportResult check() {
        return validator.validate(bytes, file);
    }
}
