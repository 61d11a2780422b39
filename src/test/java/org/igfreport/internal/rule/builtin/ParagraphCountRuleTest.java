package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.igfreport.Finding;
import org.igfreport.ReportValidator;
import org.junit.jupiter.api.Test;

class ParagraphCountRuleTest {

    private final ParagraphCountRule rule = new ParagraphCountRule();

    @Test
    void compliantReportHasNoFinding() {
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }

    @Test
    void twoDiscussionParagraphsAreTooFew() {
        Fixture f = Fixture.compliant2017().with("discussions", "The challenge of competing jurisdictions.\n\n"
                + "Roles and responsibilities of technology and software development.");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("paragraph-count");
            assertThat(x.section()).isEqualTo("discussions");
            assertThat(x.location().line()).isEqualTo(f.labelLine("discussions") + 1);
            assertThat(x.constraint()).isEqualTo("paragraph-count: 3");
            assertThat(x.message()).startsWith("The discussions section has 2 paragraphs; the template asks for 3.");
        });
    }

    @Test
    void fourWayForwardParagraphsAreTooMany() {
        assertThat(Fixture.compliant2017().with("way_forward", "A.\n\nB.\n\nC.\n\nD.").run(rule))
                .singleElement().satisfies(x -> assertThat(x.message())
                        .startsWith("The way forward section has 4 paragraphs; the template asks for 3. Merge"));
    }

    @Test
    void emptyAndMissingSectionsAreLeftToOtherRules() {
        assertThat(Fixture.compliant2017().with("discussions", "").without("way_forward").run(rule)).isEmpty();
    }

    @Test
    void aCountFromLineLengthsSaysItIsAnEstimate() {
        Fixture f = Fixture.compliant2017().with("discussions", "Participants then asked who pays for the backhaul once a grant\n"
                + "ends, and whether universal service funds could be opened to small\n"
                + "operators that serve fewer than a thousand households each.\n"
                + "Several speakers said that such funds are rarely spent, and that the\n"
                + "rules for applying favour large operators with legal teams and\n"
                + "many staff members in the capital.\n"
                + "Finally the panel discussed training: local technicians keep\n"
                + "networks running, but they need recognised certificates.");
        assertThat(f.run(rule)).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("The discussions section has about 2 paragraphs,"
                        + " counted from line lengths"));
    }

    @Test
    void blankLinesGiveACertainCount() {
        assertThat(Fixture.compliant2017().with("discussions", "One.\n\nTwo.").run(rule)).singleElement()
                .satisfies(x -> assertThat(x.message()).doesNotContain("line lengths"));
    }

    @Test
    void aCutBetweenTwoAnswersPrintedAsOneRunSaysItIsAGuess() {
        // pdftotext's default output of the matrix's s02 (centred cells): the discussions and the way
        // forward labels side by side, then both answers as one run of lines; where the discussions end
        // is not in the text, and the generator declares both counts uncertain for this rendering
        Path dir = Path.of("src/test/resources/rendering/s02-2017-defective");
        ReportValidator validator = ReportValidator.builder().build();
        assertThat(validator.validate(dir.resolve("word-centred.pdf.txt")).findings())
                .filteredOn(x -> x.rule().equals("paragraph-count"))
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.message()).contains("a guess", "where this answer and the one next to it meet")
                        .startsWith("The " + (x.section().equals("way_forward") ? "way forward" : "discussions")
                                + " section has about"));
        // the same report from LibreOffice's text export has blank lines between cells: a certain count
        assertThat(validator.validate(dir.resolve("word-top.docx.txt")).findings())
                .filteredOn(x -> x.rule().equals("paragraph-count")).extracting(Finding::message)
                .allSatisfy(m -> assertThat(m).doesNotContain("a guess"));
    }
}
