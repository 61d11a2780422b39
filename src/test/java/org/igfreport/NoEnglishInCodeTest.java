package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No English prose in the code: every text a user reads (findings, errors, the command line's
 * help, the HTML report, the Maven goal's log) comes from a resource bundle, so that it can be
 * translated. The test scans the string literals of src/main/java (comments left out) for two
 * words of letters separated by a space, HTML tags removed first, and lists each one as file:line.
 */
class NoEnglishInCodeTest {

    /** Two words of letters separated by one space: "not found", "a list", "PDF operators". */
    private static final Pattern PROSE = Pattern.compile("\\p{L}+ \\p{L}+");

    /** An HTML tag, or the start of one a later literal closes ({@code <span class="badge }). */
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");

    /**
     * The literals that hold words but are not prose for a user, by file name: a literal is allowed
     * when it starts with one of its file's entries. Each needs its reason; data for matching belongs
     * in the template or vocabulary files where it can be.
     */
    private static final Map<String, Set<String>> NOT_PROSE = Map.of(
            // the start of picocli's own message for a missing option value, matched to word it again (never shown)
            "Main.java", Set.of("Missing required parameter for option"),
            // an XPath namespace declaration, not text
            "DocxReader.java", Set.of(
                    "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ",
                    // the messages of POI's zip-bomb and entry-size checks, matched to tell them from damage
                    "Zip bomb", "exceeds the max entry size", "max file count"),
            // the wording of a form's labels that templates import reads constraints from (vocabulary for matching)
            "FormImport.java", Set.of("sentence per", " sentence per", "-paragraph summary for each", "no more than ",
                    "estimate the overall number of", "to what extent", "key issues"),
            // role words matched in a speakers list (vocabulary for matching, like the honorifics)
            "SpeakerAffiliationRule.java", Set.of("remote moderator", "online moderator"),
            // assertions that cannot fail on a Java platform (never shown to a user)
            "Fingerprints.java", Set.of("SHA-256 is part of every Java platform"),
            "JunitWriter.java", Set.of("no XML writer in this Java runtime"),
            "Sentence.java", Set.of("bad sentence range ["),
            // the HTML report's style sheet (font names such as "Segoe UI"), a text block
            "HtmlWriter.java", Set.of("\n            :root{"));

    record Literal(Path file, int line, String text) {
    }

    /**
     * The string literals of one Java source, with their lines: a linear scan that skips line and
     * block comments and character literals, and reads text blocks as one literal.
     */
    static List<Literal> literals(Path file, String src) {
        List<Literal> out = new ArrayList<>();
        int n = src.length();
        int line = 1;
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(src.charAt(i) == '*' && i + 1 < n && src.charAt(i + 1) == '/')) {
                    line += src.charAt(i) == '\n' ? 1 : 0;
                    i++;
                }
                i += 2;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                int start = line;
                StringBuilder text = new StringBuilder();
                i += block ? 3 : 1;
                while (i < n && !(block ? src.startsWith("\"\"\"", i) : src.charAt(i) == '"')) {
                    char d = src.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        char e = src.charAt(i + 1);
                        text.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                        i += 2;
                        continue;
                    }
                    line += d == '\n' ? 1 : 0;
                    text.append(d);
                    i++;
                }
                i += block ? 3 : 1;
                out.add(new Literal(file, start, text.toString()));
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean prose(String literal) {
        return PROSE.matcher(TAG.matcher(literal).replaceAll(" ")).find();
    }

    @Test
    void theScannerFindsProseInLiteralsAndNotInCommentsOrMarkup() {
        String src = "class A {\n  // \"in a comment\"\n  /* \"in a\n block\" */ String a = \"two words\";\n"
                + "  char q = '\"'; String b = \"<span class=\\\"badge \"; String c = \"</code><td>not found</td>\";\n"
                + "  String d = \"\"\"\n    a text block\n    \"\"\";\n}\n";
        List<Literal> found = literals(Path.of("A.java"), src);
        assertThat(found).extracting(Literal::text).containsExactly("two words", "<span class=\"badge ",
                "</code><td>not found</td>", "\n    a text block\n    ");
        assertThat(found).extracting(Literal::line).containsExactly(4, 5, 5, 6);
        assertThat(found).extracting(l -> prose(l.text())).containsExactly(true, false, true, true);
        assertThat(prose("max-page-glyphs")).isFalse();
        assertThat(prose("{0} {1}")).isFalse();
    }

    @Test
    void noEnglishProseOutsideTheBundles() throws IOException {
        List<String> prose = new ArrayList<>();
        Set<String> allowedUsed = new java.util.HashSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                Set<String> allowed = NOT_PROSE.getOrDefault(f.getFileName().toString(), Set.of());
                for (Literal l : literals(f, Files.readString(f))) {
                    String allow = allowed.stream().filter(l.text()::startsWith).findFirst().orElse(null);
                    if (allow != null) {
                        allowedUsed.add(f.getFileName() + "|" + allow);
                    } else if (prose(l.text())) {
                        prose.add(f + ":" + l.line() + ": \"" + l.text().replace("\n", "\\n") + "\"");
                    }
                }
            }
        }
        assertThat(prose).as("English prose in string literals: move it to a bundle "
                + "(base/messages.properties for findings, base/texts.properties for the rest, cli/help.properties "
                + "for the command line's help), or, if it is not prose, to NOT_PROSE with its reason").isEmpty();
        NOT_PROSE.forEach((file, texts) -> texts.forEach(t ->
                assertThat(allowedUsed).as("the allowed literal %s in %s is still in the code", t, file).contains(file + "|" + t)));
    }
}
