package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * `pdftotext -raw` joins a wrapped label's first line and its answer's first line when they share a
 * baseline ("Please describe any Participant Operators and content providers should be invited
 * together"), and prints the label's other lines after it: the label is found by its first words
 * and the next row's, and only its own words leave the answer.
 */
class RawJoinedLabelTest {

    private static final Template T2015 = Templates.builtIn().byId("igf-2015-workshop").orElseThrow();
    private static final Template T2017 = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();

    private static MappedReport map(String file, Template t, int from, int to) throws IOException {
        // lines of the committed rendering matrix, as pdftotext -raw wrote them
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/rendering", file));
        String text = String.join("\n", lines.subList(from - 1, to));
        return Mapper.map(new Document("t.txt", "text", TextReader.rows(text), null, null, List.of(), false), t);
    }

    @Test
    void aWrappedLabelWhoseFirstLineCarriesItsAnswersFirstLineIsFound() throws IOException {
        MappedReport r = map("s05-2015-compliant/word-top.pdf.raw.txt", T2015, 43, 72);
        assertThat(r.section("discussions")).isPresent();
        Section way = r.section("way_forward").orElseThrow();
        assertThat(way.lines()).extracting(Fragment::text).startsWith(
                "Operators and content providers should be invited together",
                "to the launch of new exchange points, so that both sides");
        assertThat(way.lines()).extracting(Fragment::text).noneMatch(t -> t.contains("takeaways"));
    }

    @Test
    void aLabelThatSharesItsFirstWordsWithAnotherIsTheOneWhoseRestFollows() {
        // two labels begin "Estimate the overall number of"; the next row decides which one this is
        String text = String.join("\n",
                "Gender Reporting",
                "Estimate the overall number of",
                "the participants present at the",
                "session",
                "About 40 participants.",
                "Estimate the overall number of About 15 women.",
                "women present at the session",
                "To what extent did the session",
                "discuss gender equality and/or",
                "women's empowerment?",
                "Gender was discussed briefly.");
        MappedReport r = Mapper.map(new Document("t.txt", "text", TextReader.rows(text), null, null, List.of(), false), T2017);
        assertThat(r.section("gender_participants").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("About 40 participants.");
        assertThat(r.section("gender_women").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("About 15 women.");
    }
}
