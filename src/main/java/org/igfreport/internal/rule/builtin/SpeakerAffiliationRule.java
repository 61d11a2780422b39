package org.igfreport.internal.rule.builtin;

import java.util.ArrayList;
import java.util.List;
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
 * In sections of kind {@code people}: a person listed without an institutional affiliation.
 * An affiliation is a bracketed group with letters ("Jane Doe (UNESCO)"), text after a separator
 * (", ", " - ", " – ", " — ", ": ", " / "), or a linking word (" of ", " from ", " at ",
 * " representing "). A bare name is a finding, and so is a role before a name ("Moderator: Jane
 * Doe"). A speakers cell that is prose (a paragraph about the session that names people and
 * organisations, as in real 2016 reports) is not a list of speakers: in it, each name (two to
 * four capitalised words that are not an organisation's or a place's) with none of "Name
 * (Organisation)", "Name, Organisation", "Organisation (Name)" or "Name of/from Organisation"
 * around it is a finding. Linear scans, no regular expressions.
 */
public final class SpeakerAffiliationRule implements Rule {

    /** The catalogue entry. */
    public static final RuleInfo INFO = RuleInfo.of("speaker-affiliation", Severity.WARNING);

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
                if (Items.isProse(item.text())) {
                    for (String name : unaffiliatedNames(item.text())) {
                        context.report(s.id(), item.block().location(), name, "kind: people", "speaker-affiliation", name);
                    }
                } else if (!hasAffiliation(item.text())) {
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
            for (String r : ROLES) {
                if (role.startsWith(r)) {
                    return t.substring(colon + 2).strip();
                }
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
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a run of capitalised words an organisation, a place, a date or a heading, not a person. */
    private static final Set<String> NOT_NAMES = Set.of("society", "foundation", "university", "institute", "ministry",
            "forum", "council", "association", "commission", "network", "networks", "internet", "governance", "centre",
            "center", "committee", "agency", "authority", "group", "union", "bank", "organization", "organisation",
            "office", "department", "coalition", "alliance", "government", "initiative", "programme", "program",
            "project", "fund", "nations", "united", "global", "international", "national", "digital", "media", "rights",
            "policy", "law", "school", "college", "secretariat", "summit", "workshop", "session", "panel", "day",
            "africa", "asia", "europe", "america", "latin", "south", "north", "east", "west", "republic", "kingdom",
            "states", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "igf", "the", "this", "that", "these", "a", "an", "in", "on", "at", "for", "during", "after", "before",
            "speakers", "participants", "moderator", "chair", "rapporteur", "inc", "ltd", "corporation", "company",
            "lab", "labs", "research", "trust", "partnership", "platform", "federation", "chamber",
            "parliament", "court", "city", "county", "province", "region", "affairs", "technology", "technologies",
            "communications", "telecommunications", "information", "security", "data", "privacy", "youth", "women");
    private static final Set<String> LINK_WORDS = Set.of("of", "from", "at", "representing", "for", "with");

    /**
     * The names in a prose speakers cell that have no affiliation beside them: runs of two to four
     * capitalised words (each with a lower-case letter, so no acronyms) that are not an
     * organisation, a place or a date, and that are neither followed by "(", ", Organisation" or
     * "of/from/at Organisation" nor inside brackets ("Organisation (Name)").
     *
     * @param text the prose
     * @return the names without affiliation, in order
     */
    static List<String> unaffiliatedNames(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        List<String> out = new ArrayList<>();
        int w = 0;
        while (w < words.size()) {
            if (!isNameWord(words.get(w))) {
                w++;
                continue;
            }
            int end = w; // the run is words[w..end]
            boolean bracketed = words.get(w).charAt(0) == '(';
            boolean bad = NOT_NAMES.contains(core(words.get(w)));
            while (!endsRun(words.get(end)) && end + 1 < words.size() && isNameWord(words.get(end + 1))
                    && words.get(end + 1).charAt(0) != '(') {
                end++;
                bad |= NOT_NAMES.contains(core(words.get(end)));
            }
            int length = end - w + 1;
            if (!bad && length >= 2 && length <= 4 && !bracketed && !affiliated(words, end)) {
                StringBuilder name = new StringBuilder();
                for (int k = w; k <= end; k++) {
                    if (k > w) {
                        name.append(' ');
                    }
                    name.append(bare(words.get(k)));
                }
                out.add(name.toString());
            }
            w = end + 1;
        }
        return out;
    }

    /** A capitalised word with a lower-case letter after its first: "Jane", "McKay", "(Jane". */
    private static boolean isNameWord(String word) {
        int i = word.charAt(0) == '(' ? 1 : 0;
        if (i >= word.length() || !Character.isUpperCase(word.charAt(i))) {
            return false;
        }
        for (int k = i + 1; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word that ends with punctuation ends a run of name words. */
    private static boolean endsRun(String word) {
        char c = word.charAt(word.length() - 1);
        return !Character.isLetter(c);
    }

    /** The word in lower case without brackets and punctuation around it. */
    private static String core(String word) {
        return bare(word).toLowerCase(Locale.ROOT);
    }

    /** The word without brackets and punctuation around it. */
    private static String bare(String word) {
        int b = 0;
        int e = word.length();
        while (b < e && !Character.isLetter(word.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetter(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(b, e);
    }

    /** Whether the run ending at word {@code end} is followed by an affiliation. */
    private static boolean affiliated(List<String> words, int end) {
        String last = words.get(end);
        char c = last.charAt(last.length() - 1);
        if (c == ')') {
            return true; // "Organisation (Name)"
        }
        if (end + 1 >= words.size()) {
            return false;
        }
        String next = words.get(end + 1);
        if (next.charAt(0) == '(' || next.charAt(0) == '[') {
            return true; // "Name (Organisation)"
        }
        if ((c == ',' || c == '-' || c == ':') && Character.isUpperCase(next.charAt(0))) {
            return true; // "Name, Organisation"
        }
        if (next.equals("-") || next.equals("–") || next.equals("—")) {
            return true;
        }
        return c != '.' && c != ';' && LINK_WORDS.contains(next.toLowerCase(Locale.ROOT)) && end + 2 < words.size()
                && (Character.isUpperCase(words.get(end + 2).charAt(0)) || words.get(end + 2).equals("the"));
    }
}
