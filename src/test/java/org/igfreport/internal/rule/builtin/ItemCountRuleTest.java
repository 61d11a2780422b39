package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.template.Constraints;
import org.igfreport.internal.template.Range;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.junit.jupiter.api.Test;

class ItemCountRuleTest {

    private final ItemCountRule rule = new ItemCountRule();

    private static Template keyIssues(Range items) {
        return Fixture.templateOf(new TemplateSection("key_issues", "Key Issues (3 max)", List.of(), SectionKind.ITEMS,
                Requirement.REQUIRED, null, "", new Constraints(1, null, null, items, null)));
    }

    @Test
    void fourIssuesWhereThreeAreAllowed() {
        Fixture f = Fixture.of(keyIssues(new Range(null, 3))).with("key_issues", "- One.\n- Two.\n- Three.\n- Four.");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("item-count");
            assertThat(x.section()).isEqualTo("key_issues");
            assertThat(x.location().line()).isEqualTo(f.labelLine("key_issues") + 1);
            assertThat(x.constraint()).isEqualTo("item-count: at most 3");
            assertThat(x.message()).startsWith("The key issues section lists 4 issues; the template allows at most 3.");
        });
    }

    @Test
    void tooFewIssues() {
        assertThat(Fixture.of(keyIssues(new Range(2, null))).with("key_issues", "Only one.").run(rule))
                .singleElement().satisfies(x -> assertThat(x.message())
                        .startsWith("The key issues section lists 1 issue; the template asks for at least 2."));
    }

    @Test
    void withinTheRangeOrWithoutConstraintNothingIsReported() {
        assertThat(Fixture.of(keyIssues(new Range(null, 3))).with("key_issues", "- One.\n- Two.\n- Three.").run(rule))
                .isEmpty();
        assertThat(Fixture.compliant2017().with("key_issues", "A.\n\nB.\n\nC.\n\nD.\n\nE.").run(rule)).isEmpty();
    }
}
