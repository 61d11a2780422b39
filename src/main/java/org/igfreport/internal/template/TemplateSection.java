package org.igfreport.internal.template;

import java.util.List;

/**
 * One section of a template: its id, its exact label and the variants real reports use, what
 * it holds and the constraints on it.
 *
 * @param id the section id (snake_case, e.g. {@code key_issues})
 * @param label the exact label of the template
 * @param variants other labels real reports use
 * @param kind what the section holds
 * @param requirement whether it must be there
 * @param when for conditional sections, when they are required; else {@code null}
 * @param help one line on what the section asks for
 * @param constraints the constraints on its content
 */
public record TemplateSection(String id, String label, List<String> variants, SectionKind kind,
                              Requirement requirement, Condition when, String help, Constraints constraints) {
    /** Makes the lists immutable. */
    public TemplateSection {
        variants = List.copyOf(variants);
        constraints = constraints == null ? Constraints.NONE : constraints;
        help = help == null ? "" : help;
    }

    /** @return the label followed by its variants */
    public List<String> labels() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(label);
        all.addAll(variants);
        return all;
    }
}
