package org.igfreport.internal.text;

import java.util.Set;

/**
 * The word lists behind {@link SentenceScanner}: abbreviations (lower case, inner periods
 * kept, final period dropped) and words that typically start a sentence. The selection is
 * our own, informed by the lists of the Pragmatic Segmenter (MIT, (c) 2015 Kevin S. Dias);
 * common English words that happen to be abbreviations elsewhere (is, may, me, ...) are left
 * out on purpose.
 */
final class EnglishWords {

    private EnglishWords() {
    }

    /** Titles that precede a name: never a sentence end before a capital or a digit. */
    static final Set<String> PREPOSITIVE = Set.of(
            "adm", "amb", "attys", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "drs",
            "fr", "gen", "gov", "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs",
            "ms", "msgr", "mssrs", "mt", "pres", "prof", "pvt", "rep", "reps", "rev", "sen",
            "sens", "sgt", "st", "supt");

    /** Abbreviations that introduce more text, so they never end a sentence. */
    static final Set<String> CONTINUING = Set.of(
            "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "incl", "esp", "resp", "ca");

    /**
     * Other abbreviations: not a sentence end before a lower-case word or a digit, but a
     * sentence end before a capital ("... & Co. It closed", "... devices, etc. Each").
     */
    static final Set<String> ORDINARY = Set.of(
            // companies, people, organisations
            "al", "assn", "assoc", "bros", "co", "corp", "dept", "esq", "govt", "inc", "inst",
            "intl", "jr", "llc", "ltd", "natl", "plc", "sr", "univ",
            // references and numbers
            "art", "arts", "ch", "chap", "ed", "eds", "eq", "eqs", "ext", "fig", "figs", "ibid",
            "n°", "nº", "no", "nos", "nr", "op", "p", "pp", "para", "paras", "ref", "refs",
            "sec", "sect", "tab", "tel", "ver", "vol", "vols",
            // units and time
            "ft", "hr", "hrs", "max", "min", "mins", "sq",
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
            // etc.
            "etc");

    /**
     * Capitalised words that usually open a sentence. After an initial or an initialism
     * ("I.", "U.S.", "E.U.") a following capitalised word from this list means the
     * sentence ended ("I live in the U.S. How about you?"); any other capitalised word is
     * taken as a name ("the U.S. Government", "Albert I. Jones").
     */
    static final Set<String> SENTENCE_STARTERS = Set.of(
            "A", "After", "All", "Also", "Although", "An", "And", "Are", "As", "At", "Because",
            "Before", "Both", "But", "By", "Can", "Could", "Did", "Do", "Does", "During", "Each",
            "Every", "Finally", "First", "For", "Furthermore", "Had", "Has", "Have", "He",
            "Hence", "Her", "His", "How", "However", "I", "If", "In", "Is", "It", "Its", "Many",
            "More", "Moreover", "Most", "No", "Nor", "Not", "Nevertheless", "On", "Our", "She",
            "Should", "Since", "So", "Some", "That", "The", "Their", "Then", "There",
            "Therefore", "These", "They", "This", "Those", "Thus", "To", "Today", "Was", "We",
            "Were", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "With",
            "Would", "Yes", "Yet", "You", "Your");
}
