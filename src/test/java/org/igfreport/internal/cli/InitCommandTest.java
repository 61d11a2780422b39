package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code init}: a blank report whose check finds exactly its empty required sections, and which passes once filled in. */
class InitCommandTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    static Stream<Arguments> templatesAndFormats() {
        return Templates.builtIn().all().stream()
                .flatMap(t -> Stream.of("md", "txt", "yaml", "docx").map(f -> Arguments.of(t.id(), f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndFormats")
    void aBlankReportIsItsTemplateWithEveryRequiredSectionEmptyAndNothingElse(String id, String format,
            @TempDir Path dir) {
        Path out = dir.resolve("blank." + format);
        Cli cli = Cli.run("init", "--template", id, "-o", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        ReportResult result = VALIDATOR.validate(out);
        Template template = Templates.builtIn().byId(id).orElseThrow();
        assertThat(result.template()).isEqualTo(id);
        assertThat(result.findings()).extracting(Finding::rule, Finding::section)
                .containsExactlyInAnyOrderElementsOf(template.sections().stream()
                        .filter(s -> s.requirement() == Requirement.REQUIRED)
                        .map(s -> org.assertj.core.groups.Tuple.tuple("section-empty", s.id())).toList());
    }

    @Test
    void theHintsAreInTheBlankReportButNotReadAsAnswers() {
        Template t = Templates.builtIn().byId("igf-2017-workshop").orElseThrow();
        for (String format : List.of("md", "txt", "yaml")) {
            Cli cli = Cli.run("init", "--template", t.id(), "--format", format);
            assertThat(cli.status()).as(cli.err()).isZero();
            for (TemplateSection s : t.sections()) {
                assertThat(cli.out()).as(format).contains(s.label()).contains(s.help());
            }
        }
    }

    @Test
    void aBlankReportFilledWithCompliantAnswersPasses(@TempDir Path dir) throws Exception {
        for (Template t : Templates.builtIn().all()) {
            String blank = BlankReport.markdown(t);
            StringBuilder filled = new StringBuilder(blank);
            for (int i = t.sections().size() - 1; i >= 0; i--) {
                TemplateSection s = t.sections().get(i);
                int at = filled.indexOf("-->\n\n", filled.indexOf("## " + s.label() + "\n")) + 5;
                filled.insert(at, answer(s) + "\n\n");
            }
            Path file = dir.resolve(t.id() + ".md");
            Files.writeString(file, filled, StandardCharsets.UTF_8);
            ReportResult result = VALIDATOR.validate(file);
            assertThat(result.template()).isEqualTo(t.id());
            assertThat(result.findings()).as(t.id() + "\n" + filled).isEmpty();
        }
    }

    /** A compliant answer to a section, by what it holds and its constraints. */
    private static String answer(TemplateSection s) {
        return switch (s.kind()) {
            case TEXT -> s.id().equals("date_time") ? "Tuesday, 13 November 2018, 10:00 - 11:30" : "Open data for all";
            case DATE -> "18 December 2017";
            case TIME -> "10:00 - 11:30";
            case PERSON -> "Jane Doe";
            case PEOPLE -> "- Jane Doe, University of Geneva (female)\n- John Smith, Internet Society (male)";
            case ITEMS -> "- How can access be made affordable?\n- Who should fund local networks?";
            case PRESENTATIONS -> "Presentation 1 (Jane Doe): She presented a study of access in ten countries.";
            case PROSE -> prose(s.constraints().paragraphs() == null || s.constraints().paragraphs().min() == null
                    ? 1 : s.constraints().paragraphs().min());
            case PARTICIPANTS -> "About 60";
            case WOMEN -> "About 25";
            case PARTICIPATION -> "About 60 participants, of whom about 25 were women.";
            case EXTENT -> "The session discussed gender equality in access to the Internet.";
            case SUMMARY -> "Speakers noted that women face higher costs of access.";
        };
    }

    private static String prose(int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            b.append(i > 1 ? "\n\n" : "").append("The participants discussed point ").append(i)
                    .append(" at length. They agreed that more work is needed.");
        }
        return b.toString();
    }

    @Test
    void anExistingFileIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.md");
        Files.writeString(out, "mine");
        Cli cli = Cli.run("init", "--template", "igf-2019-session", "-o", out.toString());
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(dir.toFile().list()).containsExactly("r.md");
    }

    @Test
    void badArgumentsAreExit2() {
        assertThat(Cli.run("init").status()).isEqualTo(2);
        assertThat(Cli.run("init", "--template", "no-such-template").status()).isEqualTo(2);
        assertThat(Cli.run("init", "--template", "igf-2019-session", "--format", "pdf").status()).isEqualTo(2);
    }

    @Test
    void aTemplateFileWorksAsAnId(@TempDir Path dir) {
        Cli cli = Cli.run("init", "--template", "schemas/templates/igf-2016-workshop.yaml", "--format", "txt");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("IGF 2016 Workshop Report Template\n\nSession Title\n");
    }
}
