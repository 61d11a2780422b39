package org.igfreport.internal.template;

import java.util.List;
import java.util.Optional;

/**
 * An IGF report template, loaded from a data file under {@code schemas/templates/}. Immutable.
 *
 * @param id the template id, e.g. {@code igf-2017-workshop}
 * @param year the IGF year
 * @param title the template's title
 * @param source where its wording comes from
 * @param headings lines of the template that are not sections (title, group headings)
 * @param sections the sections in template order
 * @param file the file or resource it was loaded from
 */
public record Template(String id, int year, String title, String source, List<String> headings,
                       List<TemplateSection> sections, String file) {
    /** Makes the lists immutable. */
    public Template {
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
    }

    /** @param sectionId a section id
     *  @return the section with that id */
    public Optional<TemplateSection> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
