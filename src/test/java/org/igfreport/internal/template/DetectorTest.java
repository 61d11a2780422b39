package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igfreport.Limits;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.Readers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Template detection: the best fit wins; a document that fits none is one finding, not a flood. */
class DetectorTest {

    private static Document read(String file) throws Exception {
        return Readers.forName(file).read(Files.readAllBytes(Path.of(file)), file, org.igfreport.internal.base.Limits.DEFAULTS);
    }

    @ParameterizedTest
    @CsvSource({
        "seeds/000_b8681fb40b29323f.txt, igf-2016-workshop",
        "seeds/001_f98a95b21a8e4a3a.txt, igf-2016-workshop",
        "seeds/002_ea2340172add3216.txt, igf-2017-workshop",
        "examples/shapes/report.md, igf-2017-workshop",
        "examples/shapes/word-table.txt, igf-2017-workshop",
    })
    void picksTheTemplateOfEachSeed(String file, String template) throws Exception {
        Detector.Detection d = Detector.detect(read(file), Templates.builtIn().all());
        assertThat(d.recognized()).isTrue();
        assertThat(d.report().template().id()).isEqualTo(template);
    }

    /**
     * The 2016 template keeps the 2015 wording as label variants: a label matched through a
     * template's own wording weighs more than one matched through a variant, so each year's
     * wording picks its own year, both ways (rendering-matrix sources, Word and its PDF).
     */
    @ParameterizedTest
    @CsvSource({
        "src/test/resources/rendering/s05-2015-compliant/report.md, igf-2015-workshop",
        "src/test/resources/rendering/s06-2015-defective/word-top.docx, igf-2015-workshop",
        "src/test/resources/rendering/s05-2015-compliant/word-centred.pdf, igf-2015-workshop",
        "src/test/resources/rendering/s03-2016-long/report.md, igf-2016-workshop",
        "src/test/resources/rendering/s04-2016-defective/word-top.docx, igf-2016-workshop",
        "src/test/resources/rendering/s03-2016-long/word-centred.pdf, igf-2016-workshop",
    })
    void theOwnWordingOfAYearPicksThatYear(String file, String template) throws Exception {
        Detector.Detection d = Detector.detect(read(file), Templates.builtIn().all());
        assertThat(d.recognized()).isTrue();
        assertThat(d.report().template().id()).isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource({"seeds/003_04693b15ff054809.txt", "seeds/004_ff7a8bc56b674c53.txt"})
    void documentsThatAreNotReportsFitNone(String file) throws Exception {
        Detector.Detection d = Detector.detect(read(file), Templates.builtIn().all());
        assertThat(d.recognized()).isFalse();
        assertThat(d.closest()).isNotNull();
        ReportResult r = ReportValidator.builder().build().validate(Path.of(file));
        assertThat(r.template()).isNull();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template-unrecognized");
            assertThat(f.section()).isNull();
            assertThat(f.message()).contains("closest template is igf-");
        });
    }

    @Test
    void aFragmentThatIsClearlyAReportIsCheckedForWhatIsLost() throws Exception {
        ReportResult r = ReportValidator.builder().build().validate(Path.of("seeds/001_f98a95b21a8e4a3a.txt"));
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("section-missing")).extracting(f -> f.section())
                .containsExactlyInAnyOrder("session_title", "date", "time", "organizer", "moderator", "rapporteur",
                        "speakers");
    }

    @Test
    void anExplicitTemplateIsUsedAsGiven() throws Exception {
        ReportResult r = ReportValidator.builder().template("igf-2017-workshop").build()
                .validate(Path.of("seeds/000_b8681fb40b29323f.txt"));
        assertThat(r.template()).isEqualTo("igf-2017-workshop");
        // the 2016 report lacks the 2017 gender questions
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("section-missing")).extracting(f -> f.section())
                .contains("gender_participants", "gender_women", "gender_extent");
    }

    @Test
    void aFewShortLabelsAreNotAReport() {
        Document d = Document.ofRows("x.txt", "text", org.igfreport.internal.read.TextReader.rows(
                "Minutes of the meeting\n\nDate: 3 May\nTime: 10:00\n\nWe discussed the budget.\n"));
        assertThat(Detector.detect(d, Templates.builtIn().all()).recognized()).isFalse();
        assertThat(List.of(Detector.THRESHOLD)).containsExactly(4.0);
    }
}
