package org.igfreport.internal.rule.builtin;

import java.util.Locale;
import java.util.Set;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.text.Item;
import org.igfreport.internal.text.Items;

/**
 * In sections of kind {@code people} whose template label asks for each speaker's gender (the
 * 2018 form: "Indicate male/female/ transgender male/ transgender female/gender variant/prefer
 * not to answer"): a speaker listed without a gender indication. An indication is one of the
 * form's words (male, female, transgender, gender variant, prefer not to answer), a common
 * synonym (man, woman, non-binary) or a one-letter "M"/"F" standing alone ("Jane Doe (F), UNESCO").
 * Templates whose label does not ask for gender are not checked. A speakers answer that is prose
 * rather than a list is left to {@link SpeakerAffiliationRule}. Linear scans, no regular expressions.
 */
public final class SpeakerGenderRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("speaker-gender", Severity.WARNING);

    /** Label words that show the template asks for the speakers' gender. */
    private static final Set<String> ASKS = Set.of("gender", "female", "transgender");

    /** Words that indicate a speaker's gender. */
    private static final Set<String> INDICATIONS = Set.of("male", "female", "transgender", "man", "woman", "men",
            "women", "nonbinary", "non-binary", "variant", "prefer", "trans", "genderqueer", "agender");

    /** One-letter indications, counted only in brackets ("(F)"): "Jane M. Doe" has a middle initial. */
    private static final Set<String> LETTERS = Set.of("m", "f");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().kind() != SectionKind.PEOPLE || !asksForGender(s.def().label())) {
                continue;
            }
            for (Item item : s.items()) {
                if (!Items.isProse(item.text()) && !hasGender(item.text())) {
                    context.report(s.id(), item.block().location(), item.text(), "kind: people", "speaker-gender",
                            item.text().strip());
                }
            }
        }
    }

    /**
     * @param label a template label
     * @return whether it asks for the speakers' gender
     */
    static boolean asksForGender(String label) {
        return anyWord(label, ASKS);
    }

    /**
     * @param entry one speaker's entry
     * @return whether it indicates the speaker's gender
     */
    static boolean hasGender(String entry) {
        return anyWord(entry, INDICATIONS);
    }

    /** Whether the word from {@code start} to {@code end} stands alone in brackets. */
    private static boolean bracketed(String text, int start, int end) {
        return start > 0 && (text.charAt(start - 1) == '(' || text.charAt(start - 1) == '[')
                && end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == ']');
    }

    /** Whether any word of the text (letters and inner hyphens, lower-cased) is in the set. */
    private static boolean anyWord(String text, Set<String> words) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (words.contains(word) || (words == INDICATIONS && LETTERS.contains(word) && bracketed(text, start, i))) {
                return true;
            }
        }
        return false;
    }
}
