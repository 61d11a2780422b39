package org.igfreport;

import java.util.List;

/**
 * What the checker counted in one section, as shown in the {@code sections} object of the JSON
 * output: where the section starts, how many items and paragraphs it has, and the sentences of
 * each item.
 *
 * @param line the line of the section's label (1-based)
 * @param page the page of the label for paged formats, else {@code null}
 * @param items the number of items (key issues, presentations, speakers; 1 for single values)
 * @param paragraphs the number of paragraphs
 * @param sentences the number of sentences of each item
 * @param words the number of words
 */
public record SectionSummary(int line, Integer page, int items, int paragraphs, List<Integer> sentences, int words) {
    /**
     * Makes the list immutable.
     *
     * @param line the line of the section's label (1-based)
     * @param page the page of the label for paged formats, else {@code null}
     * @param items the number of items (key issues, presentations, speakers; 1 for single values)
     * @param paragraphs the number of paragraphs
     * @param sentences the number of sentences of each item
     * @param words the number of words
     */
    public SectionSummary {
        sentences = List.copyOf(sentences);
    }
}
