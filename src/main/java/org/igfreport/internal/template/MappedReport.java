package org.igfreport.internal.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.igfreport.internal.document.Document;

/**
 * A document mapped onto a template: the sections found, by id, in template order. Sections
 * not found are absent. Immutable.
 *
 * @param template the template
 * @param document the document
 * @param sections the sections found, by id, in template order
 * @param score how well the document fits the template (higher is better)
 */
public record MappedReport(Template template, Document document, Map<String, Section> sections, double score) {

    /** Makes the map immutable. */
    public MappedReport {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** @param id a section id
     *  @return the section, if found */
    public Optional<Section> section(String id) {
        return Optional.ofNullable(sections.get(id));
    }
}
