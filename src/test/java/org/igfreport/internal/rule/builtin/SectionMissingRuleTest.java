package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;
import org.junit.jupiter.api.Test;

class SectionMissingRuleTest {

    private final SectionMissingRule rule = new SectionMissingRule();

    @Test
    void compliantReportHasNoFinding() {
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }

    @Test
    void missingRequiredSectionIsAnErrorWhereItBelongsNamingTheLabel() {
        List<Finding> found = Fixture.compliant2017().without("date").without("speakers").run(rule);
        assertThat(found).extracting(Finding::section).containsExactly("date", "speakers");
        Finding date = found.get(0);
        assertThat(date.rule()).isEqualTo("section-missing");
        assertThat(date.severity()).isEqualTo(Severity.ERROR);
        // where the date belongs: at the label of the next section present, the time
        assertThat(date.location()).isEqualTo(new Location(4, 1, 4, 1, null, null));
        assertThat(date.message()).contains("\"Date\"", "missing", "The date the session took place.");
        assertThat(found.get(1).message()).contains("List of Speakers and their institutional affiliations");
    }

    @Test
    void optionalAndConditionalSectionsAreNeverMissing() {
        assertThat(Fixture.compliant2017().without("presentations").without("gender_summary").run(rule)).isEmpty();
    }

    @Test
    void seed001ShapeReportsEverySectionBeforeTheKeyIssues() {
        Fixture f = Fixture.of("igf-2016-workshop")
                .with("key_issues", "Encryption: is strong encryption an obstacle to law enforcement?")
                .with("discussions", "One.\n\nTwo.")
                .with("way_forward", "One.\n\nTwo.\n\nThree.");
        assertThat(f.run(rule)).extracting(Finding::section).containsExactly(
                "session_title", "date", "time", "organizer", "moderator", "rapporteur", "speakers");
    }
}
