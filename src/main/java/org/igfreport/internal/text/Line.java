package org.igfreport.internal.text;

import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Fragment;

/**
 * A line of a section's content as the paragraph splitter sees it.
 *
 * @param text the text (blank for an empty line)
 * @param breakAfter what the reader knows about the end of the line
 * @param wrapWidth the width at which the text around it was hard-wrapped, or 0 if it was not
 */
public record Line(Fragment text, Break breakAfter, int wrapWidth) {
    /** @return whether the line is empty */
    public boolean isBlank() {
        return text.isBlank();
    }
}
