package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.igfreport.internal.template.Constraints;
import org.igfreport.internal.template.Range;
import org.igfreport.internal.template.Requirement;
import org.igfreport.internal.template.SectionKind;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code templates import}: labels and constraints from a form's wording, a template that loads (schema-checked). */
class TemplateImportCommandTest {

    private static final String FORM = """
            My Forum 2021 Report Form

            - Title:
            - Key messages (no more than three (3)):
            1. Summary [150 words]
            - Speakers:
            To what extent did the session discuss gender equality?
            If the session addressed gender issues, please provide a brief summary
            If there were presentations, please provide a 1-paragraph summary for each presentation
            Discussions (2 paragraphs)
            """;

    @Test
    void labelsKindsAndConstraintsComeFromTheWording(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("form.txt");
        Files.writeString(form, FORM);
        Path out = dir.resolve("t.yaml");
        Cli cli = Cli.run("templates", "import", form.toString(), "-o", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        Template t = TemplateLoader.load(out);
        assertThat(t.id()).isEqualTo("my-forum-2021-report-form");
        assertThat(t.year()).isEqualTo(2021);
        assertThat(t.sections()).extracting(TemplateSection::label).containsExactly("Title",
                "Key messages (no more than three (3))", "1. Summary [150 words]", "Speakers",
                "To what extent did the session discuss gender equality?",
                "If the session addressed gender issues, please provide a brief summary",
                "If there were presentations, please provide a 1-paragraph summary for each presentation",
                "Discussions (2 paragraphs)");
        assertThat(t.sections()).extracting(TemplateSection::kind).containsExactly(SectionKind.TEXT, SectionKind.ITEMS,
                SectionKind.TEXT, SectionKind.PEOPLE, SectionKind.EXTENT, SectionKind.SUMMARY, SectionKind.PRESENTATIONS,
                SectionKind.PROSE);
        assertThat(t.sections()).extracting(TemplateSection::requirement).containsExactly(Requirement.REQUIRED,
                Requirement.REQUIRED, Requirement.REQUIRED, Requirement.REQUIRED, Requirement.REQUIRED,
                Requirement.CONDITIONAL, Requirement.OPTIONAL, Requirement.REQUIRED);
        assertThat(t.sections().get(1).constraints()).isEqualTo(new Constraints(null, null, null, new Range(null, 3), null));
        assertThat(t.sections().get(2).constraints()).isEqualTo(new Constraints(null, null, null, null, new Range(null, 150)));
        assertThat(t.sections().get(6).constraints()).isEqualTo(new Constraints(null, 1, null, null, null));
        assertThat(t.sections().get(7).constraints()).isEqualTo(new Constraints(null, null, new Range(2, 2), null, null));
        assertThat(Files.readString(out)).contains("# \"[150 words]\": a word limit");
    }

    @Test
    void optionsSetIdYearAndTitleAndAnExistingFileIsKept(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("form.md");
        Files.writeString(form, "# A form\n\n## Title\n\n## Speakers\n");
        Cli cli = Cli.run("templates", "import", form.toString(), "--id", "my-form", "--year", "2024", "--title", "Mine");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("id: \"my-form\"\nyear: 2024\ntitle: \"Mine\"");
        Path out = dir.resolve("t.yaml");
        Files.writeString(out, "mine");
        assertThat(Cli.run("templates", "import", form.toString(), "-o", out.toString()).status()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(Cli.run("templates", "import", "no/such/form.txt").status()).isEqualTo(2);
    }

    /**
     * A blank form of init as Word, and LibreOffice's PDF of it (src/test/resources/forms/make.sh):
     * each label cell's first paragraph is the label, the rest its help, in a PDF too (where the
     * label wraps, "1-" / "paragraph" included); the sections are the built-in template's.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"igf-2017-workshop-blank.docx", "igf-2017-workshop-blank.pdf",
            "igf-2019-session-blank.docx", "igf-2019-session-blank.pdf"})
    void aWordOrPdfFormGivesItsLabelsAndHelpApart(String file, @TempDir Path dir) throws Exception {
        Path form = Path.of("src/test/resources/forms", file);
        Path out = dir.resolve("t.yaml");
        Cli cli = Cli.run("templates", "import", form.toString(), "-o", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        String id = file.substring(0, file.indexOf("-blank"));
        Template original = Templates.builtIn().byId(id).orElseThrow();
        assertThat(RoundTripTest.sections(TemplateLoader.load(out), java.util.Map.of()))
                .isEqualTo(RoundTripTest.sections(original, RoundTripTest.IMPORTED_IDS.get(id)));
    }

    @Test
    void optionalInALabelMakesItOptionalAndLeavesTheLabel(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("form.md");
        Files.writeString(form, "# A form\n\n## Title\n\n## Session outputs (optional):\n\n## Speakers\n");
        Path out = dir.resolve("t.yaml");
        Cli cli = Cli.run("templates", "import", form.toString(), "-o", out.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        Template t = TemplateLoader.load(out);
        assertThat(t.sections()).extracting(TemplateSection::label).containsExactly("Title", "Session outputs", "Speakers");
        assertThat(t.sections()).extracting(TemplateSection::requirement)
                .containsExactly(Requirement.REQUIRED, Requirement.OPTIONAL, Requirement.REQUIRED);
    }
}
