package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.TextReader;
import org.igfreport.internal.text.Item;
import org.junit.jupiter.api.Test;

/**
 * A list's bullets as pdftotext's default mode prints them, apart from their items' text: beside
 * a label centred in its row, those above the label's middle come at the end of the cell before.
 * They count the items (lines copied from the rendering matrix's fifth draw,
 * {@code generate.py --holdout DIR --set fifth}).
 */
class BulletsPrintedApartTest {

    private static final Template T2017 = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();

    /** v12-2017-defective/word-centred.pdf.txt, lines 1-72: two bullets after the speakers, three after the label. */
    private static final String V12 = String.join("\n",
            "IGF 2017 Reporting Template",
            "Report of the session, prepared by the rapporteur and reviewed by the organisers.",
            "Session Title",
            "",
            "Public Service Media Online: Reaching Young",
            "Audiences Without Giving Up Independence",
            "",
            "Date",
            "",
            "Tuesday, 19 December 2017",
            "",
            "Time",
            "",
            "10:45 - 12:15",
            "",
            "Session Organizer",
            "",
            "European Broadcasting Union and the Mozilla",
            "Foundation",
            "",
            "Chair/Moderator",
            "",
            "Pedro Almeida, European Broadcasting Union",
            "",
            "Rapporteur/Notetaker",
            "",
            "Henrik Johansson, European Broadcasting Union",
            "",
            "List of Speakers and their",
            "institutional affiliations",
            "",
            "Meera Krishnan (European Broadcasting Union)",
            "Saule Bekova, Digital Rights Foundation",
            "Beatriz Nascimento (Pacific Islands",
            "Telecommunications Association)",
            "Olumide Adeyemi (Arab States Research and",
            "Education Network)",
            "Tevita Fifita",
            "Aigerim Nurlanovna (Arab States Research and",
            "Education Network)",
            "Nomvula Dlamini, Centro de Estudios en Libertad de",
            "Expresión",
            "\uF0B7",
            "\uF0B7",
            "",
            "Key Issues raised (1 sentence",
            "per issue)",
            "",
            "\uF0B7",
            "\uF0B7",
            "\uF0B7",
            "",
            "Funding models based on licence fees are under",
            "pressure as fewer households own a television.",
            "Nobody disagreed with this point.",
            "Young audiences reach public service content",
            "mostly through platforms that the broadcasters do",
            "not control.",
            "Public broadcasters are unsure whether they may",
            "collect data about their online audiences.",
            "Recommendation algorithms of platforms rarely",
            "surface public service content.",
            "Can public service media build shared platforms of",
            "their own across borders?",
            "",
            "If there were presentations",
            "during the session, please",
            "provide a 1-paragraph",
            "summary for each presentation",
            "",
            "Presentation 1 (Meera Krishnan): Mr. Krishnan",
            "presented the results of a recent study on public service",
            "");

    @Test
    void theBulletsBeforeALabelAreThoseOfItsList() {
        Document d = new Document("t.txt", "text", TextReader.rows(V12), null, null, List.of(), false);
        MappedReport r = Mapper.map(d, T2017);
        List<Item> items = r.section("key_issues").orElseThrow().items();
        // the five bullets, then five issues: one of them holds two sentences ("Nobody disagreed
        // with this point." or, as the text cannot tell, another line that starts a sentence)
        assertThat(items.get(0).text()).isEqualTo("\uF0B7\n\uF0B7\n\uF0B7\n\uF0B7\n\uF0B7");
        assertThat(items.subList(1, items.size())).extracting(Item::sentences).containsExactlyInAnyOrder(2, 1, 1, 1, 1);
        assertThat(r.section("speakers").orElseThrow().lines().get(r.section("speakers").orElseThrow().lines().size() - 1)
                .text()).isEqualTo("Nomvula Dlamini, Centro de Estudios en Libertad de Expresión");
    }
}
