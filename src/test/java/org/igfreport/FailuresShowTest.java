package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A component of the checker that throws is never silent: a deliberately throwing reader or
 * rule gives an {@code internal-error} finding naming it and the exception, logs the stack
 * trace, and makes the assertions of the properties and the pipeline tests fail.
 */
class FailuresShowTest {

    private static final String TAIL = " This is a bug in igf-report, not in the report: please report it to the"
            + " tool's maintainers, with the file if you may share it.";

    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }

    @Test
    void aThrowingReaderGivesAnInternalErrorNamingItsFormatAndTheException() throws IOException {
        ReportResult r = Pipeline.withThrowingReader().validate(read("examples/shapes/report.md"), "report.md");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("internal-error");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("The markdown reader failed on this file"
                    + " (IllegalStateException: a reader made to fail)." + TAIL);
        });
        assertThat(r.format()).isEqualTo("markdown");
    }

    @Test
    void aThrowingRuleGivesAnInternalErrorNamingTheRuleAndTheOtherRulesStillRun() {
        ReportResult r = Pipeline.withThrowingRule().validate(Path.of("examples/office/defective.txt"));
        ReportResult normal = ReportValidator.builder().build().validate(Path.of("examples/office/defective.txt"));
        List<Finding> internal = r.findings().stream().filter(f -> f.rule().equals("internal-error")).toList();
        assertThat(internal).singleElement().extracting(Finding::message).isEqualTo("The rule always-throws failed on"
                + " this file (IllegalStateException: a rule made to fail); its findings are missing." + TAIL);
        List<Finding> others = new ArrayList<>(r.findings());
        others.removeAll(internal);
        assertThat(others).isEqualTo(normal.findings());
    }

    @Test
    void thePropertiesAndThePipelineAssertionsFailOnAThrowingReader() throws IOException {
        byte[] md = read("examples/shapes/report.md");
        ReportValidator broken = Pipeline.withThrowingReader();
        assertThatThrownBy(() -> ReportProperties.check(broken, md, "r.md")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("internal-error");
        assertThatThrownBy(() -> Pipeline.noInternalError(broken.validate(Path.of("examples/office/defective.txt"))))
                .isInstanceOf(AssertionError.class);
        // and the same helpers pass with the real readers
        ReportProperties.check(ReportValidator.builder().build(), md, "r.md");
    }

    @Test
    void aReaderThatFailsOnAThirdOfItsInputsIsCaught() {
        ReportValidator broken = Pipeline.withSometimesThrowingReader();
        int failed = 0;
        for (int i = 0; i < 30; i++) {
            byte[] text = ("Session Title\nWorkshop " + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                ReportProperties.check(broken, text, "r.md");
            } catch (AssertionError e) {
                failed++;
            }
        }
        assertThat(failed).isBetween(1, 29);
    }

    @Test
    void thePropertiesAndThePipelineAssertionsFailOnAThrowingRule() throws IOException {
        byte[] txt = read("examples/shapes/labels-own-line.txt");
        ReportValidator broken = Pipeline.withThrowingRule();
        assertThatThrownBy(() -> ReportProperties.check(broken, txt, "r.txt")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("always-throws");
        assertThatThrownBy(() -> OfficeParityTest.same(broken.validate(txt, "r.txt"), broken.validate(txt, "r.txt")))
                .isInstanceOf(AssertionError.class);
        ReportProperties.check(ReportValidator.builder().build(), txt, "r.txt");
    }

    @Test
    void theStackTraceGoesToTheLibrarysLogger() {
        Logger logger = Logger.getLogger("org.igfreport");
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(h);
        logger.setUseParentHandlers(false);
        try {
            Pipeline.withThrowingRule().validate(Path.of("examples/office/defective.txt"));
        } finally {
            logger.removeHandler(h);
            logger.setUseParentHandlers(parents);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getMessage()).contains("rule always-throws").contains("defective.txt");
            assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class).hasMessage("a rule made to fail");
        });
    }

    @Test
    void anOrdinaryFileLogsNothing() {
        Logger logger = Logger.getLogger("org.igfreport");
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(h);
        try {
            Pipeline.noInternalError(ReportValidator.builder().build().validate(Path.of("examples/office/defective.txt")));
        } finally {
            logger.removeHandler(h);
        }
        assertThat(records).isEmpty();
    }
}
