package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The Markdown reader's inline parser ({@link PlainInlines}) builds the tree commonmark-java's own
 * inline parser builds: the same nodes, literals and source spans, on every Markdown file of the
 * repository, on hand-made cases (trailing spaces and tabs, hard breaks, indented continuation
 * lines, headings, lists, quotes, each special character) and on generated text.
 */
class PlainInlinesTest {

    private static final Parser COMMONMARK = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser PLAIN = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(PlainInlines.FACTORY).build();

    /** Every node with its attributes ({@code Text{literal=...}}) and source spans, indented by depth. */
    static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        tree(root, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node);
        for (SourceSpan s : node.getSourceSpans()) {
            out.append(" [").append(s.getLineIndex()).append(':').append(s.getColumnIndex())
                    .append(" @").append(s.getInputIndex()).append('+').append(s.getLength()).append(']');
        }
        out.append('\n');
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            tree(n, depth + 1, out);
        }
    }

    private static void same(String md) {
        assertThat(tree(PLAIN.parse(md))).as(md).isEqualTo(tree(COMMONMARK.parse(md)));
    }

    @Test
    void sameTreeForTheRepositorysMarkdown() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("examples", "src", "seeds", "docs", "README.md", "ARCHITECTURE.md",
                "BENCHMARKS.md", "CHANGELOG.md")) {
            Path p = Path.of(root);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            same(Files.readString(f, StandardCharsets.UTF_8));
        }
    }

    /** The short way is taken: these blocks never reach commonmark's parser (which throws here). */
    @Test
    void plainBlocksAreParsedWithoutCommonmarksParser() {
        Parser alone = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(context -> new PlainInlines((lines, block) -> {
                    throw new AssertionError(lines.getContent());
                })).build();
        String md = "# Key Issues\n\nSession title: X  \nDate: 19 December 2017\n\n- item\n  continued\n\n"
                + "1. first.\n2. second, (see https://www.intgovforum.org/)\n\n> quoted\n\nLast line\t \n";
        assertThat(tree(alone.parse(md))).isEqualTo(tree(COMMONMARK.parse(md)));
    }

    @Test
    void sameTreeForHandMadeCases() {
        for (String md : List.of(
                "plain line\n", "plain line", "two  \nlines\n", "trailing one \nspace\n", "tab\t\nline\t\n",
                "tab then spaces\t  \nnext\t \t", "last line spaces   ", "  indented first\n   continuation\n",
                "# Heading \n", "# \n", "#\n", "Setext\n===\n", "Two line\nsetext\n---\n", "- item one\n  more\n- two  \n",
                "1. first\n2. second\n", "> quoted\n> lines  \n", "a\n\n\nb\n", "x\r\ny\r\n", "caf\u00e9 \u2019quote\u2019\n",
                "**bold** plain\nnext\n", "a * b\n", "snake_case\n", "a \\ b\n", "`code`\n", "AT&T\n", "a < b\n",
                "a [x] b\n", "wow!\n", "a\u0000b\n", "    indented code\n", "line one\n    four spaces in\n",
                "hard  \n  \nafter\n", "Session title: X  \nDate: 1 May\n", "word\u00a0\u00a0\nnbsp\n")) {
            same(md);
        }
    }

    /** Where commonmark's inline parser cannot be reached, the reader parses with commonmark alone. */
    @Test
    void withoutCommonmarksInternalParserTheReaderUsesCommonmarkAlone() {
        Parser fallback = MarkdownReader.parser(context -> {
            throw new IllegalAccessError("org.commonmark.internal is not exported");
        });
        String md = "# Title\n\n**Session title:** X  \nplain line\n";
        assertThat(tree(fallback.parse(md))).isEqualTo(tree(COMMONMARK.parse(md)));
        assertThat(tree(MarkdownReader.parser(PlainInlines.FACTORY).parse(md))).isEqualTo(tree(COMMONMARK.parse(md)));
    }

    @Property(tries = 2000)
    void sameTreeForGeneratedText(@ForAll("markdown") String md) {
        same(md);
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.strings().withChars("aZ9 .:\t\n\n\n#->=*_\\`&<[]!\u00e9\u2019\r")
                .ofMinLength(0).ofMaxLength(120);
    }
}
