package org.igfreport;

import java.util.List;

/**
 * A template a validator knows: one IGF report form, as {@link ReportValidator#templates()} lists
 * it. Choose it with {@link ReportValidator.Builder#template(String)} by its id, or by the path of
 * its file.
 *
 * @param id the template id, e.g. {@code igf-2017-workshop}
 * @param year the IGF year
 * @param title the template's title
 * @param file the file or resource it was loaded from
 * @param sections the ids of its sections, in template order
 */
public record TemplateInfo(String id, int year, String title, String file, List<String> sections) {
    /**
     * Makes the list immutable.
     *
     * @param id the template id, e.g. {@code igf-2017-workshop}
     * @param year the IGF year
     * @param title the template's title
     * @param file the file or resource it was loaded from
     * @param sections the ids of its sections, in template order
     */
    public TemplateInfo {
        sections = List.copyOf(sections);
    }
}
