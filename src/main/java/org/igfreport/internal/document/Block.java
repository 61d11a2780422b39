package org.igfreport.internal.document;

import java.util.List;
import org.igfreport.internal.base.Location;

/**
 * Consecutive lines that belong together: a paragraph, an item or a section's content. Its text
 * is its lines joined with line breaks, so that a sentence segmenter can tell a wrapped line
 * from a paragraph break. Immutable.
 *
 * @param lines the lines, in order, none of them blank
 */
public record Block(List<Fragment> lines) {

    /** Makes the list immutable. */
    public Block {
        lines = List.copyOf(lines);
    }

    /** @return the lines joined with {@code \n} */
    public String text() {
        if (lines.size() == 1) {
            return lines.get(0).text();
        }
        int length = lines.size() - 1; // the line breaks
        for (Fragment f : lines) {
            length += f.text().length();
        }
        StringBuilder sb = new StringBuilder(Math.max(16, length));
        for (Fragment f : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(f.text());
        }
        return sb.toString();
    }

    /** @return whether there is no text */
    public boolean isEmpty() {
        return lines.stream().allMatch(Fragment::isBlank);
    }

    /** @return from the first line's start to the last line's end */
    public Location location() {
        if (lines.isEmpty()) {
            return Location.START;
        }
        Fragment first = lines.get(0);
        Fragment last = lines.get(lines.size() - 1);
        return new Location(first.line(), first.column(), last.line(),
                last.column() + Math.max(0, last.text().length() - 1), first.page(), first.pointer());
    }
}
