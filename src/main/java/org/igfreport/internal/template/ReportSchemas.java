package org.igfreport.internal.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.read.StructuredReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (2020-12) of a structured (YAML or JSON) report on a template:
 * one key per section id plus {@code template} and {@code x-igf-report-disable}; single-value
 * sections are texts, listed sections ({@code speakers}, {@code key_issues},
 * {@code presentations}) arrays of texts, prose sections a text or an array of paragraph texts;
 * no other keys. Required sections are deliberately not {@code required}: a missing section is
 * the {@code section-missing} rule's finding, not a schema one. Any key may be empty
 * ({@code null}), which the {@code section-empty} rule reports. The committed files under
 * {@code schemas/reports/} are this class's output, kept in step by a test; run
 * {@link #main(String[])} to regenerate them after changing a template.
 */
public final class ReportSchemas {

    /** The folder (and classpath prefix) of the generated schemas. */
    public static final String DIR = "schemas/reports/";

    /** The key that names the template (read by {@link StructuredReader}). */
    public static final String TEMPLATE_KEY = StructuredReader.TEMPLATE_KEY;

    /** The key that lists the rule ids not to report for this file (read by {@link StructuredReader}). */
    public static final String DISABLE_KEY = StructuredReader.DISABLE_KEY;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportSchemas() {
    }

    /**
     * @param templateId a template id
     * @return the classpath resource (and path below the project root) of its report schema
     */
    public static String resource(String templateId) {
        return DIR + templateId + ".schema.json";
    }

    /**
     * @param template a template
     * @return the report schema, as a tree
     */
    public static ObjectNode schema(Template template) {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:igf-report:schemas:reports:" + template.id());
        root.put("title", Texts.format("schema-doc.title", template.title()));
        root.put("description", Texts.format("schema-doc.description", template.id()));
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        ObjectNode t = props.putObject(TEMPLATE_KEY);
        t.put("description", Texts.format("schema-doc.template"));
        t.put("const", template.id());
        ObjectNode d = props.putObject(DISABLE_KEY);
        d.put("description", Texts.format("schema-doc.disable"));
        d.put("type", "array");
        ObjectNode di = d.putObject("items");
        di.put("type", "string");
        di.put("pattern", "^[a-z][a-z0-9-]*$");
        for (TemplateSection s : template.sections()) {
            ObjectNode p = props.putObject(s.id());
            p.put("description", s.label() + (s.help().isEmpty() ? "" : ". " + s.help()));
            p.put("$ref", "#/$defs/" + shape(s.kind()));
        }
        root.put("additionalProperties", false);
        ObjectNode defs = root.putObject("$defs");
        ObjectNode text = defs.putObject("text");
        text.put("description", Texts.format("schema-doc.text"));
        text.set("type", types("string", "null"));
        ObjectNode count = defs.putObject("count");
        count.put("description", Texts.format("schema-doc.count"));
        count.set("type", types("string", "integer", "null"));
        ObjectNode list = defs.putObject("list");
        list.put("description", Texts.format("schema-doc.list"));
        list.set("type", types("array", "null"));
        list.putObject("items").put("type", "string");
        ObjectNode prose = defs.putObject("prose");
        prose.put("description", Texts.format("schema-doc.prose"));
        prose.set("type", types("string", "array", "null"));
        prose.putObject("items").put("type", "string");
        return root;
    }

    /**
     * @param template a template
     * @return the report schema as pretty-printed JSON, ending with a line break
     */
    public static String generate(Template template) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema(template)).replace("\r\n", "\n")
                + "\n";
    }

    /**
     * @param kind a section kind
     * @return the name of the schema shape ({@code $defs} entry) of sections of that kind
     */
    public static String shape(SectionKind kind) {
        switch (kind) {
            case PEOPLE:
            case ITEMS:
            case PRESENTATIONS:
                return "list";
            case PROSE:
            case SUMMARY:
                return "prose";
            case PARTICIPANTS:
            case WOMEN:
                return "count";
            default:
                return "text";
        }
    }

    private static ArrayNode types(String... names) {
        ArrayNode a = F.arrayNode();
        for (String n : names) {
            a.add(n);
        }
        return a;
    }

    /**
     * Writes the report schema of every built-in template into a folder.
     *
     * @param args the target folder (default {@code schemas/reports})
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DIR);
        Files.createDirectories(dir);
        for (Template t : Templates.builtIn().all()) {
            Path file = dir.resolve(t.id().toLowerCase(Locale.ROOT) + ".schema.json");
            Files.writeString(file, generate(t), StandardCharsets.UTF_8);
        }
    }
}
