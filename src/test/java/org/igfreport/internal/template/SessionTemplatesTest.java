package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2018 and 2019 session templates (issue 15): each is chosen for its own reports, compliant
 * and defective, a report of either year is never taken for a 2015-2017 one, and a document
 * that is neither still fits none. Fixtures in {@code src/test/resources/templates2018-2019/}
 * (see its README).
 */
class SessionTemplatesTest {

    private static final String DIR = "src/test/resources/templates2018-2019/";
    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    private static Document read(String file) throws Exception {
        return Readers.forName(file).read(Files.readAllBytes(Path.of(file)), file,
                org.igfreport.internal.base.Limits.DEFAULTS);
    }

    private static Document text(String text) {
        return Document.ofRows("r.txt", "text", org.igfreport.internal.read.TextReader.rows(text));
    }

    private static List<String> findings(ReportResult r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.section()).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "igf-2018-compliant.md, igf-2018-session",
        "igf-2018-defective.md, igf-2018-session",
        "igf-2019-compliant.md, igf-2019-session",
        "igf-2019-defective.txt, igf-2019-session",
    })
    void eachReportPicksItsYearsTemplate(String file, String template) throws Exception {
        Detector.Detection d = Detector.detect(read(DIR + file), Templates.builtIn().all());
        assertThat(d.recognized()).isTrue();
        assertThat(d.report().template().id()).isEqualTo(template);
    }

    /** Without the new templates, neither year's reports are a 2015-2017 report. */
    @ParameterizedTest
    @ValueSource(strings = {"igf-2018-compliant.md", "igf-2018-defective.md", "igf-2019-compliant.md",
        "igf-2019-defective.txt"})
    void noReportOfTheNewYearsIsAnOlderOne(String file) throws Exception {
        List<Template> older = Templates.builtIn().all().stream().filter(t -> t.year() <= 2017).toList();
        assertThat(older).hasSize(3);
        assertThat(Detector.detect(read(DIR + file), older).recognized()).isFalse();
    }

    @Test
    void theCompliantReportsHaveNoFindings() {
        assertThat(VALIDATOR.validate(Path.of(DIR + "igf-2018-compliant.md")).findings()).isEmpty();
        assertThat(VALIDATOR.validate(Path.of(DIR + "igf-2019-compliant.md")).findings()).isEmpty();
    }

    /** The proposal text above the 2018 report ("Organizer: ...") is not the report's answer. */
    @Test
    void the2018ReportIsFoundBelowTheProposalText() throws Exception {
        Detector.Detection d = Detector.detect(read(DIR + "igf-2018-compliant.md"), Templates.builtIn().all());
        MappedReport m = d.report();
        assertThat(m.sections().get("organizer").text())
                .isEqualTo("Asia Pacific Digital Rights Coalition; Centre for Internet Policy Studies");
        assertThat(m.sections().get("session_type").text()).isEqualTo("Workshop");
        assertThat(m.sections().get("speakers").items()).hasSize(4);
    }

    @Test
    void theDefective2018ReportGivesItsFindings() {
        ReportResult r = VALIDATOR.validate(Path.of(DIR + "igf-2018-defective.md"));
        assertThat(r.template()).isEqualTo("igf-2018-session");
        assertThat(findings(r)).containsExactly("section-missing date_time", "section-empty rapporteur",
                "speaker-gender speakers", "speaker-gender speakers");
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("speaker-gender")).extracting(Finding::excerpt)
                .containsExactly("Carlos Mendes, Instituto Nupef", "Nicola Bidwell, University of Namibia");
    }

    @Test
    void theDefective2019ReportGivesItsFindings() {
        ReportResult r = VALIDATOR.validate(Path.of(DIR + "igf-2019-defective.txt"));
        assertThat(r.template()).isEqualTo("igf-2019-session");
        // optional sections (4, 5, 8) may stay empty; "Reflection to Gender Issues" lost its number
        assertThat(findings(r)).containsExactly("section-empty discussion_areas", "section-empty policy_recommendations",
                "gender-participants participation", "gender-women participation");
    }

    /** Published 2019 reports number their headings "1.", "1)", "1 -" or not at all, with or without colons. */
    @ParameterizedTest
    @ValueSource(strings = {"%d. %s:", "%d) %s", "%d - %s:", "%d – %s", "%2$s", "%2$s:"})
    void the2019HeadingsAreFoundHoweverNumbered(String style) {
        Template t = Templates.builtIn().byId("igf-2019-session").orElseThrow();
        StringBuilder sb = new StringBuilder("IGF 2019 WS #1 A session\n\n");
        String[] answers = {"- What should be done?\n- Who should do it?", "The speakers discussed it.",
            "Do more of it.", "Another forum works on it.", "Follow-up next year.",
            "About 60 participants, 25 of them women.", "Gender was discussed.", "A report."};
        int n = 1;
        for (TemplateSection s : t.sections()) {
            String label = s.label().substring(s.label().indexOf(' ') + 1);
            sb.append(String.format(style, n, label)).append('\n').append(answers[n - 1]).append("\n\n");
            n++;
        }
        Detector.Detection d = Detector.detect(text(sb.toString()), Templates.builtIn().all());
        assertThat(d.recognized()).isTrue();
        assertThat(d.report().template().id()).isEqualTo("igf-2019-session");
        assertThat(d.report().sections()).containsOnlyKeys(t.sections().stream().map(TemplateSection::id).toList());
        assertThat(d.report().sections().get("participation").text()).isEqualTo(answers[5]);
    }

    /** The 2018 page's proposal text alone, or a letter, is no report: template-unrecognized. */
    @ParameterizedTest
    @ValueSource(strings = {
        "IGF 2018 WS #214 Data Localisation\n\nRoom: Salle VIII\n\nOrganizer: Digital Rights Coalition\n\n"
                + "Description: Governments increasingly require that personal data be stored at home.\n",
        "Dear colleagues,\n\nThank you for attending the 2019 session. Key policy questions will be sent later.\n"
                + "\nEstimated participation was high.\n"})
    void documentsThatAreNeitherFitNone(String doc) {
        ReportResult r = VALIDATOR.validate(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8), "doc.txt");
        assertThat(r.template()).isNull();
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("template-unrecognized"));
    }

    @Test
    void aSectionNumberIsNotPartOfTheLabel() {
        assertThat(LabelIndex.numberLength("1. Key")).isEqualTo(3);
        assertThat(LabelIndex.numberLength("1) Key")).isEqualTo(3);
        assertThat(LabelIndex.numberLength("12 - Key")).isEqualTo(5);
        assertThat(LabelIndex.numberLength("3 – Key")).isEqualTo(4);
        assertThat(LabelIndex.numberLength("- Title: x")).isEqualTo(2);
        assertThat(LabelIndex.numberLength("2018 - 2019 budget")).isEqualTo(0);
        assertThat(LabelIndex.numberLength("10 -5 degrees")).isEqualTo(0);
        assertThat(LabelIndex.numberLength("Key")).isEqualTo(0);
        assertThat(LabelIndex.numberLength("7 -")).isEqualTo(0);
    }

    /** Structured reports on the new templates are checked against their generated JSON Schemas. */
    @Test
    void structuredReportsOnTheNewTemplatesFollowTheirSchemas() {
        String ok = "template: igf-2019-session\nkey_policy_questions:\n  - How?\ndiscussion_areas: Several.\n"
                + "policy_recommendations: Act.\nparticipation: About 60 participants, 25 women.\n"
                + "gender_reflection: Discussed.\n";
        ReportResult r = VALIDATOR.validate(ok.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.yaml");
        assertThat(r.template()).isEqualTo("igf-2019-session");
        assertThat(r.findings()).isEmpty();
        ReportResult bad = VALIDATOR.validate((ok + "key_issues: [One]\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "r.yaml");
        assertThat(bad.findings()).extracting(Finding::rule).containsExactly("schema");
        String speakers = "template: igf-2018-session\nsession_type: Workshop\nsession_title: T\n"
                + "date_time: 13 November 2018, 10:40-12:10\norganizer: O\nmoderator: Grace Mwangi\n"
                + "rapporteur: Samuel Otieno\nspeakers:\n  - Grace Mwangi, CONA (female)\n  - Samuel Otieno, SU\n";
        ReportResult r2018 = VALIDATOR.validate(speakers.getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.yaml");
        assertThat(r2018.template()).isEqualTo("igf-2018-session");
        assertThat(r2018.findings()).extracting(Finding::rule).containsExactly("speaker-gender");
    }
}
