package org.igfreport.internal.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A rule-based sentence segmenter for report text in English, French or Spanish, much of it
 * extracted from PDF. The rules are the same for every language; the word lists (abbreviations,
 * sentence starters, reference words) are each language's data files (see {@link Language}).
 *
 * <p>It follows the "Golden Rules" of the Pragmatic Segmenter (abbreviations, initials,
 * numbers, lists, URLs and e-mail addresses, quotes and brackets, ellipses, "!"/"?" runs)
 * but is written as one linear pass over the characters, without regular expressions. A
 * single line break is treated as a PDF hard wrap (whitespace); a blank line always ends a
 * sentence; a trailing sentence without a full stop still counts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SentenceSegmenter {

    private static final SentenceSegmenter ENGLISH = new SentenceSegmenter(Language.ENGLISH);
    private static final SentenceSegmenter FRENCH = new SentenceSegmenter(Language.FRENCH);
    private static final SentenceSegmenter SPANISH = new SentenceSegmenter(Language.SPANISH);

    private final Language language;

    private SentenceSegmenter(Language language) {
        this.language = language;
    }

    /**
     * Returns the shared English segmenter.
     *
     * @return the shared instance
     */
    public static SentenceSegmenter english() {
        return ENGLISH;
    }

    /**
     * Returns the shared segmenter of a language.
     *
     * @param language the language
     * @return the shared instance
     */
    public static SentenceSegmenter of(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case FRENCH -> FRENCH;
            case SPANISH -> SPANISH;
        };
    }

    /** @return the language whose word lists this segmenter uses */
    public Language language() {
        return language;
    }

    /**
     * Splits text into sentences.
     *
     * @param text the text (not {@code null})
     * @return the sentences in text order, each trimmed of surrounding whitespace and never
     *         empty; an unmodifiable list, empty for empty or whitespace-only text
     */
    public List<Sentence> split(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<Sentence> out = new ArrayList<>();
        new SentenceScanner(text.toString(), language.rules(), (start, end) -> out.add(new Sentence(start, end))).run();
        return Collections.unmodifiableList(out);
    }

    /**
     * Counts the sentences in text without building the list.
     *
     * @param text the text (not {@code null})
     * @return the same number as {@code split(text).size()}
     */
    public int count(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new SentenceScanner(text.toString(), language.rules(), null).run();
    }
}
