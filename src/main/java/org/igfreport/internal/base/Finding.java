package org.igfreport.internal.base;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The core's copy of the public {@code org.igfreport.Finding}; the facade converts it.
 *
 * One thing the checker found in a report: which rule, how serious, in which section, where,
 * what to do about it and the text it is about; beside the formatted message, its key in the
 * message bundle and its arguments ({@link Messages#arguments}), so that it can be formatted
 * again, in another language or by a host's own words.
 *
 * @param rule the stable rule id, e.g. {@code sentences-per-item}
 * @param severity the severity (after configuration)
 * @param section the section id, or {@code null} for findings about the whole document
 * @param message a message that tells a rapporteur what to fix
 * @param location where it is
 * @param excerpt the text it is about, shortened; may be empty
 * @param constraint the template constraint that fired, e.g. {@code sentences-per-item: 1}, or {@code null}
 * @param messageKey the message's key in the bundle, or {@code null} for a message not made from it
 * @param messageArguments the message's arguments, each a {@code String} or a {@code Number}; never {@code null}
 */
public record Finding(String rule, Severity severity, String section, String message, Location location,
                      String excerpt, String constraint, String messageKey, List<Object> messageArguments)
        implements Comparable<Finding> {

    /** Findings are sorted by line, then column, then rule, then section and message. */
    public static final Comparator<Finding> ORDER = new Order();

    /**
     * {@link #ORDER}: page (none first), line, column, rule, section (none first), message. A class of
     * its own rather than a chain of lambdas, each of which is a call site linked when a cold JVM starts.
     */
    private static final class Order implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = Integer.compare(a.location().page() == null ? 0 : a.location().page(),
                    b.location().page() == null ? 0 : b.location().page());
            if (c == 0) {
                c = Integer.compare(a.location().line(), b.location().line());
            }
            if (c == 0) {
                c = Integer.compare(a.location().column(), b.location().column());
            }
            if (c == 0) {
                c = a.rule().compareTo(b.rule());
            }
            if (c == 0) {
                c = (a.section() == null ? "" : a.section()).compareTo(b.section() == null ? "" : b.section());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    }

    /** Checks the required parts; the arguments become an immutable list of strings and numbers. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        excerpt = excerpt == null ? "" : excerpt;
        messageArguments = Messages.arguments(messageArguments);
    }

    /**
     * A finding whose message is the bundle's {@code messageKey} formatted with {@code args}.
     *
     * @param rule the rule id
     * @param severity the severity
     * @param section the section id, or {@code null}
     * @param location where it is
     * @param excerpt the text it is about, or {@code ""}
     * @param constraint the template constraint that fired, or {@code null}
     * @param messageKey the message key
     * @param args the message arguments
     * @return the finding, with its message, key and arguments
     */
    public static Finding of(String rule, Severity severity, String section, Location location, String excerpt,
                             String constraint, String messageKey, Object... args) {
        List<Object> arguments = Messages.arguments(args);
        return new Finding(rule, severity, section, Messages.format(messageKey, arguments.toArray()), location,
                excerpt, constraint, messageKey, arguments);
    }

    /** @param newSeverity the severity to report
     *  @return this finding with another severity */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, section, message, location, excerpt, constraint, messageKey,
                messageArguments);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
