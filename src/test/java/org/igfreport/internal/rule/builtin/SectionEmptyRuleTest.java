package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Finding;
import org.junit.jupiter.api.Test;

class SectionEmptyRuleTest {

    private final SectionEmptyRule rule = new SectionEmptyRule();

    @Test
    void compliantReportHasNoFinding() {
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }

    @Test
    void emptyRequiredSectionIsReportedAtItsLabel() {
        Fixture f = Fixture.compliant2017().with("moderator", "");
        List<Finding> found = f.run(rule);
        assertThat(found).hasSize(1);
        Finding moderator = found.get(0);
        assertThat(moderator.rule()).isEqualTo("section-empty");
        assertThat(moderator.section()).isEqualTo("moderator");
        assertThat(moderator.location().line()).isEqualTo(f.labelLine("moderator"));
        assertThat(moderator.message()).contains("\"Chair/Moderator\"", "empty", "chaired or moderated");
    }

    @Test
    void blankLinesCountAsEmpty() {
        assertThat(Fixture.compliant2017().with("gender_participants", "   \n").run(rule))
                .extracting(Finding::section).containsExactly("gender_participants");
    }

    @Test
    void optionalAndConditionalSectionsMayBeEmpty() {
        // seed 002 leaves both the presentations and the gender summary empty
        assertThat(Fixture.compliant2017().with("presentations", "").with("gender_summary", "").run(rule)).isEmpty();
    }

    @Test
    void missingSectionsAreNotEmpty() {
        assertThat(Fixture.compliant2017().without("moderator").run(rule)).isEmpty();
    }
}
