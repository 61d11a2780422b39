package org.igfreport.internal.rule.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.Mapper;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;
import org.igfreport.internal.text.Line;

/**
 * Builds small mapped reports for rule tests: each section's label on a line of its own, its
 * content on the lines after it (not wrapped, so every line is a paragraph unless joined), and a
 * blank line between sections. Line numbers start at 1 with the first label.
 */
final class Fixture {

    private final Template template;
    private final Map<String, String> contents = new LinkedHashMap<>();
    private final Map<String, Integer> labelLines = new LinkedHashMap<>();

    private Fixture(Template template) {
        this.template = template;
    }

    /** A report on a built-in template, with no sections yet. */
    static Fixture of(String templateId) {
        return new Fixture(Templates.builtIn().byId(templateId).orElseThrow());
    }

    /** A report on a given template, with no sections yet. */
    static Fixture of(Template template) {
        return new Fixture(template);
    }

    /** A one-section template for rules whose constraint no built-in template uses. */
    static Template templateOf(TemplateSection... sections) {
        return new Template("igf-2099-test", 2099, "Test", "", List.of(), List.of(sections), "test");
    }

    /** A report on the 2017 template that every rule accepts. */
    static Fixture compliant2017() {
        return of("igf-2017-workshop")
                .with("session_title", "A rights-based approach to cybersecurity")
                .with("date", "17 December 2017")
                .with("time", "09:00-10:30")
                .with("organizer", "Global Partners Digital")
                .with("moderator", "Deborah Brown, APC")
                .with("rapporteur", "Maud Barret Bertelloni")
                .with("speakers", "Chinmayi Arun (CCG), Kathy Brown (ISOC)\n"
                        + "Madeleine Carr (Cardiff University); Lea Kaspar(GPD),Kaja Ciglic (Microsoft)")
                .with("key_issues", "The extent to which cybersecurity initiatives adopt a rights-based approach.\n\n"
                        + "Who controls the mainstream cybersecurity narrative?")
                .with("presentations", "Presentation 1 (Jane Doe): described the new challenges.\n\n"
                        + "Presentation 2 (John Roe): argued for safeguards.")
                .with("discussions", "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.")
                .with("way_forward", "First step.\n\nSecond step.\n\nThird step.")
                .with("gender_participants", "About 60")
                .with("gender_women", "Around 50% of people present at the session were women.")
                .with("gender_extent", "Cybersecurity threats to women were discussed.")
                .with("gender_summary", "Participants discussed the online harassment of women journalists.");
    }

    /** Sets a section's content; "" leaves the label with nothing after it. */
    Fixture with(String id, String content) {
        template.section(id).orElseThrow(() -> new IllegalArgumentException(id));
        contents.put(id, content);
        return this;
    }

    /** Leaves a section out altogether. */
    Fixture without(String id) {
        contents.remove(id);
        return this;
    }

    /** Maps the sections onto the template. */
    MappedReport build() {
        Map<String, Section> byId = new LinkedHashMap<>();
        labelLines.clear();
        int line = 1;
        for (TemplateSection def : template.sections()) {
            String content = contents.get(def.id());
            if (content == null) {
                continue;
            }
            Location label = Location.of(line, 1, def.label().length());
            labelLines.put(def.id(), line);
            line++;
            List<Line> lines = new ArrayList<>();
            if (!content.isEmpty()) {
                for (String text : content.split("\n", -1)) {
                    lines.add(new Line(Fragment.of(text, line++, 1), Break.UNKNOWN, 0));
                }
            }
            byId.put(def.id(), Mapper.build(def, label, lines));
            line++;
        }
        return new MappedReport(template, Document.ofRows("fixture.txt", "text", List.of()), byId, 10);
    }

    /** The line of a section's label in the last {@link #build()}; its content starts on the next line. */
    int labelLine(String id) {
        return labelLines.get(id);
    }

    /** Builds the report and runs one rule on it. */
    List<Finding> run(Rule rule) {
        MappedReport report = build();
        List<Finding> sink = RuleContext.newSink();
        rule.check(report, new RuleContext(rule.info(), sink));
        return sink;
    }
}
