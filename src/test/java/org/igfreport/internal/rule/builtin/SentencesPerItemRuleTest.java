package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.template.Constraints;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.TemplateSection;
import org.junit.jupiter.api.Test;

class SentencesPerItemRuleTest {

    private static final String SEED_002_KEY_ISSUES = "What do we mean by a rights-based approach tocybersecurity? "
            + "Is such an approach a pipe-dream, oran essential means to a secure and trusted internet?\n\n"
            + "The extent towhich cybersecurity initiatives are or are not, adopting a \"rights-based\" approach.\n\n"
            + "What are the obvious risks and challenges in the field of cybersecurity? How do policy and norms impact "
            + "on the humanrights and security of people? What are the 'not-so-obvious' issues at stake? Who controls "
            + "the mainstream cybersecurity narrative? Does this need to be challenged, and if so, how?";

    private final SentencesPerItemRule rule = new SentencesPerItemRule();

    @Test
    void compliantReportHasNoFinding() {
        assertThat(Fixture.compliant2017().run(rule)).isEmpty();
    }

    @Test
    void seed002KeyIssuesOneAndThreeAreTooLong() {
        Fixture f = Fixture.compliant2017().with("key_issues", SEED_002_KEY_ISSUES);
        List<Finding> found = f.run(rule);
        int first = f.labelLine("key_issues") + 1;
        assertThat(found).hasSize(2);
        Finding one = found.get(0);
        assertThat(one.rule()).isEqualTo("sentences-per-item");
        assertThat(one.severity()).isEqualTo(Severity.ERROR);
        assertThat(one.section()).isEqualTo("key_issues");
        assertThat(one.location().line()).isEqualTo(first);
        assertThat(one.constraint()).isEqualTo("sentences-per-item: 1");
        assertThat(one.excerpt()).startsWith("What do we mean by a rights-based approach");
        assertThat(one.message()).isEqualTo("Key issue 1 has 2 sentences; the template asks for 1 sentence per issue."
                + " Make it one sentence, or split it into separate issues.");
        assertThat(found.get(1).location().line()).isEqualTo(first + 4);
        assertThat(found.get(1).message()).startsWith("Key issue 3 has 5 sentences;");
    }

    @Test
    void theNounAndLimitComeFromTheTemplate() {
        TemplateSection def = new TemplateSection("talks", "Talks", List.of(), SectionKind.PRESENTATIONS,
                Requirement.REQUIRED, null, "", new Constraints(2, null, null, null, null));
        List<Finding> found = Fixture.of(Fixture.templateOf(def))
                .with("talks", "Presentation 1 (A): One. Two.\n\nPresentation 2 (B): One. Two. Three.").run(rule);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Presentation 2 has 3 sentences; the template asks for 2 sentences"
                    + " per presentation.");
            assertThat(f.constraint()).isEqualTo("sentences-per-item: 2");
        });
    }

    @Test
    void sectionsWithoutTheConstraintAreNotCounted() {
        assertThat(Fixture.compliant2017().with("discussions", "One. Two. Three.\n\nFour.\n\nFive.").run(rule))
                .isEmpty();
    }
}
