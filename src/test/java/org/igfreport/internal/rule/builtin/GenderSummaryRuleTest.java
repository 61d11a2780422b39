package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderSummaryRuleTest {

    private static final String SEED_002_EXTENT = "The session did not address gender equality in a major way,"
            + " however cybersecurity threats to women were discussed.";

    private final GenderSummaryRule rule = new GenderSummaryRule();

    @Test
    void compliantReportHasNoFinding() {
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }

    @Test
    void seed002EmptySummaryAfterADiscussion() {
        Fixture f = Fixture.compliant2017().with("gender_extent", SEED_002_EXTENT).with("gender_summary", "");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("gender-summary");
            assertThat(x.section()).isEqualTo("gender_summary");
            assertThat(x.location().line()).isEqualTo(f.labelLine("gender_summary"));
            assertThat(x.constraint()).isEqualTo("when: gender_extent discussed");
            assertThat(x.message()).contains("discussed gender", "empty", "women's empowerment");
        });
    }

    @Test
    void missingSummaryIsReportedAtTheExtentAnswer() {
        Fixture f = Fixture.compliant2017().with("gender_extent", "Yes, to a large extent.").without("gender_summary");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.section()).isEqualTo("gender_summary");
            assertThat(x.location().line()).isEqualTo(f.labelLine("gender_extent") + 1);
            assertThat(x.message()).contains("no summary", "If the session addressed issues related to gender");
        });
    }

    @Test
    void noSummaryIsNeededWhenGenderWasNotDiscussed() {
        assertThat(Fixture.compliant2017().with("gender_extent", "Not at all.").with("gender_summary", "").run(rule))
                .isEmpty();
        assertThat(Fixture.compliant2017().with("gender_extent", "No").without("gender_summary").run(rule)).isEmpty();
    }

    @Test
    void aMissingOrEmptyExtentAnswerIsLeftToTheSectionRules() {
        assertThat(Fixture.compliant2017().with("gender_extent", "").with("gender_summary", "").run(rule)).isEmpty();
        assertThat(Fixture.compliant2017().without("gender_extent").without("gender_summary").run(rule)).isEmpty();
    }

    @Test
    void templatesWithoutAGenderPartAreNotChecked() {
        assertThat(Fixture.of("igf-2016-workshop").with("discussions", "A.").run(rule)).isEmpty();
    }
}
