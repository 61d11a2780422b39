package org.igfreport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values one report states, as {@code igf-report summary} lists them: its title, date,
 * organiser and rapporteur as written, its speakers, and its gender answers. A number is the one
 * the answer states or estimates ("About 60" is 60, "between 40 and 50" is 45, a share of women
 * is taken of the participants' number), never a guess: a count of speakers, "many" or an empty
 * answer gives {@code null}. Immutable.
 *
 * @param title the session title, or {@code null}
 * @param date the date as written, or {@code null}
 * @param organizer the organiser as written, or {@code null}
 * @param rapporteur the rapporteur as written, or {@code null}
 * @param speakers the number of speakers listed, or {@code null} when none are listed or they are
 *     named in prose
 * @param speakersWithAffiliation how many speakers have an institutional affiliation, or {@code null}
 *     as for {@code speakers}
 * @param participants the participants' estimate, or {@code null}
 * @param women the women's estimate, or {@code null}
 * @param genderDiscussed {@code "no"}, {@code "partly"} or {@code "yes"}, read from the extent
 *     answer (2017) or the gender reflection (2019); {@code null} without an answer
 * @param genderSummary whether the gender summary has content; {@code null} when the template has none
 * @param genderAsked whether the report's template asks for the gender answers
 * @param sources where each value was read, keyed by the summary's column ids ({@code title},
 *     {@code date}, {@code organizer}, {@code rapporteur}, {@code speakers}, {@code participants},
 *     {@code women}, {@code gender_discussed}, {@code gender_summary})
 */
public record ReportFacts(String title, String date, String organizer, String rapporteur, Integer speakers,
                          Integer speakersWithAffiliation, Integer participants, Integer women, String genderDiscussed,
                          Boolean genderSummary, boolean genderAsked, Map<String, Source> sources) {

    /** The facts of a report that states nothing (no template matched, or it could not be read). */
    public static final ReportFacts NONE = new ReportFacts(null, null, null, null, null, null, null, null, null,
            null, false, Map.of());

    /**
     * Copies the sources, keeping their order.
     *
     * @param title the session title, or {@code null}
     * @param date the date as written, or {@code null}
     * @param organizer the organiser as written, or {@code null}
     * @param rapporteur the rapporteur as written, or {@code null}
     * @param speakers the number of speakers listed, or {@code null}
     * @param speakersWithAffiliation how many speakers have an affiliation, or {@code null}
     * @param participants the participants' estimate, or {@code null}
     * @param women the women's estimate, or {@code null}
     * @param genderDiscussed {@code "no"}, {@code "partly"}, {@code "yes"} or {@code null}
     * @param genderSummary whether the gender summary has content, or {@code null}
     * @param genderAsked whether the template asks for the gender answers
     * @param sources where each value was read, keyed by column id
     */
    public ReportFacts {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /**
     * @return women / participants, rounded to two decimals, when both are known and the women are
     *     no more than the participants; else {@code null}
     */
    public Double womenShare() {
        if (participants == null || women == null || participants <= 0 || women > participants) {
            return null;
        }
        return Math.round(women * 100.0 / participants) / 100.0;
    }

    /**
     * @return whether the template asks for the gender answers and the participants, the women or
     *     the extent of the discussion cannot be read from them
     */
    public boolean genderAnswersMissing() {
        return genderAsked && (participants == null || women == null || genderDiscussed == null);
    }

    /**
     * Where a value was read.
     *
     * @param section the section id
     * @param text the answer's text, on one line (shortened when long)
     * @param location where the answer is
     */
    public record Source(String section, String text, Location location) {
    }
}
