package org.igfreport.read;

import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.Severity;
import org.igfreport.document.Document;
import org.igfreport.rule.Messages;

/** Builds the {@code input-unreadable} finding (and document) for a file that cannot be read. */
public final class Unreadable {

    /** The rule id. */
    public static final String RULE = "input-unreadable";

    private Unreadable() {
    }

    /**
     * @param reason the message key suffix ({@code too-large}, {@code binary}, {@code encrypted}, ...)
     * @param args the message arguments
     * @return the finding
     */
    public static Finding finding(String reason, Object... args) {
        return new Finding(RULE, Severity.ERROR, null, message(reason, args), Location.START, "", null);
    }

    /**
     * @param name the file's name
     * @param format the format id
     * @param reason the message key suffix
     * @param args the message arguments
     * @return a document that could not be read
     */
    public static Document document(String name, String format, String reason, Object... args) {
        return Document.unreadable(name, format, finding(reason, args));
    }

    /**
     * A warning about a file that was read, but not cleanly (damaged, partly recovered).
     *
     * @param reason the message key suffix
     * @param args the message arguments
     * @return the finding
     */
    public static Finding warning(String reason, Object... args) {
        return new Finding(RULE, Severity.WARNING, null, message(reason, args), Location.START, "", null);
    }

    /** The message for a reason; the bare key and arguments when the bundle lacks it, so that a
     *  missing message never turns an unreadable file into a stack trace. */
    private static String message(String reason, Object... args) {
        String key = RULE + "." + reason;
        if (Messages.has(key)) {
            return Messages.format(key, args);
        }
        StringBuilder sb = new StringBuilder(key);
        for (Object a : args) {
            sb.append(sb.length() == key.length() ? ": " : ", ").append(a);
        }
        return sb.toString();
    }
}
