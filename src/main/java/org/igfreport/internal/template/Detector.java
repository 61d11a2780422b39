package org.igfreport.internal.template;

import java.util.List;
import org.igfreport.internal.document.Document;

/**
 * Decides which template a document follows: maps it onto every candidate, scores each by the
 * labels found (long, exact labels weigh more than short ones or variants; a matching title
 * line adds), subtracts for required sections not found, and takes the best. A document whose
 * best fit is too weak is not a report of any template. Stateless.
 */
public final class Detector {

    /** The least label weight that makes a document a report (about two long labels). */
    public static final double THRESHOLD = 4.0;

    private Detector() {
    }

    /**
     * The outcome of detection.
     *
     * @param report the document mapped onto the chosen template, or {@code null} when none fits
     * @param closest the best fit even when too weak (for the message), or {@code null} without templates
     */
    public record Detection(MappedReport report, MappedReport closest) {
        /** @return whether a template was recognised */
        public boolean recognized() {
            return report != null;
        }
    }

    /**
     * @param document the document
     * @param candidates the templates to try (one for an explicit {@code --template})
     * @return the detection
     */
    public static Detection detect(Document document, List<Template> candidates) {
        if (document.isStructured()) {
            return detectStructured(document, candidates);
        }
        document = Mapper.unglued(document, candidates);
        Mapper.RowView rows = new Mapper.RowView(document.rows());
        Mapper.Located best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestMissing = 0;
        for (Template t : candidates) {
            if (best != null && maxScore(t) + TIE < bestScore - TIE) {
                // it cannot win whatever its labels found: its score is at most maxScore
                continue;
            }
            Mapper.Located l = Mapper.locate(document, t, rows);
            int missing = missing(t, l.found());
            double s = l.score() - 0.5 * missing;
            if (best == null || s > bestScore + TIE || (s >= bestScore - TIE && better(t, missing, best, bestMissing))) {
                best = l;
                bestScore = s;
                bestMissing = missing;
            }
        }
        if (best == null) {
            return new Detection(null, null);
        }
        MappedReport report = Mapper.build(document, best);
        boolean recognized = best.score() >= THRESHOLD && best.found().size() >= 2 && hasBody(best);
        return new Detection(recognized ? report : null, report);
    }

    /** Scores closer than this are a tie. */
    private static final double TIE = 1e-9;

    /**
     * Between equal scores: the template the document fills more completely (fewer required
     * sections not found), then the later year. A 2016-form report under a 2017 heading, without
     * the 2017 gender questions, scores the same on both and is a complete 2016 report.
     */
    private static boolean better(Template t, int missing, Mapper.Located best, int bestMissing) {
        return missing != bestMissing ? missing < bestMissing : t.year() > best.template().year();
    }

    private static Detection detectStructured(Document document, List<Template> candidates) {
        MappedReport best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Template t : candidates) {
            if (document.templateHint() != null && candidates.size() > 1 && !t.id().equals(document.templateHint())) {
                continue;
            }
            MappedReport m = Mapper.map(document, t);
            double s = m.score() - 0.5 * missing(t, m.sections().keySet());
            if (best == null || s > bestScore || (s == bestScore && t.year() > best.template().year())) {
                best = m;
                bestScore = s;
            }
        }
        if (best == null && document.templateHint() != null) {
            return detectStructured(new Document(document.name(), document.format(), document.rows(), document.fields(),
                    null, document.findings(), document.unreadable(), document.source(), document.suppressions()),
                    candidates);
        }
        if (best == null) {
            return new Detection(null, null);
        }
        boolean recognized = best.sections().size() >= 2 || document.templateHint() != null;
        return new Detection(recognized ? best : null, best);
    }

    /**
     * Whether a section of the report's body was found, not only the header fields every IGF
     * form shares (title, date, time, organiser, moderator, rapporteur, speakers): a form that
     * matches only those is another form (the 2018 online report, a registration form), not a
     * report on this template.
     */
    static boolean hasBody(Mapper.Located located) {
        for (TemplateSection s : located.template().sections()) {
            if (located.found().contains(s.id()) && !isHeader(s.kind())) {
                return true;
            }
        }
        return located.template().sections().stream().allMatch(s -> isHeader(s.kind()));
    }

    private static boolean isHeader(SectionKind kind) {
        return kind == SectionKind.TEXT || kind == SectionKind.DATE || kind == SectionKind.TIME
                || kind == SectionKind.PERSON || kind == SectionKind.PEOPLE;
    }

    /**
     * The most a template can score on any document ({@link Mapper#locate}): each section found
     * once, with its own label whole; unbounded when the template has headings, which score at
     * every row where they are found. A template whose bound is below the best score so far
     * need not be located: it would not be chosen, nor be the closest.
     */
    static double maxScore(Template t) {
        if (!t.headings().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (TemplateSection s : t.sections()) {
            max += Mapper.maxWeight(s);
        }
        return max;
    }

    private static int missing(Template t, java.util.Set<String> found) {
        int missing = 0;
        for (TemplateSection s : t.sections()) {
            if (s.requirement() == Requirement.REQUIRED && !found.contains(s.id())) {
                missing++;
            }
        }
        return missing;
    }

}
