package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Severity;
import org.junit.jupiter.api.Test;

class ParagraphsPerItemRuleTest {

    private final ParagraphsPerItemRule rule = new ParagraphsPerItemRule();

    @Test
    void compliantReportHasNoFinding() {
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }

    @Test
    void seed000PresentationsThreeAndFourShareOneParagraph() {
        Fixture f = Fixture.of("igf-2016-workshop").with("presentations",
                "Presentation 1 (Dominique Lazanski): described the new challenges faced by operators.\n\n"
                        + "Presentation 2 (Brian Bergstein): began with a consideration of access to data.\n\n"
                        + "Presentation 3 (Tatiana Tropina): broadly agreed with the points made. "
                        + "Presentation 4 (Asad Baig): framed the main question as whether there should be legal means.");
        List<Finding> found = f.run(rule);
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("paragraphs-per-item");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.section()).isEqualTo("presentations");
            assertThat(x.message()).isEqualTo("Presentations 3 and 4 share one paragraph;"
                    + " start each presentation on a paragraph of its own.");
            assertThat(x.location().line()).isEqualTo(f.labelLine("presentations") + 5);
            assertThat(x.location().column()).isGreaterThan(1);
            assertThat(x.excerpt()).startsWith("Presentation 4 (Asad Baig)");
            assertThat(x.constraint()).isEqualTo("paragraphs-per-item: 1");
        });
    }

    @Test
    void aPresentationOverTwoParagraphsIsReported() {
        Fixture f = Fixture.compliant2017().with("presentations",
                "Presentation 1 (A): one paragraph.\n\nPresentation 2 (B): first paragraph.\n\nAnd a second one.");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.message()).startsWith("Presentation 2 is 2 paragraphs; the template asks for a"
                    + " 1-paragraph summary of each presentation.");
            assertThat(x.location().line()).isEqualTo(f.labelLine("presentations") + 3);
        });
    }

    @Test
    void paragraphsWithoutMarkersAreOnePresentationEach() {
        assertThat(Fixture.compliant2017().with("presentations", "First talk.\n\nSecond talk.\n\nThird.").run(rule))
                .isEmpty();
    }
}
