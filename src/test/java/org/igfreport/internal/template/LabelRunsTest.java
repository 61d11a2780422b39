package org.igfreport.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pairing of a run of labels with the run of answers after it, as {@code pdftotext} prints a
 * two-column table in its default mode: the answer runs of the rendering matrix's
 * {@code word-top.pdf.txt} files (src/test/resources/rendering, made by pdftotext 22.12).
 */
class LabelRunsTest {

    private static final Template T2016 = Templates.builtIn().byId("igf-2016-workshop").orElseThrow();
    private static final Template T2017 = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();

    private static List<TemplateSection> sections(Template t, String... ids) {
        List<TemplateSection> out = new ArrayList<>();
        for (String id : ids) {
            out.add(t.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
        }
        return out;
    }

    /** Lines first..last (1-based, inclusive) of a rendering. */
    private static List<String> lines(String rendering, int first, int last) throws IOException {
        List<String> all = Files.readAllLines(Path.of("src/test/resources/rendering", rendering), StandardCharsets.UTF_8);
        return all.subList(first - 1, last);
    }

    /** Per section, the first line (1-based) it gets, or 0 when it gets none. */
    private static List<Integer> firsts(int[] groups, int sections, int offset) {
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < sections; g++) {
            int first = 0;
            for (int i = 0; i < groups.length && first == 0; i++) {
                if (groups[i] == g) {
                    first = offset + i;
                }
            }
            out.add(first);
        }
        return out;
    }

    @Test
    void eachLabelGetsTheAnswerItsKindLooksLike() throws IOException {
        // page 1 of s01: ten labels, then lines 25-77 hold their answers without a blank line
        List<String> lines = lines("s01-2017-compliant/word-top.pdf.txt", 25, 77);
        int[] got = LabelRuns.split(lines, sections(T2017, "session_title", "date", "time", "organizer", "moderator",
                "rapporteur", "speakers", "key_issues", "presentations", "discussions"), -1);
        // title 25-26, date 27, time 28, organiser 29-30, moderator 31, rapporteur 32-33,
        // speakers 34-43, key issues 44-55, presentations 56-70, discussions 71-77
        assertEquals(List.of(25, 27, 28, 29, 31, 32, 34, 44, 56, 71), firsts(got, 10, 25));
    }

    @Test
    void theRestOfThePreviousPagesAnswerRunsOnAndProseIsSharedByTheTemplatesCounts() throws IOException {
        // page 2 of s01: lines 101-115 end the discussions begun on page 1 (1 paragraph there)
        List<String> lines = lines("s01-2017-compliant/word-top.pdf.txt", 101, 134);
        int[] got = LabelRuns.split(lines, sections(T2017, "discussions", "way_forward", "gender_participants",
                "gender_women", "gender_extent", "gender_summary"), 1);
        assertEquals(List.of(101, 116, 127, 128, 129, 131), firsts(got, 6, 101));
    }

    @Test
    void aShortLineEndsItsAnswerAndAFullOneDoesNot() throws IOException {
        // s04: the title's "Balance" ends it although the date "to be confirmed" begins in lower
        // case; the organiser keeps its second line "Network (CRIN)" (its first leaves no room)
        List<String> lines = lines("s04-2016-defective/word-top.pdf.txt", 28, 80);
        int[] got = LabelRuns.split(lines, sections(T2016, "session_title", "date", "time", "organizer"), -1);
        assertEquals(List.of(28, 30, 31, 32), firsts(got, 4, 28));
        assertEquals(3, got[33 - 28]);
    }
}
