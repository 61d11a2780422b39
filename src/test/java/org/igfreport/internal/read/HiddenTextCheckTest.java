package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

/** Through the validator: a section whose only text is hidden is empty, and a hidden-text info says why. */
class HiddenTextCheckTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    private static void hiddenTimeIsEmptyAndSaidSo(ReportResult r) {
        assertThat(r.template()).isNotNull();
        Finding empty = r.findings().stream().filter(f -> f.rule().equals("section-empty")).findFirst().orElseThrow();
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("hidden-text")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.section()).isEqualTo(empty.section());
                    assertThat(f.message()).contains("Time").contains("hidden");
                });
    }

    @Test
    void aWordSectionOfHiddenTextIsEmptyWithAnInfo() {
        hiddenTimeIsEmptyAndSaidSo(VALIDATOR.validate(DocxReaderTest.withHiddenRun("10:10 - 11:40"), "r.docx"));
    }

    @Test
    void aPdfSectionOfInvisibleTextIsEmptyWithAnInfo() {
        hiddenTimeIsEmptyAndSaidSo(VALIDATOR.validate(PdfReaderTest.withInvisibleText(), "r.pdf"));
    }

    @Test
    void visibleReportsGetNoHiddenTextFinding() {
        ReportResult r = VALIDATOR.validate(OfficeFixtures.docx(OfficeFixtures.compliant()), "r.docx");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("hidden-text") || f.rule().equals("section-empty"));
    }
}
