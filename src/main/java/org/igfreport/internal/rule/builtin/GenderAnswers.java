package org.igfreport.internal.rule.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the short answers of the gender part of a report: whether the extent answer says gender
 * was discussed, and which numbers the estimate answers give. Linear scans, no regular
 * expressions.
 *
 * <p>An extent answer says gender was discussed when it holds any positive statement ("was
 * discussed", "addressed", "yes", "to a limited extent", "partly", "touched on"), even next to a
 * negation in another clause ("did not address gender in a major way, however threats to women
 * were discussed"). It says it was not only when it is a plain negative: a negation ("no", "not",
 * "none", "n/a", "didn't") and no positive word that escapes a negation in its clause. An answer
 * with neither is taken as a positive statement in other words.
 */
final class GenderAnswers {

    private static final List<String> POSITIVE = List.of("discuss", "address", "touch", "mention", "raise",
            "cover", "talk", "highlight", "explor", "yes", "extent", "partly", "partial", "brief", "somewhat",
            "tackl", "consider", "emphasi");
    private static final List<String> LIMITED_STEMS = List.of("partly", "partial", "somewhat", "limit", "brief",
            "touch", "slight", "indirect", "marginal", "minor", "passing", "superficial");
    private static final Set<String> LIMITED = Set.of("some", "little", "bit");
    private static final Map<String, Integer> FRACTIONS = Map.of("half", 2, "halves", 2, "third", 3, "thirds", 3,
            "quarter", 4, "quarters", 4, "fifth", 5, "fifths", 5);
    private static final Set<String> NEGATIVE = Set.of("no", "not", "none", "never", "neither", "nor", "without",
            "nothing", "nil", "cannot");
    private static final Set<String> CLAUSE_WORDS = Set.of("however", "but", "although", "though", "yet", "whereas",
            "while");
    private static final Set<String> SPEAKERS = Set.of("speaker", "speakers", "panelist", "panelists", "panellist",
            "panellists", "presenter", "presenters", "moderator", "moderators", "panel", "discussant", "discussants");
    private static final Set<String> PEOPLE = Set.of("participant", "participants", "people", "persons", "attendees",
            "attendee", "audience", "women", "men", "present", "online", "onsite", "remote", "individuals");
    private static final Set<String> SHARES = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "percent", "%");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12),
            Map.entry("hundred", 100), Map.entry("dozens", 24), Map.entry("hundreds", 200));
    private static final int LONGEST = 2000;

    private GenderAnswers() {
    }

    /**
     * What an estimate answer says.
     *
     * @param counts the numbers that estimate people present (not speakers, not shares), in order
     * @param speakerCounts the numbers that count speakers, panellists or presenters
     * @param share whether it gives a share ("50%", "half")
     * @param value the number it states: its first count, or the middle of a range ("between 40 and
     *        50", "40-50", "40 to 50") that starts there; -1 without a count
     * @param shareValue its first share as a fraction ("50%" 0.5, "two thirds" 0.67), or -1 without one
     */
    record Estimate(List<Integer> counts, List<Integer> speakerCounts, boolean share, int value, double shareValue) {
        /** @return the largest count, or -1 without one */
        int max() {
            int max = Integer.MIN_VALUE;
            for (int c : counts) {
                max = Math.max(max, c);
            }
            return counts.isEmpty() ? -1 : max;
        }
    }

    private static boolean startsWithAny(String t, List<String> prefixes) {
        for (String p : prefixes) {
            if (t.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** How far an extent answer says the session discussed gender. */
    enum Extent {
        /** A plain negative. */
        NO,
        /** A limited discussion ("partly", "briefly", "to some extent", "yes, but not in depth"). */
        PARTLY,
        /** A positive statement. */
        YES
    }

    /**
     * @param answer the extent answer
     * @return whether it says the session discussed gender
     */
    static boolean discussed(String answer) {
        return extent(answer) != Extent.NO;
    }

    /**
     * How far an extent answer says the session discussed gender: {@link Extent#NO} exactly when
     * {@link #discussed} is false; {@link Extent#PARTLY} when a positive statement is limited
     * ("partly", "briefly", "touched on", "to some extent") or stands beside a negation ("not in
     * depth, but ... was raised"); else {@link Extent#YES}.
     *
     * @param answer the extent answer
     * @return what it says
     */
    static Extent extent(String answer) {
        List<String> tokens = tokens(answer);
        String compact = String.join("", tokens).replace(",", "");
        if (compact.isEmpty() || compact.equals("na") || compact.equals("n/a")) {
            return Extent.NO;
        }
        boolean negation = false;
        boolean negatedHere = false;
        boolean positive = false;
        boolean limited = false;
        for (String t : tokens) {
            if (t.equals(",") || CLAUSE_WORDS.contains(t)) {
                negatedHere = false;
            } else if (NEGATIVE.contains(t) || t.endsWith("n't") || t.endsWith("n’t")) {
                negation = true;
                negatedHere = true;
            } else if (!negatedHere) {
                positive |= startsWithAny(t, POSITIVE);
                limited |= LIMITED.contains(t) || startsWithAny(t, LIMITED_STEMS);
            }
        }
        if (!positive && negation) {
            return Extent.NO;
        }
        return limited || (positive && negation) ? Extent.PARTLY : Extent.YES;
    }

    /**
     * @param answer an estimate answer
     * @return the numbers it gives and what they count
     */
    static Estimate estimate(String answer) {
        return scan(answer, false)[0];
    }

    /** Words that make a number in a participation answer a count of women. */
    private static final Set<String> WOMEN = Set.of("women", "woman", "female", "females", "girls", "ladies");

    /**
     * Reads one answer that estimates both the participants and the women among them (the 2019
     * form's "Estimated Participation": "About 80 participants, 35 of them women", "Participants:
     * 80. Women: 35", "80 (45% women)"). A number belongs to the women when a women word follows it
     * within four words of its clause; when another word for people follows it first, it does not;
     * with neither, when a women word precedes it within four words (across the one clause break of
     * "Women: 35") with no other word for people between; a share counts for the women. The
     * other numbers are the participants' estimate, read as {@link #estimate} reads it.
     *
     * @param answer the participation answer
     * @return the participants' estimate and the women's, in that order
     */
    static Estimate[] participation(String answer) {
        return scan(answer, true);
    }

    /**
     * The one number scan behind {@link #estimate} and {@link #participation}: a number followed by
     * "%", "percent" or "per cent" (or a share word anywhere) makes a share; a number followed by a
     * word for speakers counts speakers; any other number counts people, or, with {@code women},
     * women when {@link #aboutWomen} says so.
     *
     * @param answer the answer
     * @param women whether to tell the women's numbers from the participants'
     * @return one estimate, or with {@code women} the participants' and the women's (which gets the share)
     */
    private static Estimate[] scan(String answer, boolean women) {
        List<String> tokens = tokens(answer);
        List<Integer> counts = new ArrayList<>();
        List<Integer> speakers = new ArrayList<>();
        List<Integer> ofWomenCounts = new ArrayList<>();
        List<Integer> ofWomenSpeakers = new ArrayList<>();
        int[] values = {-1, -1};
        boolean share = false;
        double shareValue = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (SHARES.contains(t) && !t.equals("%") && !t.equals("percent")) {
                share = true;
                if (shareValue < 0 && FRACTIONS.containsKey(t)) {
                    shareValue = 1.0 / FRACTIONS.get(t);
                }
            }
            Integer n = number(t);
            if (n == null) {
                continue;
            }
            boolean ofWomen = women && aboutWomen(tokens, i);
            if (next.equals("%") || next.equals("percent") || (next.equals("per") && i + 2 < tokens.size()
                    && tokens.get(i + 2).equals("cent"))) {
                share = true;
                shareValue = shareValue < 0 ? n / 100.0 : shareValue;
            } else if (FRACTIONS.containsKey(next) && n < FRACTIONS.get(next)) {
                share = true; // "two thirds": a share, not two people
                shareValue = shareValue < 0 ? (double) n / FRACTIONS.get(next) : shareValue;
                i++;
            } else if (aboutSpeakers(tokens, i)) {
                (ofWomen ? ofWomenSpeakers : speakers).add(n);
            } else {
                List<Integer> into = ofWomen ? ofWomenCounts : counts;
                if (into.isEmpty()) {
                    Integer end = rangeEnd(tokens, i);
                    values[ofWomen ? 1 : 0] = end == null ? n : (int) Math.round((n + (double) end) / 2);
                }
                into.add(n);
            }
        }
        if (!women) {
            return new Estimate[] {new Estimate(counts, speakers, share, values[0], shareValue)};
        }
        return new Estimate[] {new Estimate(counts, speakers, false, values[0], -1),
            new Estimate(ofWomenCounts, ofWomenSpeakers, share, values[1], shareValue)};
    }

    /**
     * The number that ends a range starting with the number at {@code at}: "40-50", "40 to 50",
     * "between 40 and 50".
     */
    private static Integer rangeEnd(List<String> tokens, int at) {
        if (at + 2 >= tokens.size()) {
            return null;
        }
        String link = tokens.get(at + 1);
        boolean between = at > 0 && tokens.get(at - 1).equals("between");
        if (!link.equals("-") && !link.equals("to") && !(link.equals("and") && between)) {
            return null;
        }
        Integer end = number(tokens.get(at + 2));
        return end != null && end >= number(tokens.get(at)) ? end : null;
    }

    /** Whether the number at {@code at} counts women (see {@link #participation}). */
    private static boolean aboutWomen(List<String> tokens, int at) {
        for (int j = at + 1; j < tokens.size() && j <= at + 4; j++) {
            String t = tokens.get(j);
            if (WOMEN.contains(t)) {
                return true;
            }
            if (PEOPLE.contains(t) && !t.equals("present")) {
                return false;
            }
            if (t.equals(",") || number(t) != null) {
                break;
            }
        }
        int breaks = 0;
        for (int j = at - 1; j >= 0 && j >= at - 4; j--) {
            String t = tokens.get(j);
            if (t.equals(",") && ++breaks > 1) {
                return false;
            }
            if (WOMEN.contains(t)) {
                return true;
            }
            if ((PEOPLE.contains(t) && !t.equals("present")) || number(t) != null) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words after a number, up to four and within the clause, name speakers before people. */
    private static boolean aboutSpeakers(List<String> tokens, int at) {
        for (int j = at + 1; j < tokens.size() && j <= at + 4; j++) {
            String t = tokens.get(j);
            if (t.equals(",")) {
                return false;
            }
            if (SPEAKERS.contains(t)) {
                return true;
            }
            if (PEOPLE.contains(t)) {
                return false;
            }
        }
        return false;
    }

    private static Integer number(String t) {
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            return t.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(t);
        }
        return NUMBER_WORDS.get(t);
    }

    /**
     * Lower-cased words (with inner apostrophes), whole numbers ("1,200" is one), "%", "-" for a dash
     * between two numbers ("40-50") and "," for every clause break (, ; . : ! ? and brackets).
     */
    static List<String> tokens(String text) {
        String s = text.length() > LONGEST ? text.substring(0, LONGEST) : text;
        s = s.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                StringBuilder sb = new StringBuilder();
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || (s.charAt(i) == ',' && i + 3 < s.length()
                        && digits(s, i + 1, 3) && (i + 4 >= s.length() || !Character.isDigit(s.charAt(i + 4)))))) {
                    if (s.charAt(i) != ',') {
                        sb.append(s.charAt(i));
                    }
                    i++;
                }
                out.add(sb.toString());
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < s.length() && (Character.isLetter(s.charAt(i)) || ((s.charAt(i) == '\'' || s.charAt(i) == '’'
                        || s.charAt(i) == '/') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))))) {
                    i++;
                }
                out.add(s.substring(start, i));
            } else {
                if (c == '%') {
                    out.add("%");
                } else if ((c == '-' || c == '–') && !out.isEmpty() && number(out.get(out.size() - 1)) != null
                        && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    out.add("-");
                } else if (",;.:!?()[]".indexOf(c) >= 0 && !(out.size() > 0 && out.get(out.size() - 1).equals(","))) {
                    out.add(",");
                }
                i++;
            }
        }
        return out;
    }

    private static boolean digits(String s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (k >= s.length() || !Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
