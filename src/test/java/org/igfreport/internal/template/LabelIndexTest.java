package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels are found however a report wrote them: case, punctuation, wrapping, small damage, older wording. */
class LabelIndexTest {

    private static final Template T2017 = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();
    private static final Template T2015 = Templates.builtIn().byId("igf-2015-workshop").orElseThrow();

    private static LabelIndex.Match match(Template t, String... lines) {
        List<String> rows = List.of(lines);
        LabelIndex.Rows view = new LabelIndex.Rows() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public String labelText(int row) {
                return rows.get(row);
            }

            @Override
            public boolean stops(int row) {
                return false;
            }
        };
        return LabelIndex.of(t).match(view, 0, Set.of());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Session Title: A title|session_title",
        "SESSION TITLE - A title|session_title",
        "- Session Title: A title|session_title",
        "**Session Title:** A title|session_title",
        "1. Session Title: A title|session_title",
        "Date: 19 December 2017|date",
        "Time|time",
        "Chair/Moderator: Jane Doe|moderator",
        "Chairperson/Moderator: Jane Doe|moderator",
        "Rapporteur/Note Taker: John Smith|rapporteur",
        "Rapporteur/Notetaker: John Smith|rapporteur",
        "Workshop Organiser: ISOC|organizer",
        "Session Organizer\tISOC|organizer",
        "Key Issues raised (1 sentence per issue):|key_issues",
        "key issues raised (1 sentence per issue)|key_issues",
        "Key Issues raised: one|key_issues",
        "List of Speakers and their mistitutional affiliations|speakers",
        "Please describe the Discussions that took place during the workshop session: (3 paragraphs) The text|discussions",
        "Estimate the overall number of the participants present at the session: 60|gender_participants",
        "Estimate the overall number of women present at the session: 25|gender_women",
        "To what extent did the session discuss gender equality and/or women's empowerment? Not much.|gender_extent",
    })
    void findsLabels(String line, String section) {
        LabelIndex.Match m = match(T2017, line);
        assertThat(m).as(line).isNotNull();
        assertThat(m.section()).isNotNull();
        assertThat(m.section().id()).isEqualTo(section);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Dates are hard to agree on, said the chair.",
        "The session title was changed twice.",
        "Key points of the debate were many and long and varied.",
        "Speakers said that this would take years.",
        "16.1",
    })
    void ignoresProse(String line) {
        LabelIndex.Match m = match(T2017, line);
        assertThat(m == null || m.section() == null).as(line).isTrue();
    }

    @org.junit.jupiter.api.Test
    void followsLabelsWrappedOverLines() {
        LabelIndex.Match m = match(T2017, "Please describe the ", "Discussions that took ", "place during the workshop ",
                "session: (3 paragraphs) ", "", "The first paragraph.");
        assertThat(m.section().id()).isEqualTo("discussions");
        assertThat(m.endRow()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void endOffsetIsAfterTheSeparator() {
        LabelIndex.Match m = match(T2017, "- Rapporteur/Notetaker: Maud Barret");
        assertThat("- Rapporteur/Notetaker: Maud Barret".substring(m.endOffset())).isEqualTo("Maud Barret");
    }

    @org.junit.jupiter.api.Test
    void theTemplatesOwnWordingRanksAboveAVariant() {
        LabelIndex.Match own = match(T2015, "Workshop Organiser: ISOC");
        LabelIndex.Match variant = match(T2017, "Workshop Organiser: ISOC");
        assertThat(own.exact()).isTrue();
        assertThat(variant.exact()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void headingsAreRecognisedAsHeadings() {
        LabelIndex.Match m = match(T2017, "Gender Reporting");
        assertThat(m).isNotNull();
        assertThat(m.section()).isNull();
    }

    /** A label longer than one 64-bit LCS row (a user's template may have one) is aligned by the classic table. */
    @org.junit.jupiter.api.Test
    void aLabelOfMoreThanSixtyWordsIsStillFound() {
        StringBuilder label = new StringBuilder("Describe");
        for (int i = 1; i <= 64; i++) {
            label.append(" word").append((char) ('a' + i % 26)).append(i % 10 == 0 ? "x" : "");
        }
        String yaml = String.join("\n",
                "id: long-label",
                "year: 2030",
                "title: Long label",
                "sections:",
                "  - id: long",
                "    label: \"" + label + "\"",
                "    kind: prose",
                "    required: true",
                "    constraints: {}",
                "");
        Template t = TemplateLoader.parse(yaml, "long-label.yaml");
        // a row gives at most 40 words to a label, so so long a label is wrapped over two rows;
        // with the answer's words the alignment has more than 63 text words: the classic table
        String[] words = label.toString().split(" ");
        String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, 33));
        String second = String.join(" ", java.util.Arrays.copyOfRange(words, 33, words.length));
        LabelIndex.Match exact = match(t, first, second + ": the answer");
        assertThat(exact).isNotNull();
        assertThat(exact.section().id()).isEqualTo("long");
        assertThat(exact.endRow()).isEqualTo(1);
        assertThat(exact.score()).isEqualTo(1.0);
        // two words lost in a copy: still the label (at least 80% of its words, few skipped)
        LabelIndex.Match partial = match(t, first.replace(" wordb ", " ").replace(" wordc ", " "),
                second + ": the answer");
        assertThat(partial).isNotNull();
        assertThat(partial.section().id()).isEqualTo("long");
        assertThat(partial.score()).isBetween(0.8, 1.0).isNotEqualTo(1.0);
        assertThat(match(t, "Describe the weather today: sunny")).isNull();
    }

    @Test
    void aShortLabelFollowedByItsAnswerAfterOneSpaceIsALooseMatch() {
        LabelIndex.Match m = match(T2017, "Date Thursday 8 December 2016");
        assertThat(m).isNotNull();
        assertThat(m.section().id()).isEqualTo("date");
        assertThat(m.loose()).isTrue();
        assertThat("Date Thursday 8 December 2016".substring(m.endOffset())).isEqualTo("Thursday 8 December 2016");
        LabelIndex.Match organizer = match(T2017, "Session Organizer SIDN (Stichting Internet Domeinregistratie)");
        assertThat(organizer.section().id()).isEqualTo("organizer");
        assertThat(organizer.loose()).isTrue();
        assertThat(match(T2017, "Date: 8 December 2016").loose()).isFalse();
    }

    @Test
    void anAnswerInLowerCaseIsALooseMatchOnly() {
        // "Date to be confirmed" in pdftotext -raw; a sentence ("Time is short") is a loose match at most,
        // which the mapper takes only right after the previous section (LooseLabelOrderTest)
        assertThat(match(T2017, "Date to be confirmed by the Secretariat").loose()).isTrue();
        LabelIndex.Match prose = match(T2017, "Time is short, and the panel agreed.");
        assertThat(prose == null || prose.section() == null || prose.loose()).isTrue();
    }

    @Test
    void aLooseMatchNeedsTheLabelsWordsExactlyAndCapitalised() {
        assertThat(match(T2017, "date of the next meeting was not set")).isNull();
        assertThat(match(T2017, "Dates were discussed")).isNull();
    }

    @Test
    void aLabelCutAtTheEndOfItsLineIsFoundWhenTheAnswerRepeatsItsNextWord() throws java.io.IOException {
        // pdftotext's default text interleaves a wrapped label's lines with its answer's, and the answer's
        // first word is the label's next ("discuss" / "Gender was discussed ..." / "gender equality ...")
        LabelIndex.Match m = match(T2017, "To what extent did the session discuss",
                "Gender was discussed briefly, when speakers looked at who is", "gender equality and/or women's",
                "affected most.", "empowerment?");
        assertThat(m).isNotNull();
        assertThat(m.section().id()).isEqualTo("gender_extent");
        assertThat(m.endRow()).isZero();
        // the real renderings (src/test/resources/regressions/README.md): the section is found in both
        for (String file : List.of("answer-repeats-the-labels-next-word.pdf.txt",
                "answer-repeats-the-labels-next-word.pdf.layout.txt")) {
            List<org.igfreport.Finding> findings = org.igfreport.ReportValidator.builder().build()
                    .validate(java.nio.file.Path.of("src/test/resources/regressions", file)).findings();
            assertThat(findings).as(file).noneMatch(f -> f.rule().equals("section-missing"));
        }
    }
}
