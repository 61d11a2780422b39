package org.igfreport.read;

import org.igfreport.Limits;
import org.igfreport.document.Document;

/**
 * A reader of a text format (plain text, Markdown, YAML, JSON): decodes the bytes once, the same
 * way for all of them ({@link Decoding}), turns binary and empty files into {@code input-unreadable}
 * findings, and hands the text on.
 */
abstract class TextualReader implements ReportReader {

    @Override
    public final Document read(byte[] content, String name, Limits limits) {
        Decoding.Result decoded = Decoding.decode(content);
        if (decoded.text() == null) {
            return Unreadable.document(name, format(), "binary");
        }
        if (decoded.text().isBlank()) {
            return Unreadable.document(name, format(), "empty");
        }
        return read(decoded.text(), name, limits);
    }

    /**
     * @param text the decoded text, not blank
     * @param name the file's path or name
     * @param limits the limits in force
     * @return the document
     */
    abstract Document read(String text, String name, Limits limits);
}
