package org.igfreport.internal.read;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;

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

    /**
     * Splits text at its line breaks ({@code \r\n}, {@code \r} or {@code \n}) as
     * {@code text.split("\r\n|\r|\n", -1)} would, an empty last line included, without a regex
     * (texts can be megabytes): the text and YAML/JSON readers share it.
     *
     * @param text any text
     * @return its lines, at least one
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            out.add(text.substring(start, i));
            start = text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
        }
        out.add(start == 0 ? text : text.substring(start));
        return out;
    }
}
