package org.igfreport.internal.template;

import java.util.Locale;

/** What a section holds; decides how its content is split into items and which rules read it. */
public enum SectionKind {
    /** A single value (session title, organiser). */
    TEXT,
    /** A date. */
    DATE,
    /** A time or a time range. */
    TIME,
    /** One person (moderator, rapporteur). */
    PERSON,
    /** People with their institutional affiliations (speakers). */
    PEOPLE,
    /** Short items, one per line, bullet or paragraph (key issues). */
    ITEMS,
    /** One paragraph per presentation, often marked "Presentation 2 (Name):". */
    PRESENTATIONS,
    /** Paragraphs of prose (discussions, way forward). */
    PROSE,
    /** An estimate of the number of participants. */
    PARTICIPANTS,
    /** An estimate of the number of women. */
    WOMEN,
    /**
     * One answer estimating both the participants and the women among them (the 2019 form's
     * "Estimated Participation"), read as the {@link #PARTICIPANTS} and {@link #WOMEN} answers are.
     */
    PARTICIPATION,
    /** How far the session discussed gender equality. */
    EXTENT,
    /** A summary of the gender discussion. */
    SUMMARY;

    /** @return the id used in template files */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the content is one value rather than items or paragraphs */
    public boolean isSingleValue() {
        return this == TEXT || this == DATE || this == TIME || this == PERSON
                || this == PARTICIPANTS || this == WOMEN || this == EXTENT;
    }
}
