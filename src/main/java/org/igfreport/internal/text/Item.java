package org.igfreport.internal.text;

import java.util.Objects;
import org.igfreport.internal.document.Block;

/**
 * One item of a section: a key issue, a presentation summary, a speaker. Immutable; its text and
 * its sentence count are worked out once, on first use, and shared by the rules and the section
 * summaries. Thread-safe: two threads that race compute the same value.
 */
public final class Item {

    private final Block block;
    private final int paragraphs;
    private final boolean sharesParagraph;
    private volatile String text;
    private volatile int sentences = -1;

    /**
     * @param block the item's text with its place
     * @param paragraphs how many paragraphs the item spans
     * @param sharesParagraph whether the item starts in the middle of the previous item's paragraph
     */
    public Item(Block block, int paragraphs, boolean sharesParagraph) {
        this.block = Objects.requireNonNull(block, "block");
        this.paragraphs = paragraphs;
        this.sharesParagraph = sharesParagraph;
    }

    /** @return the item's text with its place */
    public Block block() {
        return block;
    }

    /** @return how many paragraphs the item spans */
    public int paragraphs() {
        return paragraphs;
    }

    /** @return whether the item starts in the middle of the previous item's paragraph */
    public boolean sharesParagraph() {
        return sharesParagraph;
    }

    /** @return the item's text, its lines joined with line breaks */
    public String text() {
        String t = text;
        if (t == null) {
            t = block.text();
            text = t;
        }
        return t;
    }

    /**
     * Counts the item's sentences with a segmenter other than the English one, before
     * {@link #sentences()} is first called (the engine does this for a report in French or Spanish).
     *
     * @param segmenter the report's segmenter
     */
    public void countSentences(SentenceSegmenter segmenter) {
        sentences = segmenter.count(text());
    }

    /**
     * @return how many sentences the item has, by {@link SentenceSegmenter#english()} unless
     *     {@link #countSentences} was called first
     */
    public int sentences() {
        int n = sentences;
        if (n < 0) {
            n = SentenceSegmenter.english().count(text());
            sentences = n;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Item other && paragraphs == other.paragraphs && sharesParagraph == other.sharesParagraph
                && block.equals(other.block);
    }

    @Override
    public int hashCode() {
        return Objects.hash(block, paragraphs, sharesParagraph);
    }

    @Override
    public String toString() {
        return "Item[block=" + block + ", paragraphs=" + paragraphs + ", sharesParagraph=" + sharesParagraph + "]";
    }
}
