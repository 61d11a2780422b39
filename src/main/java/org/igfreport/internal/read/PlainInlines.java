package org.igfreport.internal.read;

import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark-java's inline parser with a short way for the blocks most reports are made of: lines
 * of prose without a character that can start markup. For such a block commonmark's own parser
 * makes, line by line, one {@link Text} (its trailing spaces removed, and on the last line its
 * trailing spaces and tabs) with the source span of the whole line, and between lines a
 * {@link HardLineBreak} after two or more trailing spaces, else a {@link SoftLineBreak}: this class
 * makes those nodes without its scanner, delimiter stack and the per-block set-up of its content
 * parsers. Every other block (a character of {@code ! [ ] * _ \ ` & <} or NUL, an empty or blank
 * line) goes to commonmark's parser unchanged. {@code PlainInlinesTest} compares both parsers'
 * trees, spans included, on the repository's Markdown and on generated text.
 *
 * <p>The special characters are those of commonmark-java 0.27.1's {@code InlineParserImpl} with no
 * extension: the emphasis delimiters, the triggers of its content parsers (backslash, backtick,
 * entity, autolink and HTML), the brackets and the bang, the line feed; check them when updating
 * commonmark-java (the test above fails on a difference in what it covers).
 */
final class PlainInlines implements InlineParser {

    /** Makes the parser for a document: commonmark's own one, used for blocks with markup. */
    static final InlineParserFactory FACTORY = new InlineParserFactory() {
        @Override
        public InlineParser create(InlineParserContext context) {
            return new PlainInlines(new InlineParserImpl(context));
        }
    };

    private final InlineParser full;

    PlainInlines(InlineParser full) {
        this.full = full;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        List<SourceLine> all = lines.getLines();
        if (all.isEmpty() || !plain(all)) {
            full.parse(lines, block);
            return;
        }
        int n = all.size();
        for (int i = 0; i < n; i++) {
            SourceLine line = all.get(i);
            // the run from the line's start to its end as commonmark's scanner gives it
            // (Scanner.getSource, SourceLine.substring): the content as a String, the span cut to it
            String content = line.getContent().toString();
            int length = content.length();
            SourceSpan span = line.getSourceSpan();
            boolean last = i == n - 1;
            int end = length;
            while (end > 0 && (content.charAt(end - 1) == ' ' || last && content.charAt(end - 1) == '\t')) {
                end--;
            }
            Text text = new Text(end == length ? content : content.substring(0, end));
            text.setSourceSpans(span == null ? List.of() : List.of(span.subSpan(0, length)));
            block.appendChild(text);
            if (!last) {
                block.appendChild(length - end >= 2 ? new HardLineBreak() : new SoftLineBreak());
            }
        }
    }

    /**
     * @return whether no line is empty or blank (spaces and tabs) and no character can start
     *     markup (commonmark's text run would stop there)
     */
    private static boolean plain(List<SourceLine> lines) {
        for (int i = 0, n = lines.size(); i < n; i++) {
            String s = lines.get(i).getContent().toString();
            boolean blank = true;
            for (int k = 0, len = s.length(); k < len; k++) {
                char c = s.charAt(k);
                if (c < 128 && SPECIAL[c]) {
                    return false;
                }
                if (c != ' ' && c != '\t') {
                    blank = false;
                }
            }
            if (blank) {
                return false;
            }
        }
        return true;
    }

    /** The characters at which commonmark's text run stops (all ASCII), and NUL. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "![]*_\\`&<\n\0".toCharArray()) {
            SPECIAL[c] = true;
        }
    }
}
