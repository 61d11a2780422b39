package org.igfreport.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads a template file: reads the YAML, checks it against {@code schemas/template.schema.json}
 * and builds the {@link Template}. Every problem is a {@link TemplateException} naming the file,
 * the line and what is wrong; the built-in templates and a user's own go through the same code.
 */
public final class TemplateLoader {

    /** The classpath resource of the template schema. */
    public static final String SCHEMA = "schemas/template.schema.json";

    private TemplateLoader() {
    }

    /**
     * @param file a template file
     * @return the template
     * @throws TemplateException when it cannot be read or is not a valid template
     */
    public static Template load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TemplateException(file.toString(), 1, "cannot read the template: " + e.getMessage());
        }
    }

    /**
     * @param resource a classpath resource
     * @return the template
     * @throws TemplateException when it cannot be read or is not a valid template
     */
    public static Template loadResource(String resource) {
        try (InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException(resource, 1, "no such template resource");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new TemplateException(resource, 1, "cannot read the template: " + e.getMessage());
        }
    }

    /**
     * @param yaml the template's text
     * @param file the name to use in messages
     * @return the template
     * @throws TemplateException when it is not a valid template
     */
    public static Template parse(String yaml, String file) {
        JsonNode root;
        try {
            root = SchemaCheck.read(yaml, true);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new TemplateException(file, line, "not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new TemplateException(file, 1, "a template must be a YAML mapping with id, year, title and sections");
        }
        List<SchemaCheck.Problem> problems = SchemaCheck.validate(SchemaCheck.schema(SCHEMA), root);
        if (!problems.isEmpty()) {
            SchemaCheck.Problem p = problems.get(0);
            String where = p.pointer().isEmpty() ? "" : " (at " + p.pointer() + ")";
            throw new TemplateException(file, p.line(), p.message() + where);
        }
        List<TemplateSection> sections = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode s : root.get("sections")) {
            String id = s.get("id").asString();
            if (!seen.add(id)) {
                throw new TemplateException(file, SchemaCheck.position(s)[0], "section id '" + id + "' appears twice");
            }
            sections.add(section(s));
        }
        for (TemplateSection s : sections) {
            if (s.when() != null && !seen.contains(s.when().section())) {
                throw new TemplateException(file, 1, "section '" + s.id() + "' depends on unknown section '"
                        + s.when().section() + "'");
            }
        }
        return new Template(root.get("id").asString(), root.get("year").asInt(), root.get("title").asString(),
                text(root, "source"), strings(root.get("headings")), sections, file);
    }

    private static TemplateSection section(JsonNode s) {
        Requirement req;
        JsonNode r = s.get("required");
        if (r.isBoolean()) {
            req = r.asBoolean() ? Requirement.REQUIRED : Requirement.OPTIONAL;
        } else {
            req = Requirement.valueOf(r.asString().toUpperCase(Locale.ROOT));
        }
        Condition when = null;
        if (s.hasNonNull("when")) {
            JsonNode w = s.get("when");
            when = new Condition(w.get("section").asString(), w.get("answered").asString());
        }
        return new TemplateSection(s.get("id").asString(), s.get("label").asString(), strings(s.get("variants")),
                SectionKind.valueOf(s.get("kind").asString().toUpperCase(Locale.ROOT)), req, when,
                text(s, "help"), constraints(s.get("constraints")));
    }

    private static Constraints constraints(JsonNode c) {
        if (c == null || c.isNull()) {
            return Constraints.NONE;
        }
        return new Constraints(integer(c, "sentences-per-item"), integer(c, "paragraphs-per-item"),
                range(c.get("paragraphs")), range(c.get("items")), range(c.get("words")));
    }

    private static Range range(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return new Range(n.asInt(), n.asInt());
        }
        return new Range(integer(n, "min"), integer(n, "max"));
    }

    private static Integer integer(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asInt() : null;
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asString() : "";
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asString()));
        }
        return out;
    }
}
