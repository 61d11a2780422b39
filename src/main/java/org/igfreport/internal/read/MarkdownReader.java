package org.igfreport.internal.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.Row;
import org.igfreport.internal.document.Suppressions;

/**
 * Reads Markdown reports with commonmark-java: headings, paragraphs (with their soft line
 * breaks) and list items become rows at their source lines, with emphasis and link markup
 * removed ("**Session Title:** X" reads as "Session Title: X"). Paragraph structure comes from
 * the parser, not from guessing.
 */
public final class MarkdownReader extends TextualReader {

    private static final Parser PARSER = parser(PlainInlines.FACTORY);

    /**
     * The reader's parser: with {@code inlines} ({@link PlainInlines}, which makes commonmark-java's
     * own inline parser, a class of its {@code org.commonmark.internal} package, for blocks with
     * markup), or commonmark's parser alone where that class cannot be reached (commonmark's module
     * does not export the package: on the module path, or a release without the class). Both build
     * the same trees.
     */
    static Parser parser(InlineParserFactory inlines) {
        try {
            // commonmark makes an inline parser when the parser is built, and one per document
            Parser fast = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                    .inlineParserFactory(inlines).build();
            fast.parse("*a*");
            return fast;
        } catch (LinkageError e) {
            return Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        }
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    Document read(String text, String name, Limits limits) {
        Node root = PARSER.parse(text);
        List<Row> rows = new ArrayList<>();
        Suppressions suppressions = new Suppressions();
        root.accept(new Blocks(rows, suppressions));
        return Document.ofRows(name, format(), rows).withSuppressions(suppressions.all());
    }

    /** Visits block nodes and turns their inline content into rows. */
    private static final class Blocks extends AbstractVisitor {
        private final List<Row> rows;
        private final Suppressions suppressions;
        private String pendingMarker = "";
        /** The 1-based column of the pending list marker in the source. */
        private int markerColumn = 1;

        Blocks(List<Row> rows, Suppressions suppressions) {
            this.rows = rows;
            this.suppressions = suppressions;
        }

        @Override
        public void visit(Heading heading) {
            emit(heading, true);
        }

        @Override
        public void visit(Paragraph paragraph) {
            emit(paragraph, false);
        }

        @Override
        public void visit(ListItem item) {
            Node parent = item.getParent();
            String marker = "- ";
            if (parent instanceof OrderedList ol) {
                int index = 0;
                for (Node n = parent.getFirstChild(); n != null && n != item; n = n.getNext()) {
                    index++;
                }
                Integer start = ol.getMarkerStartNumber();
                marker = ((start == null ? 1 : start) + index) + ". ";
            } else if (parent instanceof BulletList) {
                marker = "- ";
            }
            pendingMarker = marker;
            List<SourceSpan> spans = item.getSourceSpans();
            markerColumn = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
            visitChildren(item);
            pendingMarker = "";
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            // the first source line is the opening fence: the literal starts on the next one
            literal(code, code.getLiteral(), 1);
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            literal(code, code.getLiteral(), 0);
        }

        @Override
        public void visit(HtmlBlock html) {
            // comments and raw HTML are not report text; suppression comments are kept aside
            comment(html, html.getLiteral());
        }

        @Override
        public void visit(HtmlInline html) {
            comment(html, html.getLiteral());
        }

        private void comment(Node node, String literal) {
            List<SourceSpan> spans = node.getSourceSpans();
            int line = spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
            int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
            String text = literal.strip();
            suppressions.accept(text, Location.of(line, column, column + Math.max(0, text.indexOf('\n') < 0
                    ? text.length() - 1 : text.indexOf('\n') - 1)));
        }

        @Override
        public void visit(ThematicBreak br) {
            // a horizontal rule separates, nothing more
        }

        /**
         * The lines of a code block's literal as rows at their source lines: {@code skip} source
         * lines (an opening fence) come before the literal's first line. A line's column is
         * where its block content starts in the source; the literal drops the indentation of an
         * indented code block (4 columns) and up to the fence's own indentation.
         */
        private void literal(Node node, String text, int skip) {
            List<SourceSpan> spans = node.getSourceSpans();
            int line = firstLine(node) + skip;
            String[] parts = text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i == parts.length - 1 && parts[i].isEmpty()) {
                    break;
                }
                int span = skip + i;
                int column = span < spans.size() ? spans.get(span).getColumnIndex() + 1 : 1;
                if (span < spans.size()) {
                    column += Math.max(0, spans.get(span).getLength() - parts[i].length());
                }
                rows.add(new Row(null, Fragment.of(parts[i], line + 1 + i, column),
                        i + 1 < parts.length - 1 ? Break.SOFT : Break.HARD, false));
            }
        }

        private void emit(Node block, boolean heading) {
            List<StringBuilder> lines = new ArrayList<>();
            String marker = pendingMarker;
            lines.add(new StringBuilder(marker));
            pendingMarker = "";
            List<Integer> columns = new ArrayList<>();
            columns.add(0);
            inline(block, lines, columns);
            List<SourceSpan> spans = block.getSourceSpans();
            for (int i = 0; i < lines.size(); i++) {
                int line;
                int column;
                if (i < spans.size()) {
                    line = spans.get(i).getLineIndex() + 1;
                    column = columns.get(i) > 0 ? columns.get(i) : spans.get(i).getColumnIndex() + 1;
                    if (i == 0 && !marker.isEmpty()) {
                        // the row starts with the list marker, written as "- " or "N. ": its text
                        // lines up with the source when the marker ends where the source's does
                        column = Math.max(markerColumn, column - marker.length());
                    }
                } else {
                    line = spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
                    column = 1;
                }
                boolean last = i == lines.size() - 1;
                rows.add(new Row(null, Fragment.of(lines.get(i).toString(), line, column),
                        last ? Break.HARD : Break.SOFT, heading));
            }
        }

        private static int firstLine(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
        }

        /**
         * Appends the text of inline nodes to the lines (a new line at each line break) and
         * records per line the source column of its first inline node (0 while none), where its
         * text starts: after a heading's "#", at the markup of "**Session Title:**".
         */
        private void inline(Node parent, List<StringBuilder> lines, List<Integer> columns) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                StringBuilder cur = lines.get(lines.size() - 1);
                int last = columns.size() - 1;
                boolean text = !(n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof HtmlInline);
                if (columns.get(last) == 0 && text && !n.getSourceSpans().isEmpty()) {
                    columns.set(last, n.getSourceSpans().get(0).getColumnIndex() + 1);
                }
                if (n instanceof Text t) {
                    cur.append(t.getLiteral());
                } else if (n instanceof Code c) {
                    cur.append(c.getLiteral());
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    lines.add(new StringBuilder());
                    columns.add(0);
                } else if (n instanceof HtmlInline) {
                    n.accept(this);
                } else {
                    inline(n, lines, columns);
                }
            }
        }
    }
}
