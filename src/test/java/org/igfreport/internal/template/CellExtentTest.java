package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.read.TextReader;
import org.junit.jupiter.api.Test;

/** Rows of centred label cells in {@code pdftotext -layout} text (rendering/s02-2017-defective/word-centred.pdf.layout.txt). */
class CellExtentTest {

    private static final Template T2017 = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();

    private static final String LAYOUT = String.join("\n",
            "IGF 2017 Reporting Template",
            "                                  Digital Inclusion of Older Persons: Learning from",
            "Session Title                     Peers",
            "Date                              20 December 2017",
            "Time                              10:10-11:40",
            "Please describe any Participant   Governments should keep at least one non-digital",
            "suggestions regarding the way     channel open for every public service and publish how",
            "forward/ potential next steps     many people use it.",
            "/key takeaways (3 paragraphs)     Training programmes should be designed with older",
            "                                  persons and delivered by peers, and their results should",
            "                                  be measured after one and three years, not only at the",
            "                                  end of the course.",
            "Gender Reporting",
            "Estimate the overall number of    5 of the 7 speakers were women.",
            "the participants present at the",
            "session",
            "");

    @Test
    void answerLinesAboveAHeadingBelongToThePreviousLabel() {
        Document d = new Document("t.txt", "text", TextReader.rows(LAYOUT), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2017);
        assertThat(r.section("session_title").orElseThrow().lines()).extracting(Fragment::text)
                .containsExactly("Digital Inclusion of Older Persons: Learning from", "Peers");
        List<org.igfreport.internal.document.Block> p = r.section("way_forward").orElseThrow().paragraphs();
        assertThat(p).hasSize(2);
        assertThat(p.get(1).lines()).extracting(Fragment::text).endsWith("end of the course.");
    }
}
