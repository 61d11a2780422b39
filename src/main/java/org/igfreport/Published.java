package org.igfreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.internal.base.Facts;
import org.igfreport.internal.engine.Outcome;

/**
 * The one conversion between the core's value types ({@code org.igfreport.internal.base},
 * {@link Outcome}) and the public ones. It lives here, in the API package, because the core never
 * depends on the API (no package cycle); everything that hands results to a user, the command
 * line and the Maven goal included, gets them from {@link ReportValidator}, which converts here.
 */
final class Published {

    private Published() {
    }

    /** @return the public result of an engine's outcome */
    static ReportResult result(Outcome o) {
        List<Finding> findings = new ArrayList<>(o.findings().size());
        for (org.igfreport.internal.base.Finding f : o.findings()) {
            findings.add(finding(f));
        }
        Map<String, SectionSummary> sections = new LinkedHashMap<>();
        for (var e : o.sections().entrySet()) {
            var c = e.getValue();
            sections.put(e.getKey(),
                    new SectionSummary(c.line(), c.page(), c.items(), c.paragraphs(), c.sentences(), c.words()));
        }
        return new ReportResult(o.path(), o.format(), o.template(), findings, sections, facts(o.facts()));
    }

    /** @return the public form of the values a report states */
    static ReportFacts facts(Facts f) {
        if (f == Facts.NONE) {
            return ReportFacts.NONE;
        }
        Map<String, ReportFacts.Source> sources = new LinkedHashMap<>();
        for (var e : f.sources().entrySet()) {
            var s = e.getValue();
            sources.put(e.getKey(), new ReportFacts.Source(s.section(), s.text(), location(s.location())));
        }
        return new ReportFacts(f.title(), f.date(), f.organizer(), f.rapporteur(), f.speakers(),
                f.speakersWithAffiliation(), f.participants(), f.women(), f.genderDiscussed(), f.genderSummary(),
                f.genderAsked(), sources);
    }

    /** @return the public form of a core finding, its message key and arguments included */
    static Finding finding(org.igfreport.internal.base.Finding f) {
        return new Finding(f.rule(), severity(f.severity()), f.section(), f.message(), location(f.location()),
                f.excerpt(), f.constraint(), f.messageKey(), f.messageArguments());
    }

    static Location location(org.igfreport.internal.base.Location l) {
        return new Location(l.line(), l.column(), l.endLine(), l.endColumn(), l.page(), l.pointer(), l.row(), l.paragraph());
    }

    static Severity severity(org.igfreport.internal.base.Severity s) {
        return Severity.valueOf(s.name());
    }

    static org.igfreport.internal.base.Severity severity(Severity s) {
        return org.igfreport.internal.base.Severity.valueOf(s.name());
    }

    static org.igfreport.internal.base.Limits limits(Limits l) {
        return new org.igfreport.internal.base.Limits(l.maxBytes(), l.maxPages(), l.maxDepth(), l.maxAliases(),
                l.maxTime(), l.maxOperators(), l.maxPageOperators(), l.maxGlyphs(), l.maxPageGlyphs(), l.maxFormCalls(),
                l.maxInflated(), l.maxNodes(), l.maxWordElements());
    }
}
