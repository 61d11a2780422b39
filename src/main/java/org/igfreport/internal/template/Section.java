package org.igfreport.internal.template;

import java.util.List;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.text.Item;

/**
 * A section of a report as the mapper found it: the template section, where its label is, and
 * its content as lines, paragraphs and items. Immutable.
 *
 * @param def the template section
 * @param label where the label is
 * @param lines the non-blank content lines
 * @param paragraphs the content split into paragraphs
 * @param items the content split into items, as the section's kind lists them
 * @param paragraphsEstimated whether the paragraphs were counted from line lengths where the text
 *     cannot tell (hard-wrapped text without blank lines, a sentence ending on a full line)
 * @param edgeGuessed whether where the section's answer ends or starts is a guess (its answer came
 *     in one run of lines with a neighbouring answer that looks alike, its label printed apart)
 */
public record Section(TemplateSection def, Location label, List<Fragment> lines, List<Block> paragraphs,
                     List<Item> items, boolean paragraphsEstimated, boolean edgeGuessed) {

    /** Makes the lists immutable. */
    public Section {
        lines = List.copyOf(lines);
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    /**
     * A section whose paragraphs are known for certain.
     *
     * @param def the template section
     * @param label where the label is
     * @param lines the non-blank content lines
     * @param paragraphs the content split into paragraphs
     * @param items the content split into items
     */
    public Section(TemplateSection def, Location label, List<Fragment> lines, List<Block> paragraphs,
                   List<Item> items) {
        this(def, label, lines, paragraphs, items, false, false);
    }

    /** @return this section, with where its answer ends or starts marked as a guess */
    public Section withEdgeGuessed() {
        return new Section(def, label, lines, paragraphs, items, paragraphsEstimated, true);
    }

    /** @return the section id */
    public String id() {
        return def.id();
    }

    /** @return whether the section has no content */
    public boolean isEmpty() {
        for (Fragment f : lines) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** @return all content as one text, paragraphs separated by blank lines */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** @return the content's place, or the label's when there is none */
    public Location contentLocation() {
        if (paragraphs.isEmpty()) {
            return label;
        }
        Location a = paragraphs.get(0).location();
        Location b = paragraphs.get(paragraphs.size() - 1).location();
        return new Location(a.line(), a.column(), b.endLine(), b.endColumn(), a.page(), a.pointer());
    }
}
