package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.igfreport.internal.template.Condition;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code init} of every built-in template as Markdown, text and Word, then {@code templates
 * import} of the blank report: the same sections in the same order, with the same labels, help
 * texts, kinds, required flags (an optional section's hint says "(optional)"), conditions and
 * constraints. A form carries no section ids: import makes each from its label's first words, by
 * the mapping stated in {@link #IMPORTED_IDS}.
 */
class RoundTripTest {

    /** Each built-in section id, and the id {@code templates import} derives from its label. */
    static final Map<String, Map<String, String>> IMPORTED_IDS = Map.of(
            "igf-2015-workshop", ids("session_title", "session_title", "date", "date", "time", "time",
                    "organizer", "workshop_organiser", "moderator", "chairperson_moderator", "rapporteur",
                    "rapporteur_note_taker", "speakers", "list_of_speakers_and", "key_issues", "key_issues_raised",
                    "presentations", "if_there_are_presentations", "discussions", "please_describe_the_discussions",
                    "way_forward", "please_describe_any_participant"),
            "igf-2016-workshop", ids("session_title", "session_title", "date", "date", "time", "time",
                    "organizer", "session_organizer", "moderator", "chair_moderator", "rapporteur",
                    "rapporteur_notetaker", "speakers", "list_of_speakers_and", "key_issues", "key_issues_raised",
                    "presentations", "if_there_were_presentations", "discussions", "please_describe_the_discussions",
                    "way_forward", "please_describe_any_participant"),
            "igf-2017-workshop", ids("session_title", "session_title", "date", "date", "time", "time",
                    "organizer", "session_organizer", "moderator", "chair_moderator", "rapporteur",
                    "rapporteur_notetaker", "speakers", "list_of_speakers_and", "key_issues", "key_issues_raised",
                    "presentations", "if_there_were_presentations", "discussions", "please_describe_the_discussions",
                    "way_forward", "please_describe_any_participant", "gender_participants",
                    "estimate_the_overall_number", "gender_women", "estimate_the_overall_number_2", "gender_extent",
                    "to_what_extent_did", "gender_summary", "if_the_session_addressed"),
            "igf-2018-session", ids("session_type", "session_type", "session_title", "title", "date_time",
                    "date_time", "organizer", "organizer", "moderator", "chair_moderator", "rapporteur",
                    "rapporteur_notetaker", "speakers", "list_of_speakers_and"),
            "igf-2019-session", ids("key_policy_questions", "key_policy_questions_and", "discussion_areas",
                    "discussion_areas", "policy_recommendations", "policy_recommendations_or_suggestions",
                    "other_initiatives", "other_initiatives_addressing_the", "progress", "making_progress_for_tackled",
                    "participation", "estimated_participation", "gender_reflection", "reflection_to_gender_issues",
                    "session_outputs", "session_outputs"));

    private static Map<String, String> ids(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> templatesAndFormats() {
        return Templates.builtIn().all().stream()
                .flatMap(t -> Stream.of("md", "txt", "docx").map(f -> Arguments.of(t.id(), f)));
    }

    @Test
    void theMappingCoversEveryBuiltInTemplate() {
        for (Template t : Templates.builtIn().all()) {
            assertThat(IMPORTED_IDS.get(t.id())).as(t.id()).isNotNull();
            assertThat(IMPORTED_IDS.get(t.id()).keySet()).as(t.id())
                    .containsExactlyElementsOf(t.sections().stream().map(TemplateSection::id).toList());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesAndFormats")
    void initThenImportGivesBackTheSections(String id, String format, @org.junit.jupiter.api.io.TempDir Path dir) {
        Path blank = dir.resolve("blank." + format);
        Path imported = dir.resolve("imported.yaml");
        Cli init = Cli.run("init", "--template", id, "-o", blank.toString());
        assertThat(init.status()).as(init.err()).isZero();
        Cli imp = Cli.run("templates", "import", blank.toString(), "-o", imported.toString());
        assertThat(imp.status()).as(imp.err()).isZero();
        Template original = Templates.builtIn().byId(id).orElseThrow();
        Template back = TemplateLoader.load(imported); // validated against schemas/template.schema.json
        assertThat(back.year()).isEqualTo(BlankReport.titleLine(original).contains(String.valueOf(original.year()))
                ? original.year() : java.time.Year.now().getValue());
        assertThat(sections(back, Map.of())).isEqualTo(sections(original, IMPORTED_IDS.get(id)));
    }

    /** A template's sections as comparable lines: id (mapped), label, help, kind, requirement, condition, constraints. */
    static List<String> sections(Template t, Map<String, String> idMap) {
        return t.sections().stream().map(s -> {
            Condition when = s.when();
            String w = when == null ? "-" : idMap.getOrDefault(when.section(), when.section()) + "=" + when.answered();
            return String.join(" | ", idMap.getOrDefault(s.id(), s.id()), s.label(), s.help(), s.kind().toString(),
                    s.requirement().toString(), w, String.valueOf(s.constraints()));
        }).toList();
    }
}
