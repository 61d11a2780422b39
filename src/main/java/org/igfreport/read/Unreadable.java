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
        return new Finding(RULE, Severity.ERROR, null, Messages.format(RULE + "." + reason, args), Location.START, "",
                null);
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
        return new Finding(RULE, Severity.WARNING, null, Messages.format(RULE + "." + reason, args), Location.START,
                "", null);
    }
}
