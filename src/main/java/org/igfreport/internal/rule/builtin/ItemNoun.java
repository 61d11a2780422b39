package org.igfreport.internal.rule.builtin;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.text.Item;
import org.igfreport.internal.text.Markers;

/**
 * How messages name the items of a section, derived from its kind: "Key issue 2", "Presentation 3",
 * "Speaker 1", "Paragraph 2" (the words are {@code phrase.noun.*} in {@code messages.properties}).
 *
 * @param one the item as a message names it ("Key issue")
 * @param many the plural, capitalised ("Key issues")
 * @param unit the item as a unit of count, lower case ("issue")
 * @param units the plural unit ("issues")
 */
record ItemNoun(String one, String many, String unit, String units) {

    /** @param kind a section kind
     *  @return how its items are named */
    static ItemNoun of(SectionKind kind) {
        String name;
        switch (kind) {
            case ITEMS:
                name = "items";
                break;
            case PRESENTATIONS:
                name = "presentations";
                break;
            case PEOPLE:
                name = "people";
                break;
            case PROSE:
            case SUMMARY:
                name = "paragraphs";
                break;
            default:
                name = "other";
        }
        // the same four phrases for every section of every report in a language: worded once
        // per language and kind (each is a MessageFormat made and applied)
        Locale language = Language.supported(Language.current());
        String key = language.getLanguage() + ' ' + name;
        ItemNoun noun = KNOWN.get(key);
        if (noun == null) {
            String phrase = "phrase.noun." + name;
            noun = new ItemNoun(Messages.format(phrase + ".one"), Messages.format(phrase + ".many"),
                    Messages.format(phrase + ".unit"), Messages.format(phrase + ".units"));
            KNOWN.putIfAbsent(key, noun);
        }
        return noun;
    }

    /** The nouns worded so far, by language and kind ("en items"). */
    private static final Map<String, ItemNoun> KNOWN = new ConcurrentHashMap<>();

    /**
     * The number a rapporteur sees: the N of a leading "Presentation N" marker, else the item's
     * place in the section.
     *
     * @param item an item
     * @param index its 0-based index in the section
     * @return its number
     */
    static int number(Item item, int index) {
        String t = item.text();
        int at = Markers.listMarkerLength(t);
        if (Markers.presentationAt(t, at)) {
            int i = at + "presentation".length();
            while (i < t.length() && !Character.isDigit(t.charAt(i))) {
                i++;
            }
            int n = 0;
            int digits = 0;
            while (i < t.length() && Character.isDigit(t.charAt(i)) && digits < 4) {
                n = n * 10 + (t.charAt(i) - '0');
                i++;
                digits++;
            }
            return n;
        }
        return index + 1;
    }

    /** @param sectionId a section id
     *  @return the id as words ("way_forward" becomes "way forward") */
    static String sectionName(String sectionId) {
        return sectionId.replace('_', ' ');
    }
}
