package org.igfreport.internal.text;

import java.util.Set;

/**
 * The English word lists behind {@link SentenceScanner}, as other classes of this package use
 * them; the lists themselves are the data file {@code abbreviations-en.txt} (see {@link Language}).
 */
final class EnglishWords {

    private EnglishWords() {
    }

    /** Titles that precede a name: never a sentence end before a capital or a digit. */
    static final Set<String> PREPOSITIVE = Language.ENGLISH.rules().prepositive;

    /** Abbreviations that introduce more text, so they never end a sentence. */
    static final Set<String> CONTINUING = Language.ENGLISH.rules().continuing;
}
