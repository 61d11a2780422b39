package org.igfreport.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The linear glob matcher: what the JDK's glob matcher says, on small inputs, without its backtracking. */
class GlobTest {

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab/*?[]!-{},\\.^").ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("ab/-,.^!{}[]*?").ofMaxLength(8);
    }

    @Property(tries = 20000)
    void matchesWhatTheJdkGlobMatches(@ForAll("patterns") String pattern, @ForAll("paths") String path) {
        // a range ending with '[' or '\\' is regular-expression syntax to the JDK, and refused by Glob
        Assume.that(!pattern.contains("-[") && !pattern.contains("-\\"));
        PathMatcher jdk;
        try {
            jdk = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> Glob.compile(pattern)).as(pattern).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        Path p = Path.of(path);
        // "**/" at a name's start also matches no folder: the JDK's matcher on the pattern without it
        java.util.List<Integer> skippable = new java.util.ArrayList<>();
        for (int k = 0; k + 3 <= pattern.length(); k++) {
            if (pattern.startsWith("**/", k) && (k == 0 || pattern.charAt(k - 1) == '/')) {
                skippable.add(k);
            }
        }
        boolean expected = false;
        for (int mask = 0; mask < 1 << skippable.size(); mask++) {
            StringBuilder variant = new StringBuilder(pattern);
            for (int b = skippable.size() - 1; b >= 0; b--) {
                if ((mask & 1 << b) != 0) {
                    variant.delete(skippable.get(b), skippable.get(b) + 3);
                }
            }
            try {
                expected |= FileSystems.getDefault().getPathMatcher("glob:" + variant).matches(p);
            } catch (RuntimeException e) {
                // a variant the JDK refuses matches nothing
            }
        }
        assertThat(Glob.compile(pattern).matches(p)).as("'" + pattern + "' on '" + p + "'").isEqualTo(expected);
    }

    @Test
    void aDoubleStarFolderMatchesNoFolderTooAsInGitignore() {
        assertThat(Glob.compile("**/*.docx").matches("ws12.docx")).isTrue();
        assertThat(Glob.compile("**/*.docx").matches("2017/ws12.docx")).isTrue();
        assertThat(Glob.compile("**/x").matches("x")).isTrue();
        assertThat(Glob.compile("a/**/b").matches("a/b")).isTrue();
        assertThat(Glob.compile("a/**/b").matches("a/x/y/b")).isTrue();
        assertThat(Glob.compile("a/**/b").matches("ab")).isFalse();
        assertThat(Glob.compile("a**/b").matches("ab")).as("** not at a name's start").isFalse();
        assertThat(Glob.compile("**/x").matches("ax")).isFalse();
    }

    @Test
    void theUsualPatterns() {
        assertThat(Glob.compile("drafts/**").matches(Path.of("drafts/2024/a.txt"))).isTrue();
        assertThat(Glob.compile("drafts/*").matches(Path.of("drafts/2024/a.txt"))).isFalse();
        assertThat(Glob.compile("**/*.{md,txt}").matches(Path.of("a/b/c.md"))).isTrue();
        assertThat(Glob.compile("*.[!p]df").matches(Path.of("x.pdf"))).isFalse();
        assertThat(Glob.compile("r?.txt").matches(Path.of("r1.txt"))).isTrue();
        assertThatThrownBy(() -> Glob.compile("{a,{b}}")).hasMessageContaining("nested");
        assertThatThrownBy(() -> Glob.compile("[a")).hasMessageContaining("closing ]");
    }

    /** The JDK's matcher backtracks for minutes on this; the linear one takes (name x pattern) steps. */
    @Test
    void aPathologicalPatternOnALongNameEndsAtOnce() {
        String pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*b";
        String name = "a".repeat(10_000);
        assertThat(Glob.compile(pattern).matches(Path.of(name))).isFalse();
        assertThat(Glob.compile("**a**a**a**a**a**a**b").matches(Path.of(name.replace("aaaa", "a/aa")))).isFalse();
        assertThat(Glob.compile(pattern).matches(Path.of(name + "b"))).isTrue();
    }
}
