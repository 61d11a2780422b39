package org.igfreport.internal.output;

import java.io.OutputStream;
import java.io.Writer;
import org.igfreport.Finding;
import org.igfreport.internal.base.Texts;

/**
 * Writes GitHub Actions workflow commands, one per finding, which GitHub shows as annotations
 * on the pull request:
 * <pre>
 * ::error file=reports/ws42.txt,line=35,col=1,title=[sentences-per-item]::Key issue 1 has ...
 * </pre>
 * Warnings become {@code ::warning}, infos {@code ::notice}. Values are escaped as GitHub's
 * toolkit does: {@code %}, CR and LF everywhere, and also {@code :} and {@code ,} in properties;
 * the other controls (ESC, C1, U+2028, U+2029, ...) are written as visible escapes
 * ({@link Escapes}), so nothing in a path or a message can start a command of its own.
 * For paged input the page follows the message. A finding in a Word table row names the row and
 * the paragraph within its cell before the message, as the text output does, and gives no line (the
 * paragraph number, which Word never shows). GitHub shows at most 10 annotations of each kind
 * per step and drops the rest: the writer writes the first 10 errors, 10 warnings and 9 notices,
 * and then, if it held any back, one notice saying how many and where to see them (the run's other
 * outputs, or another format). The summary line follows unless quiet.
 */
public final class GithubWriter extends LineWriter {

    /** The annotations of each kind GitHub shows per step. */
    static final int SHOWN = 10;

    /** Per severity (by ordinal): annotations written, and findings held back. */
    private final int[] written = new int[3];
    private final long[] held = new long[3];

    /**
     * @param out where to write, in UTF-8
     * @param options quietness (colour does not apply)
     */
    public GithubWriter(OutputStream out, WriterOptions options) {
        super(out, options);
    }

    @Override
    String line(String path, Finding f) {
        int k = f.severity().ordinal();
        // one notice is kept for the count of what was held back
        if (written[k] >= (f.severity() == org.igfreport.Severity.INFO ? SHOWN - 1 : SHOWN)) {
            held[k]++;
            return null;
        }
        written[k]++;
        return command(path, f);
    }

    @Override
    java.util.List<String> closing() {
        long n = held[0] + held[1] + held[2];
        if (n == 0) {
            return java.util.List.of();
        }
        var e = org.igfreport.Severity.ERROR.ordinal();
        var w = org.igfreport.Severity.WARNING.ordinal();
        var i = org.igfreport.Severity.INFO.ordinal();
        String where = options.elsewhere().isEmpty() ? Texts.format("output.github.see-format")
                : Texts.format("output.github.see", String.join(", ", options.elsewhere()));
        String message = Texts.format("output.github.held", n, String.valueOf(n), String.valueOf(held[e]),
                String.valueOf(held[w]), String.valueOf(held[i]), String.valueOf(SHOWN), where);
        return java.util.List.of("::notice" + ' ' + "title=" + property(Texts.format("output.github.held-title")) + "::" + data(message));
    }

    /**
     * @param path the report's path
     * @param f a finding
     * @return its workflow command, without the line end
     */
    static String command(String path, Finding f) {
        String kind = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        var l = f.location();
        String cell = TextWriter.cell(l);
        String message = (cell == null ? "" : cell + ": ") + f.message()
                + (l.page() == null ? "" : " (" + Texts.format("output.page", String.valueOf(l.page())) + ")");
        return "::" + kind + " file=" + property(path) + (cell == null ? ",line=" + l.line() + ",col=" + l.column() : "")
                + ",title=" + property("[" + f.rule() + "]") + "::" + data(message);
    }

    /**
     * @param s a message
     * @return it escaped as workflow command data
     */
    static String data(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> sb.append("%25");
                case '\r' -> sb.append("%0D");
                case '\n' -> sb.append("%0A");
                default -> sb.append(Escapes.unsafe(c) ? Escapes.visible(String.valueOf(c)) : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    /**
     * @param s a property value
     * @return it escaped as a workflow command property
     */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
