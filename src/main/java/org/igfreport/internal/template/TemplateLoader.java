package org.igfreport.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.igfreport.internal.base.Texts;
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

    /** Built-in templates are read with snakeyaml-engine alone: no Jackson, no schema, at start-up. */
    private static final org.snakeyaml.engine.v2.api.LoadSettings PLAIN_SETTINGS =
            org.snakeyaml.engine.v2.api.LoadSettings.builder().setMaxAliasesForCollections(0).build();

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
            throw new TemplateException(file.toString(), 1, Texts.format("template.cannot-read", e.getMessage()));
        }
    }

    /**
     * @param resource a classpath resource
     * @return the template
     * @throws TemplateException when it cannot be read or is not a valid template
     */
    public static Template loadResource(String resource) {
        return loadResource(resource, true);
    }

    /**
     * Loads a template shipped in the jar. The built-in templates are checked against the schema
     * by the build's tests, so at run time they may skip it (it costs more start-up time than
     * all the rest of a one-file check).
     *
     * @param resource a classpath resource
     * @param validate whether to check it against the template schema
     * @return the template
     * @throws TemplateException when it cannot be read or is not a valid template
     */
    public static Template loadResource(String resource, boolean validate) {
        try (InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException(resource, 1, Texts.format("template.no-resource"));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return validate ? parse(text, resource)
                    : build(new org.snakeyaml.engine.v2.api.Load(PLAIN_SETTINGS).loadFromString(text), resource);
        } catch (IOException e) {
            throw new TemplateException(resource, 1, Texts.format("template.cannot-read", e.getMessage()));
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
            throw new TemplateException(file, line, Texts.format("template.not-yaml", e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new TemplateException(file, 1, Texts.format("template.root"));
        }
        List<SchemaCheck.Problem> problems = SchemaCheck.validate(SchemaCheck.schema(SCHEMA), root);
        if (!problems.isEmpty()) {
            SchemaCheck.Problem p = problems.get(0);
            String where = p.pointer().isEmpty() ? "" : " (at " + p.pointer() + ")";
            throw new TemplateException(file, p.line(), p.message() + where);
        }
        return build(root, file);
    }

    /** Builds the template from a tree that fits the template schema, with places for errors. */
    private static Template build(JsonNode root, String file) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode s : root.get("sections")) {
            String id = s.get("id").asString();
            if (!seen.add(id)) {
                throw new TemplateException(file, SchemaCheck.position(s)[0], Texts.format("template.duplicate-section", id));
            }
        }
        return build(plain(root), file);
    }

    /** The tree as plain maps, lists, strings, numbers and booleans. */
    private static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.properties().forEach(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(plain(x)));
            return l;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.asInt();
        }
        return n.asString();
    }

    /** Builds the template from plain data that fits the template schema. */
    @SuppressWarnings("unchecked")
    private static Template build(Object tree, String file) {
        Map<String, Object> root = (Map<String, Object>) tree;
        List<TemplateSection> sections = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object o : (List<Object>) root.get("sections")) {
            TemplateSection s = section((Map<String, Object>) o);
            if (!seen.add(s.id())) {
                throw new TemplateException(file, 1, Texts.format("template.duplicate-section", s.id()));
            }
            sections.add(s);
        }
        for (TemplateSection s : sections) {
            if (s.when() != null && !seen.contains(s.when().section())) {
                throw new TemplateException(file, 1, Texts.format("template.unknown-condition", s.id(), s.when().section()));
            }
        }
        return new Template((String) root.get("id"), ((Number) root.get("year")).intValue(), (String) root.get("title"),
                text(root, "source"), strings(root.get("headings")), sections, file);
    }

    @SuppressWarnings("unchecked")
    private static TemplateSection section(Map<String, Object> s) {
        Object r = s.get("required");
        Requirement req = r instanceof Boolean b ? (b ? Requirement.REQUIRED : Requirement.OPTIONAL)
                : Requirement.valueOf(String.valueOf(r).toUpperCase(Locale.ROOT));
        Condition when = null;
        if (s.get("when") instanceof Map<?, ?> w) {
            when = new Condition(String.valueOf(w.get("section")), String.valueOf(w.get("answered")));
        }
        return new TemplateSection((String) s.get("id"), (String) s.get("label"), strings(s.get("variants")),
                SectionKind.valueOf(String.valueOf(s.get("kind")).toUpperCase(Locale.ROOT)), req, when,
                text(s, "help"), constraints((Map<String, Object>) s.get("constraints")));
    }

    private static Constraints constraints(Map<String, Object> c) {
        if (c == null) {
            return Constraints.NONE;
        }
        return new Constraints(integer(c, "sentences-per-item"), integer(c, "paragraphs-per-item"),
                range(c.get("paragraphs")), range(c.get("items")), range(c.get("words")));
    }

    @SuppressWarnings("unchecked")
    private static Range range(Object n) {
        if (n == null) {
            return null;
        }
        if (n instanceof Number num) {
            return new Range(num.intValue(), num.intValue());
        }
        Map<String, Object> m = (Map<String, Object>) n;
        return new Range(integer(m, "min"), integer(m, "max"));
    }

    private static Integer integer(Map<String, Object> n, String key) {
        return n.get(key) instanceof Number num ? num.intValue() : null;
    }

    private static String text(Map<String, Object> n, String key) {
        return n.get(key) == null ? "" : String.valueOf(n.get(key));
    }

    private static List<String> strings(Object n) {
        List<String> out = new ArrayList<>();
        if (n instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
