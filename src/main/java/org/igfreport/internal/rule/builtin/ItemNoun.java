package org.igfreport.internal.rule.builtin;

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
        String key = "phrase.noun." + name;
        return new ItemNoun(Messages.format(key + ".one"), Messages.format(key + ".many"),
                Messages.format(key + ".unit"), Messages.format(key + ".units"));
    }

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
