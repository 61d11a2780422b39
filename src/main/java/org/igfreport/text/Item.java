package org.igfreport.text;

import org.igfreport.document.Block;

/**
 * One item of a section: a key issue, a presentation summary, a speaker.
 *
 * @param block the item's text with its place
 * @param paragraphs how many paragraphs the item spans
 * @param sharesParagraph whether the item starts in the middle of the previous item's paragraph
 */
public record Item(Block block, int paragraphs, boolean sharesParagraph) {
    /** @return the item's text */
    public String text() {
        return block.text();
    }
}
