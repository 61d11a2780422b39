package org.igfreport.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A language the sentence segmenter knows, with its rules read from the data files beside this
 * class: {@code abbreviations-xx.txt} (abbreviations, sentence starters, reference words, interview
 * labels) and {@code stopwords-xx.txt} (frequent function words, for {@link #detect}). The rules
 * of a language are read once, on first use.
 */
public enum Language {
    /** English, the default. */
    ENGLISH("en"),
    /** French. */
    FRENCH("fr"),
    /** Spanish. */
    SPANISH("es");

    /** At least this many function words must be counted before a language other than English is chosen. */
    static final int MIN_EVIDENCE = 8;
    /** Detection looks at this many characters of text at most. */
    public static final int MAX_DETECT = 64 * 1024;
    private static final int MAX_WORD = 12;

    private final String code;
    private volatile Rules rules;
    private volatile Set<String> stopwords;

    Language(String code) {
        this.code = code;
    }

    /** @return the ISO 639-1 code: {@code en}, {@code fr} or {@code es} */
    public String code() {
        return code;
    }

    /**
     * @param code {@code en}, {@code fr} or {@code es} (any case)
     * @return the language, or empty for another code
     */
    public static Optional<Language> of(String code) {
        if (code != null) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            for (Language l : values()) {
                if (l.code.equals(c)) {
                    return Optional.of(l);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a text, from a count of each language's frequent function words over its
     * first {@link #MAX_DETECT} characters: one linear pass, no regular expressions. English
     * unless another language has strictly the most words and at least {@link #MIN_EVIDENCE} of
     * them (ties and short texts are English).
     *
     * @param text prose (not {@code null})
     * @return the language with the most function words
     */
    public static Language detect(CharSequence text) {
        return choose(counts(text));
    }

    private static Language choose(int[] counts) {
        Language[] all = values();
        Language best = ENGLISH;
        int top = counts[ENGLISH.ordinal()];
        boolean tie = false;
        for (int k = 0; k < all.length; k++) {
            if (k == ENGLISH.ordinal()) {
                continue;
            }
            if (counts[k] > top) {
                best = all[k];
                top = counts[k];
                tie = false;
            } else if (counts[k] == top) {
                tie = true;
            }
        }
        return best == ENGLISH || tie || top < MIN_EVIDENCE ? ENGLISH : best;
    }

    /**
     * @return per language (by ordinal) how many words of the text's first {@link #MAX_DETECT}
     *     characters are among its function words: a word is a run of letters with apostrophes
     *     after its first letter, lower-cased, and is looked up when it has at most
     *     {@code MAX_WORD} characters
     */
    static int[] counts(CharSequence text) {
        Detection d = new Detection();
        d.add(text);
        return d.finish();
    }

    /**
     * {@link #detect} of a text given in pieces, without joining them: the pieces' characters are
     * counted as those of their concatenation would be (its first {@link #MAX_DETECT} characters).
     * One per text and thread.
     */
    public static final class Detection {
        private final int[] counts = new int[values().length];
        private final char[] word = new char[MAX_WORD];
        private char[] chars = new char[256];
        private int len;
        private int hash;
        private int seen;

        /** @return whether the first {@link #MAX_DETECT} characters were all given: more are not looked at */
        public boolean full() {
            return seen >= MAX_DETECT;
        }

        /**
         * @param text the next piece of the text
         * @return this
         */
        public Detection add(CharSequence text) {
            int n = Math.min(text.length(), MAX_DETECT - seen);
            if (n <= 0) {
                return this;
            }
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            if (text instanceof String s) {
                s.getChars(0, n, chars, 0);
            } else if (text instanceof StringBuilder b) {
                b.getChars(0, n, chars, 0);
            } else {
                for (int i = 0; i < n; i++) {
                    chars[i] = text.charAt(i);
                }
            }
            scan(chars, n);
            seen += n;
            return this;
        }

        /**
         * @param c the next character of the text
         * @return this
         */
        public Detection add(char c) {
            if (seen < MAX_DETECT) {
                chars[0] = c;
                scan(chars, 1);
                seen++;
            }
            return this;
        }

        /** @return the language of the text given ({@link #detect}) */
        public Language language() {
            return choose(finish());
        }

        int[] finish() {
            scan(new char[] {' '}, 1);
            return counts;
        }

        private void scan(char[] text, int n) {
            Language[] all = values();
            StopWords table = StopWords.TABLE;
            for (int i = 0; i < n; i++) {
                char c = text[i];
                char lower;
                boolean letter;
                if (c < 128) {
                    // ASCII: what Character.isLetter and Character.toLowerCase say, without their look-ups
                    lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    letter = lower >= 'a' && lower <= 'z';
                } else {
                    lower = Character.toLowerCase(c);
                    letter = Character.isLetter(c);
                }
                if (letter || c == '\u2019' && len > 0 || c == '\'' && len > 0) {
                    if (len < MAX_WORD) {
                        word[len] = lower;
                        hash = 31 * hash + lower;
                    }
                    len++;
                    continue;
                }
                if (len > 0 && len <= MAX_WORD) {
                    int mask = table.mask(word, len, hash);
                    for (int k = 0; k < all.length; k++) {
                        if ((mask & 1 << k) != 0) {
                            counts[k]++;
                        }
                    }
                }
                len = 0;
                hash = 0;
            }
        }
    }

    /**
     * Reads now what detecting a language and splitting English sentences read on first use (every
     * language's stop words, English's rules): for a thread that sets up what a check will need.
     */
    public static void preload() {
        StopWords.TABLE.hashCode();
        ENGLISH.rules();
    }

    /**
     * Every language's function words, each with the bit set of the languages that list it. Only
     * the stop word files are read for detection: a language's other rules are read when its
     * sentences are split (a cold check of an English report reads no French or Spanish abbreviations).
     *
     * <p>An open-addressing table keyed by the words' characters, so that {@link #detect} looks a
     * word up from its characters and their {@link String#hashCode} (computed while scanning) without
     * making a {@code String} of each word of the text. Words longer than {@code MAX_WORD} are left
     * out: detection never looks them up.
     */
    private static final class StopWords {
        static final StopWords TABLE = new StopWords();

        private final char[][] keys;
        private final int[] masks;
        private final int slotMask;

        private StopWords() {
            Map<String, Integer> m = new HashMap<>();
            for (Language l : values()) {
                Integer bit = 1 << l.ordinal();
                for (String w : l.stopwords()) {
                    Integer had = m.get(w);
                    m.put(w, had == null ? bit : Integer.valueOf(had | bit));
                }
            }
            int size = Integer.highestOneBit(Math.max(4, m.size() * 4) - 1) << 1;
            keys = new char[size][];
            masks = new int[size];
            slotMask = size - 1;
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                String w = e.getKey();
                if (w.isEmpty() || w.length() > MAX_WORD) {
                    continue;
                }
                int slot = spread(w.hashCode()) & slotMask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & slotMask;
                }
                keys[slot] = w.toCharArray();
                masks[slot] = e.getValue();
            }
        }

        private static int spread(int h) {
            return h ^ h >>> 16;
        }

        /** @return the languages' bit set of the word {@code word[0..len)} whose String hash is {@code hash}, 0 if none */
        int mask(char[] word, int len, int hash) {
            int slot = spread(hash) & slotMask;
            for (char[] k = keys[slot]; k != null; k = keys[slot]) {
                if (k.length == len && Arrays.equals(k, 0, len, word, 0, len)) {
                    return masks[slot];
                }
                slot = (slot + 1) & slotMask;
            }
            return 0;
        }
    }

    /** @return the words of this language's stop word file, read once */
    Set<String> stopwords() {
        Set<String> s = stopwords;
        if (s == null) {
            Set<String> all = new HashSet<>();
            for (Set<String> section : Rules.read("stopwords-" + code + ".txt").values()) {
                all.addAll(section);
            }
            s = Set.copyOf(all);
            stopwords = s;
        }
        return s;
    }

    /** @return the rules read from this language's data files */
    Rules rules() {
        Rules r = rules;
        if (r == null) {
            r = Rules.load(this);
            rules = r;
        }
        return r;
    }

    /**
     * The word lists of one language, read from its data files. Each set holds what the
     * file lists; abbreviations are lower case, without their final period.
     */
    static final class Rules {
        /** Titles before a name: never a sentence end before a capital or a digit. */
        final Set<String> prepositive;
        /** Never a sentence end (except at the end of the text). */
        final Set<String> continuing;
        /** A sentence end before a capital only. */
        final Set<String> ordinary;
        /** Initialisms whose upper-case form ends a sentence before any capital. */
        final Set<String> upperEnds;
        /** Capitalised words that open a sentence after an initialism. */
        final Set<String> starters;
        /** Words after which "1." refers to a point instead of opening a list item. */
        final Set<String> references;
        /** One-letter interview labels ("q", "a"). */
        final Set<String> labels;
        /** Frequent function words, for detection. */
        final Set<String> stopwords;

        private Rules(Map<String, Set<String>> sections, Set<String> stopwords) {
            this.prepositive = section(sections, "prepositive");
            this.continuing = section(sections, "continuing");
            this.ordinary = section(sections, "ordinary");
            this.upperEnds = section(sections, "upper-ends");
            this.starters = section(sections, "starters");
            this.references = section(sections, "references");
            this.labels = section(sections, "labels");
            this.stopwords = stopwords;
        }

        private static Set<String> section(Map<String, Set<String>> sections, String name) {
            Set<String> s = sections.get(name);
            return s == null ? Set.of() : Set.copyOf(s);
        }

        static Rules load(Language language) {
            return new Rules(read("abbreviations-" + language.code + ".txt"), language.stopwords());
        }

        /**
         * Reads a data file: "[section]" lines, "#" comments, entries separated by whitespace. Loops
         * and a character scan, no lambda or regular expression: this runs in every cold check, where
         * each lambda is a call site linked (Java 17's archive keeps few of them) and each
         * {@code split("\\s+")} a pattern compiled in the interpreter.
         */
        static Map<String, Set<String>> read(String name) {
            Map<String, Set<String>> out = new HashMap<>();
            Set<String> current = new HashSet<>();
            out.put("", current);
            try (InputStream in = Language.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name);  // a packaging error: the data file is in the jar
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int hash = line.indexOf('#');
                    String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (t.startsWith("[") && t.endsWith("]")) {
                        String section = t.substring(1, t.length() - 1);
                        current = out.get(section);
                        if (current == null) {
                            current = new HashSet<>();
                            out.put(section, current);
                        }
                    } else {
                        words(t, current);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        /** Adds the words of a line split at whitespace as {@code split("\\s+")} splits it (no empty word). */
        static void words(String line, Set<String> into) {
            int start = -1;
            for (int i = 0; i <= line.length(); i++) {
                boolean space = i == line.length() || isSpace(line.charAt(i));
                if (space && start >= 0) {
                    into.add(line.substring(start, i));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
            }
        }

        /** The characters of the regular expression class {@code \\s}: space, tab, new lines, form feed, vertical tab. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }
}
