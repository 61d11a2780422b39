package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of the whole pipeline on any input. */
class ReportProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    private static String base() {
        try {
            return Files.readString(Path.of("examples/shapes/labels-own-line.txt"), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The whole pipeline twice: no exception, no internal error, the same result, every finding's
     * lines within the text's lines.
     */
    static void check(ReportValidator validator, byte[] bytes, String name) {
        ReportResult a = validator.validate(bytes, name);
        ReportResult b = validator.validate(bytes.clone(), name);
        assertThat(a).isEqualTo(b);
        Pipeline.noInternalError(a);
        Pipeline.linesWithin(a, bytes);
    }

    @Property(tries = 300)
    void anyTextNeverThrowsAndGivesTheSameFindingsTwice(@ForAll @StringLength(max = 3000) String text) {
        for (String name : List.of("r.txt", "r.md")) {
            check(VALIDATOR, text.getBytes(StandardCharsets.UTF_8), name);
        }
    }

    @Property(tries = 200)
    void anyBytesNeverThrow(@ForAll byte[] bytes) {
        check(VALIDATOR, bytes, "r.txt");
    }

    @Property(tries = 150)
    void reportLikeTextNeverThrows(@ForAll("reportLike") String text) {
        check(VALIDATOR, text.getBytes(StandardCharsets.UTF_8), "r.txt");
    }

    @Provide
    Arbitrary<String> reportLike() {
        List<String> lines = List.of(base().split("\n", -1));
        return Arbitraries.integers().between(0, lines.size() - 1).list().ofMaxSize(lines.size() * 2)
                .map(idx -> {
                    StringBuilder sb = new StringBuilder();
                    idx.forEach(i -> sb.append(lines.get(i)).append('\n'));
                    return sb.toString();
                });
    }

    @Property(tries = 60)
    void aKeyIssueOfNSentencesIsAFindingExactlyWhenNIsAboveOne(@ForAll @IntRange(min = 1, max = 5) int n,
                                                                 @ForAll("sentenceWords") List<String> words) {
        StringBuilder issue = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                issue.append(' ');
            }
            String w = words.get(i % words.size());
            issue.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1))
                    .append(" matters for the Internet in sentence ").append(i + 1).append(i % 2 == 0 ? '.' : '?');
        }
        String text = base().replace(
                "Spectrum licence fees of approx. 2.5% of revenue remain a barrier for small operators.",
                issue.toString());
        ReportResult r = Pipeline.noInternalError(VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.txt"));
        long found = r.findings().stream().filter(f -> f.rule().equals("sentences-per-item")).count();
        assertThat(found).as(issue.toString()).isEqualTo(n > 1 ? 1 : 0);
        assertThat(r.sections().get("key_issues").sentences()).containsExactly(1, n, 1);
    }

    @Provide
    Arbitrary<List<String>> sentenceWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 60)
    void moreBlankLinesBetweenParagraphsChangeNoCount(@ForAll("blankRuns") List<Integer> runs) {
        String text = base();
        String[] parts = text.split("\n\n", -1);
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append("\n\n").append("\n".repeat(runs.get(i % runs.size())).replace("\n", " \n"));
            sb.append(parts[i]);
        }
        Map<String, SectionSummary> before = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.txt").sections();
        Map<String, SectionSummary> after = VALIDATOR.validate(sb.toString().getBytes(StandardCharsets.UTF_8), "r.txt")
                .sections();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String id : before.keySet()) {
            assertThat(after.get(id).sentences()).as(id).isEqualTo(before.get(id).sentences());
            assertThat(after.get(id).paragraphs()).as(id).isEqualTo(before.get(id).paragraphs());
        }
    }

    @Provide
    Arbitrary<List<Integer>> blankRuns() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 40)
    void shuffledSectionsAreStillFound(@ForAll("permutation") List<Integer> order) {
        // labels-own-line: sections are blocks separated by blank lines; moving whole sections keeps them found
        String[] sections = base().split("\n(?=Session Title\n|Date\n|Time\n|Session Organizer\n|Chair/Moderator\n|Rapporteur/Notetaker\n)");
        List<String> parts = new ArrayList<>(List.of(sections));
        List<String> shuffled = new ArrayList<>();
        for (int i : order) {
            if (i < parts.size()) {
                shuffled.add(parts.get(i));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!order.contains(i)) {
                shuffled.add(parts.get(i));
            }
        }
        String text = String.join("\n", shuffled);
        ReportResult r = VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), "r.txt");
        assertThat(r.template()).isEqualTo("igf-2017-workshop");
        assertThat(r.sections()).containsKeys("session_title", "date", "time", "organizer", "moderator", "rapporteur");
    }

    @Provide
    Arbitrary<List<Integer>> permutation() {
        return Combinators.combine(Arbitraries.just(0), Arbitraries.shuffle(1, 2, 3, 4, 5, 6))
                .as((a, l) -> l);
    }
}
