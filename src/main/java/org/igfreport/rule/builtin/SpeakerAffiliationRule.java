package org.igfreport.rule.builtin;

import java.util.List;
import java.util.Locale;
import org.igfreport.Severity;
import org.igfreport.rule.Rule;
import org.igfreport.rule.RuleContext;
import org.igfreport.rule.RuleInfo;
import org.igfreport.template.MappedReport;
import org.igfreport.template.Section;
import org.igfreport.template.SectionKind;
import org.igfreport.text.Item;

/**
 * In sections of kind {@code people}: a person listed without an institutional affiliation.
 * An affiliation is a bracketed group with letters ("Jane Doe (UNESCO)"), text after a separator
 * (", ", " - ", " – ", " — ", ": ", " / "), or a linking word (" of ", " from ", " at ",
 * " representing "). A bare name is a finding, and so is a role before a name ("Moderator: Jane
 * Doe").
 */
public final class SpeakerAffiliationRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = new RuleInfo("speaker-affiliation", Severity.WARNING,
            "A speaker is listed without an institutional affiliation.",
            "The template asks for each speaker's institutional affiliation; it shows which stakeholder"
                    + " groups took part in the session.");

    private static final List<String> SEPARATORS = List.of(", ", " - ", " – ", " — ", ": ", " / ", " | ");
    private static final List<String> ROLES = List.of("moderator", "chair", "co-chair", "speaker", "panelist",
            "panellist", "rapporteur", "discussant", "presenter", "keynote", "remote moderator", "online moderator");
    private static final List<String> LINKS = List.of(" of ", " from ", " at ", " representing ", " for ");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(MappedReport report, RuleContext context) {
        for (Section s : report.sections().values()) {
            if (s.def().kind() != SectionKind.PEOPLE) {
                continue;
            }
            for (Item item : s.items()) {
                if (!hasAffiliation(item.text())) {
                    context.report(s.id(), item.block().location(), item.text(), "kind: people",
                            "speaker-affiliation", item.text().strip());
                }
            }
        }
    }

    /**
     * @param entry one person's entry
     * @return whether it names an affiliation besides the name
     */
    static boolean hasAffiliation(String entry) {
        String t = withoutRole(entry.strip());
        int open = indexOfAny(t, '(', '[');
        if (open >= 0 && hasLetter(t.substring(open + 1))) {
            return true;
        }
        for (String sep : SEPARATORS) {
            int at = t.indexOf(sep);
            if (at > 0 && hasLetter(t.substring(at + sep.length()))) {
                return true;
            }
        }
        String lower = " " + t.toLowerCase(Locale.ROOT) + " ";
        for (String link : LINKS) {
            int at = lower.indexOf(link);
            if (at > 1 && hasLetter(lower.substring(at + link.length()))) {
                return true;
            }
        }
        return false;
    }

    /** "Moderator: Jane Doe" is Jane Doe: a role before a colon is not an affiliation. */
    private static String withoutRole(String t) {
        int colon = t.indexOf(": ");
        if (colon > 0) {
            String role = t.substring(0, colon).toLowerCase(Locale.ROOT);
            if (ROLES.stream().anyMatch(role::startsWith)) {
                return t.substring(colon + 2).strip();
            }
        }
        return t;
    }

    private static int indexOfAny(String t, char a, char b) {
        int i = t.indexOf(a);
        int j = t.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static boolean hasLetter(String t) {
        return t.chars().anyMatch(Character::isLetter);
    }
}
