package org.igfreport.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The pairing of a run of labels with the run of answers after it, as {@code pdftotext} prints a
 * two-column table in its default mode: the answer runs of the rendering matrix's
 * {@code word-top.pdf.txt} files (src/test/resources/rendering, made by pdftotext 22.12).
 */
class LabelRunsTest {

    private static final Template T2016 = Templates.builtIn().byId("igf-2016-workshop").orElseThrow();
    private static final Template T2015 = Templates.builtIn().byId("igf-2015-workshop").orElseThrow();
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

    /** A whole rendering mapped onto a template, as the checker maps it. */
    private static MappedReport map(String rendering, Template t) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/rendering", rendering), StandardCharsets.UTF_8);
        return Mapper.map(Document.ofRows(rendering, "text", TextReader.rows(text)), t);
    }

    private static String text(MappedReport r, String id) {
        return r.section(id).orElseThrow().text();
    }

    @Test
    void aLaterPagesFewLabelsAreARunOnceTheDocumentHasShownOne() throws IOException {
        // page 2 of s01 prints only five labels (and the "Gender Reporting" heading) before its
        // answers: the way forward, the gender counts and the summary each get their own cell
        MappedReport r = map("s01-2017-compliant/word-top.pdf.txt", T2017);
        assertTrue(text(r, "way_forward").startsWith("Participants suggested that governments publish"),
                text(r, "way_forward"));
        assertEquals("About 70 participants, 15 of them online.", text(r, "gender_participants").strip());
        assertEquals("Around 30 women.", text(r, "gender_women").strip());
        String discussions = String.join(" ", text(r, "discussions").strip().split("\\s+"));
        assertTrue(discussions.endsWith("much earlier in the process."), discussions);
    }

    @Test
    void aTitleInTitleCaseDoesNotGoOnInLowerCase() throws IOException {
        // d23 of the dev draw: "Cybersecurity Capacity Building for Municipal Governments" leaves
        // about no room for "see", but a title in title case does not go on with "see the
        // programme": that is the date (unreadable, but filled), not the title's second line
        List<org.igfreport.Finding> findings = org.igfreport.ReportValidator.builder().build()
                .validate(Path.of("src/test/resources/labelruns/dev-d23-2016-defective-word-top.pdf.txt")).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("date-format") && f.message().contains("see the programme")),
                findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("section-empty")), findings.toString());
        assertTrue(LabelRuns.titleCase("Cybersecurity Capacity Building for Municipal Governments"));
        assertFalse(LabelRuns.titleCase("Participants discussed the shortage of security"));
        assertTrue(LabelRuns.lowerCase("see the programme"));
        assertFalse(LabelRuns.lowerCase("the Field"));
    }

    @Test
    void aPersonWithAnAffiliationAfterAnAboutFullLineLikelyBeginsACell() {
        // an organiser that about fills its line, then the moderator "Name, Organisation": by
        // characters the next word might not have fitted, by its shape it is a cell of its own
        String organiser = "European Broadcasting Union and the Mozilla Foundation";
        String moderator = "Nomvula Dlamini, Kenya Human Rights Commission";
        assertTrue(LabelRuns.cut(organiser, moderator, organiser.length() + 1 + "Nomvula".length() - 2) <= 1);
        // a line ending in "of" goes on whatever follows; a person after a person is left to the cost model
        assertEquals(4, LabelRuns.cut("Kazakhstan Association of IT Companies and the Ministry of", "Digital Affairs, Estonia", 60));
        String speaker = "Ifeoma Chukwu (University of Cape Town) and Hamid Rahimi";
        assertEquals(4, LabelRuns.cut(speaker, "Tonga Communications, Nuku'alofa", speaker.length() + 1 + "Tonga".length() - 2));
    }

    @Test
    void anEmptyTimeIsNotGivenTheOrganisersName() throws IOException {
        // d06 of the dev draw: the time cell is empty; "European Broadcasting Union and the
        // Mozilla" / "Foundation" is the organiser, not a time and a one-word organiser
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/labelruns/dev-d06-2017-defective-word-top.pdf.txt"),
                StandardCharsets.UTF_8).subList(33, 47);
        int[] got = LabelRuns.split(lines, sections(T2017, "session_title", "date", "time", "organizer", "moderator",
                "speakers"), -1);
        // title 34-35, date 36, time none, organiser 37-38, moderator 39, speakers 40-47
        assertEquals(List.of(34, 36, 0, 37, 39, 40), firsts(got, 6, 34));
    }

    @Test
    void theRestOfALabelPrintedAtopTheNextPageIsNotAnAnswer() throws IOException {
        // d06: page 1 ends its label column with "Estimate the overall number of", page 2 begins
        // with "women present at the session", then the next labels; page 1's last answers are
        // the two gender counts
        String text = Files.readString(Path.of("src/test/resources/labelruns/dev-d06-2017-defective-word-top.pdf.txt"),
                StandardCharsets.UTF_8);
        MappedReport r = Mapper.map(Document.ofRows("d06.txt", "text", TextReader.rows(text)), T2017);
        assertEquals("About 40 participants.", text(r, "gender_participants").strip());
        assertEquals("About 15 women.", text(r, "gender_women").strip());
        assertTrue(r.section("time").orElseThrow().isEmpty(), text(r, "time"));
    }

    /**
     * Lines 15-50 of the dev draw's d01-2015-compliant/word-top.pdf.txt (pdftotext 22.12, default
     * mode), as printed: the lines of a wrapped label interleave with its answer's lines, and
     * "workshop session: (3 paragraphs)" shares its line with the answer's third line.
     */
    private static final String INTERLEAVED = """
            Rapporteur/Note Taker
            Sofía Castillo Paredes (Mozilla Foundation)
            List of Speakers and their
            Saule Bekova, CZ.NIC
            institutional affiliations
            Grace Wanjiru, Ministry of Digital Affairs, Estonia
            Aigerim Nurlanovna (Kenya Human Rights Commission)
            Hamid Rahimi (Paradigm Initiative)
            Key Issues raised (1 sentence per
            Community radio stations are often the last working link to
            issue)
            outer islands after a cyclone.
            Can regional operators share spare capacity during an
            emergency without breaching competition rules?
            Submarine cable cuts can isolate a small island state for
            weeks, and most have no satellite backup of sufficient
            capacity.
            Regulators rarely require operators to publish their disaster
            recovery plans.
            Emergency alerts still depend on broadcast radio in many
            islands, because mobile networks fail first when power is
            lost.
            If there are Presentations during
            Presentation 1 (Saule Bekova): Prof. Bekova presented the
            the workshop session, please
            experience of a national programme on disaster
            provide a 1-paragraph summary
            communications in small island states. Speakers from
            for each Presentation
            Tonga described the eleven days in which the country was
            cut off after the volcanic eruption.
            Please describe the Discussions
            It was noted that power is the weakest link, as base stations
            that took place during the
            have batteries for only a few hours. Participants agreed that
            workshop session: (3 paragraphs) drills involving operators, regulators and emergency
            services are too rare.
            """;

    private static String words(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }

    @Test
    void theLinesOfAWrappedLabelBetweenItsAnswersLinesAreNotAnswer() {
        MappedReport r = Mapper.map(Document.ofRows("d01.txt", "text", TextReader.rows(INTERLEAVED)), T2015);
        assertEquals("Saule Bekova, CZ.NIC Grace Wanjiru, Ministry of Digital Affairs, Estonia Aigerim Nurlanovna "
                + "(Kenya Human Rights Commission) Hamid Rahimi (Paradigm Initiative)", words(text(r, "speakers")));
        assertTrue(words(text(r, "key_issues")).startsWith("Community radio stations are often the last working link to "
                + "outer islands after a cyclone."), text(r, "key_issues"));
        assertEquals("Presentation 1 (Saule Bekova): Prof. Bekova presented the experience of a national programme on "
                + "disaster communications in small island states. Speakers from Tonga described the eleven days in "
                + "which the country was cut off after the volcanic eruption.", words(text(r, "presentations")));
        assertEquals("It was noted that power is the weakest link, as base stations have batteries for only a few hours. "
                + "Participants agreed that drills involving operators, regulators and emergency services are too rare.",
                words(text(r, "discussions")));
    }

    @Test
    void theEndOfALabelAfterAPageBreakIsNotAnswer() throws IOException {
        // s05: "Please describe any Participant", one answer line, the page break, the label's
        // other three lines, then the rest of the answer
        MappedReport r = map("s05-2015-compliant/word-top.pdf.txt", T2015);
        String wayForward = words(text(r, "way_forward"));
        assertTrue(wayForward.startsWith("Operators and content providers should be invited together to the launch of "
                + "new exchange points"), wayForward);
        assertEquals(3, r.section("way_forward").orElseThrow().paragraphs().size(), text(r, "way_forward"));
    }

    @Test
    void aLabelWhoseRestFollowsTheNextPagesTitleIsFound() throws IOException {
        // sixth draw, w03 (pdftotext -raw): "Please describe any Participant" shares a line with
        // the answer's first line, then the page break and the template's title repeated atop
        // the next page, then the label's other three lines: way forward is filled, not missing
        List<org.igfreport.Finding> findings = org.igfreport.ReportValidator.builder().build()
                .validate(Path.of("src/test/resources/regressions/label-over-page-title.pdf.raw.txt")).findings();
        assertTrue(findings.stream().noneMatch(f -> "way_forward".equals(f.section())
                || "discussions".equals(f.section())), findings.toString());
        // the same in -layout, centred labels: an answer line stands between the title and the label's rest
        List<org.igfreport.Finding> layout = org.igfreport.ReportValidator.builder().build()
                .validate(Path.of("src/test/resources/regressions/label-over-page-title.pdf.layout.txt")).findings();
        assertTrue(layout.stream().noneMatch(f -> f.rule().equals("section-missing") && "way_forward".equals(f.section())),
                layout.toString());
    }

    @Test
    void aPresenterIsASpeakerNotTheRapporteurAndAnEmptyModeratorStaysEmpty() throws IOException {
        // s04: the moderator cell is empty; "Sonia Livingstone (London School of Economics and" /
        // ... opens the speakers, as "Presentation 1 (Sonia Livingstone)" shows, and the
        // organiser "ECPAT International and the Child Rights International / Network (CRIN)" is
        // not a person
        List<String> lines = lines("s04-2016-defective/word-top.pdf.txt", 28, 80);
        int[] got = LabelRuns.split(lines, sections(T2016, "session_title", "date", "time", "organizer", "moderator",
                "rapporteur", "speakers", "key_issues", "presentations"), -1);
        assertEquals(List.of(28, 30, 31, 32, 0, 34, 35, 42, 48), firsts(got, 9, 28));
    }

    @Test
    void anEntryClosedOnAFullLineMayEndItsAnswer() {
        // d09 of the dev draw: the moderator's entry fills its line; the rapporteur's follows
        assertEquals(1.0, LabelRuns.cut("Chen Wei (University of Cape Town, Faculty of Law)",
                "Meera Krishnan (University of Cape Town, Faculty of", 51));
        assertEquals(4.0, LabelRuns.cut("Meera Krishnan (University of Cape Town, Faculty of", "Law)", 51));
    }

    @Test
    void theFirstParagraphPrintedAboveACentredLabelIsItsAnswers() throws IOException {
        // s05 centred: the discussions' label is printed beside the middle of its answer, so its
        // first paragraph ("Participants began by discussing ...") comes right after the last
        // presentation, before the label
        MappedReport r = map("s05-2015-compliant/word-centred.pdf.txt", T2015);
        String discussions = words(text(r, "discussions"));
        assertTrue(discussions.startsWith("Participants began by discussing why so much African"), discussions);
        String presentations = words(text(r, "presentations"));
        assertTrue(presentations.endsWith("decisive in convincing competitors to connect to the exchange."), presentations);
    }

    @Test
    void aFewLabelsWrappedInANarrowColumnShareTheAnswersAfterThem() throws IOException {
        // d17 centred (dev draw): only four labels, wrapped in the label column ("Please describe
        // the Discussions" / "that took place during the" / ...), then their four answers up to
        // the end of the document: the discussions are not empty
        String text = Files.readString(Path.of("src/test/resources/labelruns/dev-d17-2016-defective-word-centred.pdf.txt"),
                StandardCharsets.UTF_8);
        MappedReport r = Mapper.map(Document.ofRows("d17.txt", "text", TextReader.rows(text)), T2016);
        assertTrue(words(text(r, "key_issues")).startsWith("National cybersecurity strategies seldom say"),
                text(r, "key_issues"));
        assertTrue(words(text(r, "presentations")).startsWith("Presentation 1 (Tariq Hussain)"), text(r, "presentations"));
        assertFalse(r.section("discussions").orElseThrow().isEmpty(), text(r, "discussions"));
        assertTrue(words(text(r, "way_forward")).endsWith("a chapter on support for local governments."),
                text(r, "way_forward"));
    }

    @Test
    void labelsOnLinesOfTheirOwnInFlowingTextAreNoRun() throws IOException {
        // wrapped-plain-flow (pdftotext -raw of a report without a table): the presentations are
        // empty, their label wraps at the text's full width right above the discussions' label
        String text = Files.readString(Path.of("src/test/resources/wrapped-text/wrapped-plain-flow.raw.txt"),
                StandardCharsets.UTF_8);
        MappedReport r = Mapper.map(Document.ofRows("flow.txt", "text", TextReader.rows(text)), T2017);
        assertTrue(r.section("presentations").orElseThrow().isEmpty(), text(r, "presentations"));
        assertTrue(words(text(r, "discussions")).startsWith("The session opened with an overview"), text(r, "discussions"));
    }

    @Test
    void aPresentationsMarkerAfterASentenceEndBeginsAnEntryOnAFullLine() throws IOException {
        // d21 of the dev draw (pdftotext default): the last key issue fills its line, and
        // "Presentation" is too long for the rest of it; the presentation is not a key issue
        assertEquals(0.0, LabelRuns.cut("the first round of new generic top-level domains.",
                "Presentation 1 (Tevita Fifita): Ms. Fifita presented a", 55));
        String text = Files.readString(Path.of("src/test/resources/labelruns/dev-d21-2017-defective-word-top.pdf.txt"),
                StandardCharsets.UTF_8);
        MappedReport r = Mapper.map(Document.ofRows("d21.txt", "text", TextReader.rows(text)), T2017);
        assertTrue(words(text(r, "key_issues")).endsWith("the first round of new generic top-level domains."),
                text(r, "key_issues"));
        assertTrue(words(text(r, "presentations")).startsWith("Presentation 1 (Tevita Fifita)"), text(r, "presentations"));
    }

    @Test
    void aPagesFewLabelsWithSingleValuesShareTheAnswersAndTheFirstEndsTheLabelBeforeThem() throws IOException {
        // v18 top (fifth draw): page 2 prints the way forward's and the four gender rows' labels
        // (five, and no run before them in the document) before all their answers, the first of
        // which ends the discussions begun on page 1; no cell is empty
        String text = Files.readString(Path.of("src/test/resources/labelruns/fifth-v18-2017-defective-word-top.pdf.txt"),
                StandardCharsets.UTF_8);
        MappedReport r = Mapper.map(Document.ofRows("v18.txt", "text", TextReader.rows(text)), T2017);
        assertTrue(words(text(r, "discussions")).endsWith("to give prominence to public interest content."),
                text(r, "discussions"));
        assertTrue(words(text(r, "way_forward")).endsWith("open source tools for online distribution."),
                text(r, "way_forward"));
        assertEquals("5 of the 6 speakers were women.", words(text(r, "gender_participants")));
        assertEquals("About 35 women.", words(text(r, "gender_women")));
        assertEquals("Gender was discussed briefly, when speakers looked at who is affected most.",
                words(text(r, "gender_extent")));
        assertEquals("Speakers noted that women are affected differently and asked for data broken down by gender.",
                words(text(r, "gender_summary")));
    }

    @Test
    void anEmptyGenderSummaryLeavesTheCountsInTheirCells() throws IOException {
        // sixth draw, w18-2017-defective/word-top.pdf.txt (src/test/resources/regressions/README.md):
        // four gender labels, three answer lines; the summary (asked only when gender was
        // discussed) is the one left empty, and "About 35 women." is the women's count
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/regressions/empty-gender-summary.pdf.txt"),
                StandardCharsets.UTF_8).subList(98, 102);
        int[] got = LabelRuns.split(lines, sections(T2017, "gender_participants", "gender_women", "gender_extent",
                "gender_summary"), -1);
        assertEquals(List.of(99, 100, 101, 0), firsts(got, 4, 99));
        List<org.igfreport.Finding> findings = org.igfreport.ReportValidator.builder().build()
                .validate(Path.of("src/test/resources/regressions/empty-gender-summary.pdf.txt")).findings();
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("section-empty")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("gender-summary")), findings.toString());
    }

    @Test
    void aPersonWithAnAffiliationOnAFullLineThenAnotherIsTwoCells() {
        // the tuning draw's t40 (src/test/resources/regressions/README.md): the moderator's entry fills
        // its line; the rapporteur's first line follows, shaped the same
        assertEquals(1.0, LabelRuns.cut("Jorge Luis Ibarra, University of Cape Town, Faculty of Law",
                "Lukas Novák, Brazilian Internet Steering Committee", 61));
        // an organisation's name that wraps is still one entry
        assertEquals(4.0, LabelRuns.cut("Priya Raman, Digital Empowerment Foundation and",
                "Internet Society India, Delhi", 50));
        List<org.igfreport.Finding> findings = org.igfreport.ReportValidator.builder().build()
                .validate(Path.of("src/test/resources/regressions/two-one-person-cells-in-a-row.pdf.txt")).findings();
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("section-empty")), findings.toString());
    }

    /** A regression fixture (src/test/resources/regressions/README.md) mapped onto a template, as the checker maps it. */
    private static MappedReport mapRegression(String file, Template t) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/regressions", file), StandardCharsets.UTF_8);
        return Mapper.map(Document.ofRows(file, "text", TextReader.rows(text)), t);
    }

    private static List<org.igfreport.Finding> check(String file) {
        return org.igfreport.ReportValidator.builder().build()
                .validate(Path.of("src/test/resources/regressions", file)).findings();
    }

    @Test
    void theParagraphAboveACentredLabelOpeningARunIsThatLabelsAnswer() throws IOException {
        // sixth draw, w05-2016-compliant/word-centred.pdf.txt: "Presentation 1 (...)" ... "security
        // professionals willing to work for public salaries." / "A representative of a mid-sized city
        // described a" ... (the discussions' first paragraph) / the discussions' and the way
        // forward's labels / the rest of both answers
        MappedReport r = mapRegression("centred-label-opening-a-run.pdf.txt", T2016);
        String presentations = words(text(r, "presentations"));
        assertTrue(presentations.endsWith("security professionals willing to work for public salaries."), presentations);
        String discussions = words(text(r, "discussions"));
        assertTrue(discussions.startsWith("A representative of a mid-sized city described a ransomware attack"), discussions);
        // (where the discussions end in the run after the labels is not in the text: not asserted)
        assertTrue(check("centred-label-opening-a-run.pdf.txt").stream()
                .noneMatch(f -> f.rule().equals("paragraphs-per-item")));
    }

    @Test
    void aLabelGluedToAnAnswersWordWhoseHyphenPdftotextDroppedIsFound() throws IOException {
        // tune draw, t21-2017-defective/word-centred.pdf.txt: "... a simpler process for non-" ends
        // an answer line beside the discussions' label, centred in its cell; pdftotext drops the
        // hyphen and joins the label's first line: "Several participants asked for a simpler process
        // for nonPlease describe the Discussions" / "profit and community applicants. ..."
        MappedReport r = mapRegression("label-glued-to-a-dehyphenated-word.pdf.txt", T2017);
        String discussions = words(r.section("discussions").orElseThrow().text());
        assertTrue(discussions.contains("a simpler process for non profit and community applicants."), discussions);
        assertTrue(discussions.endsWith("universal acceptance of internationalised names is improving but slowly."),
                discussions);
        assertFalse(words(text(r, "presentations")).contains("Please describe"), text(r, "presentations"));
        assertTrue(check("label-glued-to-a-dehyphenated-word.pdf.txt").stream()
                .noneMatch(f -> "discussions".equals(f.section())));
    }

    @Test
    void theRestOfARunsLastLabelAtopTheNextPageIsNoAnswer() throws IOException {
        // tune draw, t11-2016-defective/word-top.pdf.txt: page 1 prints its labels in a run that
        // ends with "Please describe the", then its answers; page 2 opens with the rest of that
        // label ("Discussions that took place" / "during the workshop" / "session (3 paragraphs)"),
        // a blank line, the way forward's label and the rest of the answers
        MappedReport r = mapRegression("label-rest-after-a-page-break-ending-a-run.pdf.txt", T2016);
        assertFalse(r.section("discussions").orElseThrow().isEmpty(), text(r, "discussions"));
        assertFalse(words(text(r, "discussions")).contains("took place"), text(r, "discussions"));
        assertTrue(r.section("time").orElseThrow().isEmpty(), text(r, "time"));
        assertTrue(check("label-rest-after-a-page-break-ending-a-run.pdf.txt").stream()
                .noneMatch(f -> f.rule().equals("section-empty") && "discussions".equals(f.section())));
    }

    @Test
    void aParagraphEndIsMeasuredByPrintedWidthAsTheParagraphsAreCounted() throws IOException {
        // tune draw, t46-2015-defective/word-centred.pdf.txt: "queues at enrolment centres and the cost of
        // travelling to them." / "It was noted that ...": by characters "It" barely fits (a cut that
        // costs), by printed width it fits with room; the paragraph, printed above the discussions'
        // centred label, is the discussions' first (the presentations kept it, two paragraphs read)
        MappedReport r = mapRegression("paragraph-end-by-printed-width-above-a-centred-label.pdf.txt", T2015);
        assertTrue(words(text(r, "discussions")).startsWith("It was noted that offline alternatives must remain available"),
                text(r, "discussions"));
        assertTrue(words(text(r, "presentations")).endsWith("the cost of travelling to them."), text(r, "presentations"));
        assertTrue(check("paragraph-end-by-printed-width-above-a-centred-label.pdf.txt").stream()
                .noneMatch(f -> f.rule().equals("paragraph-count")));
    }

    @Test
    void aCutIsPricedByTheRoomTheFontLeaves() {
        // tune draw, t42-2017-defective/word-centred.pdf.txt (Liberation Serif): "cannot afford to build new
        // platforms alone." leaves a character of room for "Broadcasters" by count, none by printed width
        List<String> run = List.of("presented the results of a recent study on public service", "media online.",
                "Representatives of smaller broadcasters said that they", "cannot afford to build new platforms alone.",
                "Broadcasters described how their audiences under 30", "watch news almost only through social media. The",
                "discussion touched on data protection rules that apply", "to audience measurement.");
        LabelRuns.Column column = LabelRuns.Column.of(run, null);
        assertEquals(1, column.font(), column.toString());
        assertEquals(1.0, LabelRuns.cut(run.get(3), run.get(4), column.chars()));
        assertEquals(4.0, LabelRuns.cut(run.get(3), run.get(4), column));
        // a sentence that ends with room by printed width ends its unit whatever the characters say
        assertEquals(0.0, LabelRuns.cut(run.get(7), "A participant", column));
        // (entries are counted in characters: their shapes were tuned on them)
        assertEquals(LabelRuns.cut("Saule Bekova, Pacific Islands", "Association", column.chars()),
                LabelRuns.cut("Saule Bekova, Pacific Islands", "Association", column));
        assertEquals(2, LabelRuns.paragraphs(run, null), "the lines make two paragraphs, as Paragraphs counts them");
    }

    @Test
    void aPresentationsSecondParagraphCostsMoreThanALineMovedBelowACentredLabel() throws IOException {
        // seventh draw, x01-2015-compliant/word-centred.pdf.txt: "It was noted that power is the weakest
        // link ..." printed after the last presentation, above the discussions' centred label: the
        // discussions' first paragraph, not the presentation's second
        MappedReport r = mapRegression("discussions-paragraph-above-a-centred-label.pdf.txt", T2015);
        assertTrue(words(text(r, "discussions")).startsWith("It was noted that power is the weakest link"),
                text(r, "discussions"));
        assertTrue(check("discussions-paragraph-above-a-centred-label.pdf.txt").stream()
                .noneMatch(f -> f.rule().equals("paragraphs-per-item")));
    }

    @Test
    void aPageBreakInsideASentenceEndsNoAnswerInARun() throws IOException {
        // fifth draw, v20-2016-defective/word-top.pdf.txt: the run's last answer "Platforms should publish
        // error rates of automated moderation for" / blank line / "each language they serve." counted as two
        // units, so the cut between the discussions and the way forward moved and the presentations took
        // the discussions' first paragraph
        MappedReport r = mapRegression("page-break-inside-a-sentence-ending-a-run.pdf.txt", T2016);
        assertTrue(words(text(r, "presentations")).endsWith("to have critical content removed."), text(r, "presentations"));
        assertTrue(words(text(r, "discussions")).startsWith("The discussion turned to appeals"), text(r, "discussions"));
        assertEquals(1, check("page-break-inside-a-sentence-ending-a-run.pdf.txt").stream()
                .filter(f -> f.rule().equals("paragraphs-per-item")).count(), "the first presentation's second paragraph only");
        assertEquals(4.0, LabelRuns.gap("Platforms should publish error rates of automated moderation for",
                "each language they serve."));
        assertEquals(0.0, LabelRuns.gap("to rely even more on automation.", "Researchers and civil society"));
    }

    @Test
    void theRestOfTheLabelBelowAmongItsAnswersLinesIsNoParagraphOfIt() throws IOException {
        // fifth draw, v14-2016-defective/word-top.pdf.txt: "In a second part, the presenter answered
        // questions ..." (the last presentation's second paragraph) above the discussions' label, whose
        // rest "(3 paragraphs)" is printed between blank lines inside the answer's first sentence: priced as
        // three answer units, the discussions looked short of a paragraph and took the presentation's
        MappedReport r = mapRegression("label-rest-among-the-answer-below.pdf.txt", T2016);
        assertTrue(words(text(r, "presentations")).endsWith("answered questions from the audience about costs and timelines."),
                text(r, "presentations"));
        assertTrue(words(text(r, "discussions")).startsWith("A participant noted that governments"), text(r, "discussions"));
        assertTrue(check("label-rest-among-the-answer-below.pdf.txt").stream()
                .noneMatch(f -> f.rule().equals("paragraph-count")));
    }

    @Test
    void aRunsLastAnswerMayGoOnAfterTheNextPagesLabels() throws IOException {
        // tune draw, t42-2017-defective/word-centred.pdf.txt: the first page's run of labels ends with the
        // way forward, whose first paragraph ends the page's answers and whose other two follow the next
        // page's gender labels: one paragraph on the first page is not too few
        MappedReport r = mapRegression("run-answer-going-on-after-the-next-pages-labels.pdf.txt", T2017);
        assertTrue(words(text(r, "discussions")).endsWith("high among young people who do use it."), text(r, "discussions"));
        assertEquals(3, r.section("way_forward").orElseThrow().paragraphs().size(), text(r, "way_forward"));
        assertTrue(check("run-answer-going-on-after-the-next-pages-labels.pdf.txt").stream()
                .noneMatch(f -> f.rule().equals("paragraph-count") && "way_forward".equals(f.section())));
    }
}
