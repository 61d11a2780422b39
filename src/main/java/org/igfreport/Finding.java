package org.igfreport;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.igfreport.internal.base.Messages;

/**
 * One thing the checker found in a report: which rule, how serious, in which section, where,
 * what to do about it and the text it is about.
 *
 * <p>Beside the formatted {@link #message()}, a finding keeps the message's key in the checker's
 * message bundle ({@link #messageKey()}, e.g. {@code sentences-per-item} or
 * {@code input-unreadable.too-large}) and its arguments ({@link #messageArguments()}), so that a
 * host can group findings by what they say, whatever the numbers in them, or word them its own
 * way: a {@link java.text.MessageFormat} of the bundle's pattern for that key, in
 * {@link java.util.Locale#ROOT}, formats the arguments into the message. The arguments are
 * {@code String}s and {@code Number}s (numbers stay numbers: a pattern may choose its wording by
 * them, as in "1 sentence" / "3 sentences"). Keys and their arguments are listed in
 * {@code messages.properties} of the jar ({@code org/igfreport/internal/base/}); the JSON, SARIF
 * and other outputs carry only the formatted message.
 *
 * @param rule the stable rule id, e.g. {@code sentences-per-item}
 * @param severity the severity (after configuration)
 * @param section the section id, or {@code null} for findings about the whole document
 * @param message a message that tells a rapporteur what to fix
 * @param location where it is
 * @param excerpt the text it is about, shortened; may be empty
 * @param constraint the template constraint that fired, e.g. {@code sentences-per-item: 1}, or {@code null}
 * @param messageKey the key of {@code message} in the checker's message bundle, or {@code null} for a
 *        finding made with a message of its own (the seven-argument constructor)
 * @param messageArguments the arguments {@code message} was formatted with, in order: an immutable
 *        list of {@code String}s and {@code Number}s, empty when there are none; never {@code null}
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
     * @param messageKey the key of {@code message} in the checker's message bundle, or {@code null}
     * @param messageArguments the arguments {@code message} was formatted with, or {@code null} for none;
     *        a value that is neither a {@code String} nor a {@code Number} is kept as its
     *        {@code String.valueOf}, which is how {@link java.text.MessageFormat} prints it
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        excerpt = excerpt == null ? "" : excerpt;
        messageArguments = Messages.arguments(messageArguments);
    }

    /**
     * A finding with a message of its own, not made from the checker's message bundle: no
     * {@link #messageKey()} and no {@link #messageArguments()}.
     *
     * @param rule the stable rule id, e.g. {@code sentences-per-item}
     * @param severity the severity (after configuration)
     * @param section the section id, or {@code null} for findings about the whole document
     * @param message a message that tells a rapporteur what to fix
     * @param location where it is
     * @param excerpt the text it is about, shortened; may be empty
     * @param constraint the template constraint that fired, e.g. {@code sentences-per-item: 1}, or {@code null}
     */
    public Finding(String rule, Severity severity, String section, String message, Location location,
                   String excerpt, String constraint) {
        this(rule, severity, section, message, location, excerpt, constraint, null, List.of());
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
