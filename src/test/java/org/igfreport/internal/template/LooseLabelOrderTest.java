package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Short labels joined to their answer by one space ({@code pdftotext -raw}, a document-sharing site's
 * text): the mapper takes them where the template's order expects them, and one whose answer starts in
 * lower case only as the section right after the last one found.
 */
class LooseLabelOrderTest {

    private static final Template T2016 = Templates.builtIn().byId("igf-2016-workshop").orElseThrow();

    private static MappedReport map(String text) {
        Document d = new Document("t.txt", "text", TextReader.rows(text), null, null, List.of(), false);
        return Mapper.map(d, T2016);
    }

    private static String first(MappedReport r, String id) {
        return r.section(id).orElseThrow().lines().get(0).text();
    }

    @Test
    void anAnswerInLowerCaseRightAfterThePreviousSection() {
        // the first rows of rendering/s04-2016-defective/word-top.pdf.raw.txt
        MappedReport r = map("IGF 2016 Workshop Report Template\n"
                + "Session Title Child Online Protection and Children's Rights: Finding the\nBalance\n"
                + "Date to be confirmed by the Secretariat\nTime 9:00 am to 10:30 am\n"
                + "Session Organizer ECPAT International and the Child Rights International\nNetwork (CRIN)\n");
        assertThat(first(r, "date")).isEqualTo("to be confirmed by the Secretariat");
        assertThat(first(r, "time")).isEqualTo("9:00 am to 10:30 am");
        assertThat(r.section("session_title").orElseThrow().lines()).hasSize(2);
    }

    @Test
    void aSentenceInLowerCaseIsNoLabelWhereASectionWasSkipped() {
        // "Time is short" after the title, with the date missing in between: prose, not the time
        MappedReport r = map("Session Title: Open data\nTime is short for cities, the title says.\n"
                + "Session Organizer: ISOC\n");
        assertThat(r.section("time")).isEmpty();
        assertThat(r.section("session_title").orElseThrow().lines()).hasSize(2);
        assertThat(r.section("organizer")).isPresent();
    }
}
