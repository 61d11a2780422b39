package org.igfreport.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final RuleInfo BROKEN = new RuleInfo("section-empty", Severity.ERROR, "Broken.", "Broken.");

    private static MappedReport emptyReport() {
        Template t = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();
        return new MappedReport(t, Document.ofRows("x.txt", "text", List.of()), java.util.Map.of(), 0);
    }

    @Test
    void theBuiltInSetChecksAnEmptyReportWithoutCrashing() {
        List<Finding> found = BuiltInRules.ruleSet().check(emptyReport());
        assertThat(found).isNotEmpty().allMatch(f -> f.rule().equals("section-missing"));
        assertThat(found).extracting(Finding::section).doesNotContain("presentations", "gender_summary");
    }

    @Test
    void aRuleThatThrowsGivesAnInternalErrorInPlaceOfItsFindings() {
        Rule throwing = new Rule() {
            @Override
            public RuleInfo info() {
                return BROKEN;
            }

            @Override
            public void check(MappedReport report, RuleContext context) {
                context.report(null, Location.START, "", null, "section-empty", "x", "y");
                throw new IllegalStateException("bug");
            }
        };
        RuleSet set = RuleSet.of(List.of(throwing, BuiltInRules.ruleSet().rules().get(0)));
        List<Finding> found = set.check(emptyReport());
        assertThat(found).isNotEmpty().noneMatch(f -> f.rule().equals("section-empty"));
        assertThat(found).filteredOn(f -> f.rule().equals("internal-error")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("The rule section-empty failed on this file (IllegalStateException: bug);"
                    + " its findings are missing. This is a bug in igf-report, not in the report: please report it to"
                    + " the tool's maintainers, with the file if you may share it.");
        });
        assertThat(found).filteredOn(f -> f.rule().equals("section-missing")).isNotEmpty();
    }

    @Test
    void rulesAndCatalogueAreSeparate() {
        RuleSet set = BuiltInRules.ruleSet();
        assertThat(set.rules()).extracting(r -> r.info().id())
                .doesNotContain("template-unrecognized", "schema", "input-unreadable", "unused-suppression",
                        "internal-error", "hidden-text", "baseline-stale");
        assertThat(set.info("schema")).isPresent();
        assertThat(set.info("no-such-rule")).isEmpty();
        assertThat(set.infos()).hasSize(set.rules().size() + 7);
    }
}
