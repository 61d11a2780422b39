package org.igfreport.internal.read;

import java.math.BigDecimal;
import java.time.Duration;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.base.Messages;

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
        return finding(Severity.ERROR, reason, args);
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
        return finding(Severity.WARNING, reason, args);
    }

    /**
     * A time limit as the messages write it.
     *
     * @param d a duration
     * @return it as a person writes it: {@code 500 ms}, {@code 30 s}, {@code 1.5 s}
     */
    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }

    /** Java names in a library's message: qualified class names, exception names, "error:" prefixes. */
    private static final java.util.regex.Pattern JAVA_NAMES = java.util.regex.Pattern.compile(
            "(?:\\b[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*:?\\s*|\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*"
            + "|^\\s*(?:error|warning):\\s*");

    /**
     * What went wrong, in words a rapporteur can pass on: a library's message without Java class
     * or exception names, on one line, at most 160 characters; a general phrase where nothing is
     * left. A document type declaration (which Word and PDF files never need, and which could point
     * at other files) is named as such.
     *
     * @param e what a library threw
     * @return the detail for a {@code corrupt} message
     */
    public static String detail(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        if (all.indexOf("DOCTYPE") >= 0) {
            return Messages.format("phrase.corrupt.dtd");
        }
        String m = e.getMessage();
        m = m == null ? "" : JAVA_NAMES.matcher(m.replace('\n', ' ').replace('\r', ' ').strip()).replaceAll("").strip();
        while (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1).strip();
        }
        if (m.isEmpty() || m.equals("null")) {
            return Messages.format("phrase.corrupt.structure");
        }
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }

    /** The finding for a reason; its message is the bare key and arguments when the bundle lacks the
     *  key, so that a missing message never turns an unreadable file into a stack trace (the
     *  catalogue test keeps every key defined). */
    private static Finding finding(Severity severity, String reason, Object... args) {
        String key = RULE + "." + reason;
        if (Messages.has(key)) {
            return Finding.of(RULE, severity, null, Location.START, "", null, key, args);
        }
        StringBuilder sb = new StringBuilder(key);
        for (Object a : args) {
            sb.append(sb.length() == key.length() ? ": " : ", ").append(a);
        }
        return new Finding(RULE, severity, null, sb.toString(), Location.START, "", null, key, Messages.arguments(args));
    }
}
