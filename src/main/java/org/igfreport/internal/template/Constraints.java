package org.igfreport.internal.template;

/**
 * The constraints a template puts on a section. Every part is optional ({@code null}).
 *
 * @param sentencesPerItem the most sentences per item ("1 sentence per issue")
 * @param paragraphsPerItem the paragraphs each item must have ("1-paragraph summary for each presentation")
 * @param paragraphs the paragraphs the section must have ("3 paragraphs")
 * @param items how many items are allowed
 * @param words how many words are allowed
 */
public record Constraints(Integer sentencesPerItem, Integer paragraphsPerItem, Range paragraphs, Range items,
                          Range words) {
    /** No constraints. */
    public static final Constraints NONE = new Constraints(null, null, null, null, null);
}
