package org.igfreport.internal.rule.builtin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.igfreport.internal.base.Facts;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.text.Item;
import org.igfreport.internal.text.Items;

/**
 * Reads the values a report states, for {@code igf-report summary} and the API's facts: the
 * single-value answers as written, the speakers and their affiliations as
 * {@link SpeakerAffiliationRule} reads them, and the gender answers as the gender rules read them
 * ({@link GenderAnswers}). A number is the one the answer states or estimates, never a guess: a
 * count of speakers, "many" or an empty answer gives none.
 */
public final class FactReader {

    /** The 2019 form's gender section, a prose answer that is both the extent and the summary. */
    static final String REFLECTION = "gender_reflection";
    private static final int LONGEST = 300;

    private FactReader() {
    }

    /**
     * @param report a mapped report
     * @return what it states
     */
    public static Facts read(MappedReport report) {
        Map<String, Facts.Source> sources = new LinkedHashMap<>();
        String title = value(report, "title", sources, "session_title");
        String date = value(report, "date", sources, "date", "date_time");
        String organizer = value(report, "organizer", sources, "organizer");
        String rapporteur = value(report, "rapporteur", sources, "rapporteur");

        Integer speakers = null;
        Integer affiliated = null;
        for (Section s : report.sections().values()) {
            if (s.def().kind() == SectionKind.PEOPLE && !s.isEmpty() && !anyProse(s.items())) {
                speakers = s.items().size();
                affiliated = 0;
                for (Item i : s.items()) {
                    affiliated += SpeakerAffiliationRule.hasAffiliation(i.text()) ? 1 : 0;
                }
                sources.put("speakers", source(s));
                break;
            }
        }

        boolean asked = false;
        Integer participants = null;
        Integer women = null;
        double womenShare = -1;
        String discussed = null;
        Boolean summary = null;
        Section reflection = null;
        for (Section s : report.sections().values()) {
            SectionKind kind = s.def().kind();
            boolean answered = !s.isEmpty();
            if (kind == SectionKind.PARTICIPANTS) {
                asked = true;
                if (answered) {
                    participants = count(GenderAnswers.estimate(s.text()));
                    sources.put("participants", source(s));
                }
            } else if (kind == SectionKind.WOMEN) {
                asked = true;
                if (answered) {
                    String text = s.text();
                    GenderAnswers.Estimate named = GenderAnswers.participation(text)[1];
                    GenderAnswers.Estimate e = named.value() >= 0 ? named : GenderAnswers.estimate(text);
                    women = count(e);
                    womenShare = e.shareValue();
                    sources.put("women", source(s));
                }
            } else if (kind == SectionKind.PARTICIPATION) {
                asked = true;
                if (answered) {
                    GenderAnswers.Estimate[] both = GenderAnswers.participation(s.text());
                    participants = count(both[0]);
                    women = count(both[1]);
                    womenShare = both[1].shareValue();
                    Facts.Source source = source(s);
                    sources.put("participants", source);
                    sources.put("women", source);
                }
            } else if (kind == SectionKind.EXTENT) {
                asked = true;
                if (answered) {
                    discussed = extent(s.text());
                    sources.put("gender_discussed", source(s));
                }
            } else if (kind == SectionKind.SUMMARY) {
                summary = answered;
                if (answered) {
                    sources.put("gender_summary", source(s));
                }
            } else if (s.id().equals(REFLECTION)) {
                reflection = s;
            }
        }
        if (reflection != null || hasSection(report, REFLECTION, null)) {
            asked = true;
            summary = reflection != null && !reflection.isEmpty();
            if (summary) {
                discussed = extent(reflection.text());
                Facts.Source source = source(reflection);
                sources.put("gender_discussed", source);
                sources.put("gender_summary", source);
            }
        }
        if (summary == null && hasSection(report, null, SectionKind.SUMMARY)) {
            summary = false;
        }
        if (women == null && womenShare >= 0 && participants != null) {
            women = (int) Math.round(participants * womenShare);
        }
        return new Facts(title, date, organizer, rapporteur, speakers, affiliated, participants, women, discussed,
                summary, asked, sources);
    }

    // loops, not streams: each lambda is a call site linked when a cold JVM checks its first report
    private static boolean anyProse(java.util.List<Item> items) {
        for (Item i : items) {
            if (Items.isProse(i.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the report's template has a section of that id (when not null) or of that kind. */
    private static boolean hasSection(MappedReport report, String id, SectionKind kind) {
        for (org.igfreport.internal.template.TemplateSection d : report.template().sections()) {
            if (id != null ? d.id().equals(id) : d.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private static Integer count(GenderAnswers.Estimate e) {
        return e.value() >= 0 ? e.value() : null;
    }

    private static String extent(String text) {
        return GenderAnswers.extent(text).name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The first of the sections with content, as one line; its source goes under {@code key}. */
    private static String value(MappedReport report, String key, Map<String, Facts.Source> sources, String... ids) {
        for (String id : ids) {
            Optional<Section> s = report.section(id);
            if (s.isPresent() && !s.get().isEmpty()) {
                Facts.Source source = source(s.get());
                sources.put(key, source);
                return source.text(); // the same line: the section's text made once
            }
        }
        return null;
    }

    private static Facts.Source source(Section s) {
        return new Facts.Source(s.id(), oneLine(s.text()), s.contentLocation());
    }

    /** The text with its runs of white space as one space, shortened to {@value #LONGEST} characters. */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), LONGEST + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < LONGEST; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.length() >= LONGEST ? sb.append('…').toString() : sb.toString();
    }
}
