package org.igfreport.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are data, checked against the template schema; a broken one names file, line and problem. */
class TemplateLoaderTest {

    private static final String GOOD = """
            id: my-2030-session
            year: 2030
            title: "My session template"
            sections:
              - id: session_title
                label: "Session Title"
                kind: text
                required: true
              - id: key_issues
                label: "Key Issues raised (1 sentence per issue)"
                kind: items
                required: true
                constraints: {sentences-per-item: 1, items: {min: 1, max: 5}}
            """;

    @Test
    void theBuiltInTemplatesLoadInYearOrder() {
        Templates t = Templates.builtIn();
        assertThat(t.ids()).containsExactly("igf-2015-workshop", "igf-2016-workshop", "igf-2017-workshop",
                "igf-2018-session", "igf-2019-session");
        Template t2017 = t.byId("igf-2017-workshop").orElseThrow();
        assertThat(t2017.sections()).extracting(TemplateSection::id).containsExactly("session_title", "date", "time",
                "organizer", "moderator", "rapporteur", "speakers", "key_issues", "presentations", "discussions",
                "way_forward", "gender_participants", "gender_women", "gender_extent", "gender_summary");
        TemplateSection discussions = t2017.section("discussions").orElseThrow();
        assertThat(discussions.constraints().paragraphs()).isEqualTo(new Range(3, 3));
        assertThat(t2017.section("gender_summary").orElseThrow().requirement()).isEqualTo(Requirement.CONDITIONAL);
        assertThat(t2017.section("key_issues").orElseThrow().constraints().sentencesPerItem()).isEqualTo(1);
    }

    @Test
    void everyBuiltInTemplateIsValidAgainstTheSchema() {
        // at run time the built-in templates skip the schema check; here they take it
        for (String id : Templates.builtIn().ids()) {
            Template checked = TemplateLoader.loadResource("schemas/templates/" + id + ".yaml", true);
            assertThat(checked).isEqualTo(Templates.builtIn().byId(id).orElseThrow());
        }
    }

    @Test
    void aUsersOwnTemplateLoadsThroughTheSameCode(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, GOOD);
        Template t = TemplateLoader.load(f);
        assertThat(t.id()).isEqualTo("my-2030-session");
        assertThat(t.section("key_issues").orElseThrow().constraints().items()).isEqualTo(new Range(1, 5));
    }

    @Test
    void anUnknownKindIsAnErrorAtItsLine() {
        String bad = GOOD.replace("kind: items", "kind: bullets");
        assertThatThrownBy(() -> TemplateLoader.parse(bad, "bad.yaml")).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("bad.yaml:11: ").hasMessageContaining("/sections/1/kind");
    }

    @Test
    void anUnknownKeyIsAnError() {
        String bad = GOOD.replace("    required: true\n  - id: key_issues", "    required: true\n    colour: red\n  - id: key_issues");
        assertThatThrownBy(() -> TemplateLoader.parse(bad, "bad.yaml")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void aConditionalSectionNeedsItsCondition() {
        String bad = GOOD.replace("kind: items\n    required: true", "kind: items\n    required: conditional");
        assertThatThrownBy(() -> TemplateLoader.parse(bad, "bad.yaml")).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("bad.yaml:");
    }

    @Test
    void brokenYamlAndDuplicateIdsAreErrors() {
        assertThatThrownBy(() -> TemplateLoader.parse("id: [unclosed\n", "x.yaml")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("not valid YAML");
        String twice = GOOD.replace("id: key_issues", "id: session_title");
        assertThatThrownBy(() -> TemplateLoader.parse(twice, "x.yaml")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> TemplateLoader.parse("- a list\n", "x.yaml")).isInstanceOf(TemplateException.class);
    }
}
