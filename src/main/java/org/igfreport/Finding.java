package org.igfreport;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the checker found in a report: which rule, how serious, in which section, where,
 * what to do about it and the text it is about.
 *
 * @param rule the stable rule id, e.g. {@code sentences-per-item}
 * @param severity the severity (after configuration)
 * @param section the section id, or {@code null} for findings about the whole document
 * @param message a message that tells a rapporteur what to fix
 * @param location where it is
 * @param excerpt the text it is about, shortened; may be empty
 * @param constraint the template constraint that fired, e.g. {@code sentences-per-item: 1}, or {@code null}
 */
public record Finding(String rule, Severity severity, String section, String message, Location location,
                      String excerpt, String constraint) implements Comparable<Finding> {

    /** Findings are sorted by line, then column, then rule, then section and message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.location().page() == null ? 0 : f.location().page())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.section() == null ? "" : f.section())
            .thenComparing(Finding::message);

    /**
     * Checks the required parts.
     *
     * @param rule the stable rule id, e.g. {@code sentences-per-item}
     * @param severity the severity (after configuration)
     * @param section the section id, or {@code null} for findings about the whole document
     * @param message a message that tells a rapporteur what to fix
     * @param location where it is
     * @param excerpt the text it is about, shortened; may be empty
     * @param constraint the template constraint that fired, e.g. {@code sentences-per-item: 1}, or {@code null}
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** @param newSeverity the severity to report
     *  @return this finding with another severity */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, section, message, location, excerpt, constraint);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
