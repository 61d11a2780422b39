package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.igfreport.Pipeline;
import org.igfreport.ReportValidator;
import org.junit.jupiter.api.Test;

/**
 * The assertions of the reader properties fail when a reader or a rule throws: the same helpers
 * the properties run, on validators with a deliberately broken component.
 */
class ReaderFailuresShowTest {

    private static byte[] read(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }

    @Test
    void theFuzzPropertiesFailOnAThrowingReaderOrRule() throws IOException {
        byte[] md = read("examples/shapes/report.md");
        assertThatThrownBy(() -> ReaderFuzzProperties.check(Pipeline.withThrowingReader(), md, "m.md"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("internal-error");
        assertThatThrownBy(() -> ReaderFuzzProperties.check(Pipeline.withThrowingRule(), md, "m.md"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("always-throws");
        ReaderFuzzProperties.check(ReportValidator.builder().build(), md, "m.md");
    }

    @Test
    void theStructuredPropertiesFailOnAThrowingReaderOrRule() throws IOException {
        byte[] yaml = read("examples/reports/compliant.yaml");
        assertThatThrownBy(() -> StructuredReaderProperties.check(Pipeline.withThrowingReader(), yaml, "r.yaml"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("internal-error");
        assertThatThrownBy(() -> StructuredReaderProperties.check(Pipeline.withThrowingRule(), yaml, "r.yaml"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("always-throws");
        StructuredReaderProperties.check(ReportValidator.builder().build(), yaml, "r.yaml");
    }

    @Test
    void theOfficePropertiesFailOnAThrowingReaderOrRule() {
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.compliant());
        assertThatThrownBy(() -> OfficeReaderProperties.check(Pipeline.withThrowingReader(), docx, "r.docx"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("internal-error");
        assertThatThrownBy(() -> OfficeReaderProperties.check(Pipeline.withThrowingRule(), docx, "r.docx"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("always-throws");
        OfficeReaderProperties.check(ReportValidator.builder().build(), docx, "r.docx");
    }
}
