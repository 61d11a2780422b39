package org.igfreport.internal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The core's copy of the public {@code org.igfreport.ReportFacts}: the values one report states
 * (title, date, people, the gender answers), read by {@code FactReader}; the facade converts it.
 *
 * @param title the session title, or {@code null}
 * @param date the date as written, or {@code null}
 * @param organizer the organiser as written, or {@code null}
 * @param rapporteur the rapporteur as written, or {@code null}
 * @param speakers the number of speakers listed, or {@code null} when the report lists none or
 *     names them in prose
 * @param speakersWithAffiliation how many of them have an affiliation, or {@code null} as for {@code speakers}
 * @param participants the participants' estimate, or {@code null} when the answer gives none
 * @param women the women's estimate, or {@code null} when the answer gives none
 * @param genderDiscussed {@code no}, {@code partly} or {@code yes}, or {@code null} without an answer
 * @param genderSummary whether the gender summary has content, or {@code null} when the template has none
 * @param genderAsked whether the template asks for the gender answers
 * @param sources where each value was read, keyed by the summary's column ids
 */
public record Facts(String title, String date, String organizer, String rapporteur, Integer speakers,
                    Integer speakersWithAffiliation, Integer participants, Integer women, String genderDiscussed,
                    Boolean genderSummary, boolean genderAsked, Map<String, Source> sources) {

    /** The facts of a report that fits no template. */
    public static final Facts NONE = new Facts(null, null, null, null, null, null, null, null, null, null, false,
            Map.of());

    /** Copies the sources, keeping their order. */
    public Facts {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /**
     * Where a value was read.
     *
     * @param section the section id
     * @param text the answer's text (shortened when long)
     * @param location where the answer is
     */
    public record Source(String section, String text, Location location) {
    }
}
