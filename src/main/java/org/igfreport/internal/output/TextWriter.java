package org.igfreport.internal.output;

import java.io.OutputStream;
import java.io.Writer;
import org.igfreport.Finding;
import org.igfreport.Severity;
import org.igfreport.internal.base.Texts;

/**
 * Writes findings as a compiler does, one line each, then a summary line:
 * <pre>
 * reports/ws42.txt:35:1: error [sentences-per-item] Key issue 1 has 2 sentences; ...
 * Rules found: sentences-per-item; igf-report explain RULE tells what a rule asks and how to fix it.
 * 3 errors, 1 warning, 0 infos in 1 report
 * </pre>
 * For paged input (PDF) the line is within the page, and the page follows the message. For a
 * Word table, the row (its label) and the paragraph within its answer cell take the place of the
 * line and column, which Word does not show ({@code ws42.docx: row "Key Issues", paragraph 2: ...}). A line
 * break in a message reads as a space; line breaks, ESC and the other controls in a path or a
 * message are written as visible escapes ({@link Escapes}), so no report can add a line of its own
 * (a GitHub workflow command, say) or drive the terminal.
 */
public final class TextWriter extends LineWriter {

    private static final String RESET = "\u001b[0m";

    /**
     * @param out where to write, in UTF-8
     * @param options colour and quietness
     */
    public TextWriter(OutputStream out, WriterOptions options) {
        super(out, options);
    }

    @Override
    String line(String path, Finding f) {
        StringBuilder sb = new StringBuilder();
        String cell = cell(f.location());
        sb.append(Escapes.visible(path));
        if (cell != null) {
            sb.append(": ").append(Escapes.prose(cell));
        } else {
            sb.append(':').append(f.location().line()).append(':').append(f.location().column());
        }
        sb.append(": ").append(severity(f.severity())).append(" [").append(Escapes.visible(f.rule())).append("] ")
                .append(Escapes.prose(f.message()));
        if (f.location().page() != null) {
            sb.append(" (").append(Texts.format("output.page", String.valueOf(f.location().page()))).append(')');
        }
        return sb.toString();
    }

    /**
     * @param l a location
     * @return its Word table row and paragraph as a person reads them, or {@code null} when it has none
     *     (every output that names a place in words says this instead of the paragraph number)
     */
    public static String cell(org.igfreport.Location l) {
        if (l.row() == null) {
            return null;
        }
        return l.paragraph() == null ? Texts.format("output.row", l.row())
                : Texts.format("output.row-paragraph", l.row(), String.valueOf(l.paragraph()));
    }

    /** Names the rules found, and where each is explained ({@code igf-report explain RULE}, the rule's page). */
    @Override
    java.util.List<String> footer(java.util.Collection<String> rules) {
        if (rules.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.List.of(Texts.format("output.explain", Escapes.visible(String.join(", ", rules))));
    }

    private String severity(Severity s) {
        if (!options.color()) {
            return s.id();
        }
        String colour = switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
        return colour + s.id() + RESET;
    }
}
