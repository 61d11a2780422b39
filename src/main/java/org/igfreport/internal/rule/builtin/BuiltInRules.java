package org.igfreport.internal.rule.builtin;

import java.util.List;
import org.igfreport.internal.rule.RuleSet;

/**
 * The built-in rules and the catalogue of every rule id, including those whose findings come from
 * the engine and the readers ({@code template-unrecognized}, {@code schema}, {@code input-unreadable},
 * {@code internal-error}). Here rather than in {@code RuleSet}, so that the rule package does not
 * depend on the rules built on it.
 */
public final class BuiltInRules {

    private static final RuleSet BUILT_IN = RuleSet.of(
            List.of(new SectionMissingRule(), new SectionEmptyRule(), new SentencesPerItemRule(),
                    new ParagraphsPerItemRule(), new ParagraphCountRule(), new ItemCountRule(), new WordCountRule(),
                    new SpeakerAffiliationRule(), new SpeakerGenderRule(), new DateFormatRule(), new TimeFormatRule(),
                    new GenderParticipantsRule(), new GenderWomenRule(), new GenderSummaryRule()),
            List.of(TemplateUnrecognizedRule.INFO, SchemaRule.INFO, InputUnreadableRule.INFO,
                    UnusedSuppressionRule.INFO, InternalErrorRule.INFO, HiddenTextRule.INFO, BaselineStaleRule.INFO));

    private BuiltInRules() {
    }

    /** @return the built-in rules and catalogue */
    public static RuleSet ruleSet() {
        return BUILT_IN;
    }
}
