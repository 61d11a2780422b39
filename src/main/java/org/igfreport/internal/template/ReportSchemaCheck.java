package org.igfreport.internal.template;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.StructuredSource;
import org.igfreport.internal.read.StructuredReader;
import tools.jackson.databind.JsonNode;

/**
 * Validates a structured report's original tree against the report schema of the template it
 * is checked against ({@code schemas/reports/<id>.schema.json}, or the schema generated from a
 * user's own template file), and turns each problem into one {@code schema} finding with its
 * line, column and JSON Pointer, in words a rapporteur can act on. One problem gives one
 * finding: problems under a value already found at fault are dropped. Thread-safe.
 */
public final class ReportSchemaCheck {

    /** The rule id. */
    public static final String RULE = "schema";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** The schemas of templates that are not built in, weakly keyed by the template object. */
    private static final WeakIdentityCache<Template, Schema> CACHE = new WeakIdentityCache<>();

    private ReportSchemaCheck() {
    }

    /**
     * @param template a template
     * @return the compiled report schema of that template (the committed one for built-in templates)
     */
    public static Schema schema(Template template) {
        String resource = ReportSchemas.resource(template.id());
        boolean builtIn = ReportSchemaCheck.class.getClassLoader().getResource(resource) != null
                && Templates.builtIn().byId(template.id()).map(t -> t.equals(template)).orElse(false);
        if (builtIn) {
            return SchemaCheck.schema(resource);
        }
        return CACHE.get(template, t -> REGISTRY.getSchema(ReportSchemas.generate(t), InputFormat.JSON));
    }

    /** @return how many generated schemas the cache holds (for tests) */
    static int cached() {
        return CACHE.size();
    }

    /**
     * @param doc a structured document (others give no findings)
     * @param template the template it is checked against
     * @return the {@code schema} findings, in document order
     */
    public static List<Finding> check(Document doc, Template template) {
        StructuredSource src = doc.source();
        if (src == null || !src.tree().isObject()) {
            return List.of();
        }
        List<Error> errors = new ArrayList<>(schema(template).validate(src.tree()));
        // the most general problem first, so that problems below it are dropped
        errors.sort(Comparator.comparingInt((Error e) -> SchemaCheck.pointer(e.getInstanceLocation()).length()));
        Set<String> covered = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Error e : errors) {
            String ptr = SchemaCheck.pointer(e.getInstanceLocation());
            if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                ptr = ptr + "/" + StructuredReader.escape(e.getProperty());
            }
            if (isCovered(ptr, covered)) {
                continue;
            }
            covered.add(ptr);
            out.add(finding(src, template, ptr, e));
        }
        out.sort(null);
        return out;
    }

    private static boolean isCovered(String ptr, Set<String> covered) {
        String p = ptr;
        while (true) {
            if (covered.contains(p)) {
                return true;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            p = p.substring(0, slash);
        }
    }

    private static Finding finding(StructuredSource src, Template template, String ptr, Error e) {
        String[] parts = ptr.isEmpty() ? new String[0] : ptr.substring(1).split("/", -1);
        String key = parts.length == 0 ? null : parts[0].replace("~1", "/").replace("~0", "~");
        JsonNode node = src.tree().at(ptr);
        TemplateSection def = key == null ? null : template.section(key).orElse(null);
        Msg message;
        Location where;
        String excerpt = "";
        if ("additionalProperties".equals(e.getKeyword()) && parts.length == 1) {
            message = unknownKey(key, template);
            where = src.keyOrValue(ptr);
            excerpt = key;
        } else if (key == null) {
            message = msg("schema.root", StructuredReader.describe(node));
            where = src.value(ptr);
        } else if (key.equals(ReportSchemas.TEMPLATE_KEY)) {
            message = msg("schema.template", node.isString() ? node.asString() : node.toString(),
                    template.id());
            where = src.value(ptr);
        } else if (key.equals(ReportSchemas.DISABLE_KEY)) {
            message = msg("schema.disable", StructuredReader.describe(node));
            where = src.value(ptr);
        } else if (def != null && parts.length == 2 && src.tree().get(key).isArray()) {
            message = msg("schema.entry", key, Integer.parseInt(parts[1]) + 1,
                    StructuredReader.describe(node));
            where = src.value(ptr);
        } else if (def != null && parts.length == 1) {
            message = shapeMessage(def, node);
            where = src.value(ptr);
        } else {
            message = msg("schema.other", ptr, e.getMessage());
            where = src.value(ptr);
        }
        if (excerpt.isEmpty() && node != null && node.isValueNode()) {
            excerpt = shorten(node.asString());
        }
        String section = def != null ? key : null;
        return Finding.of(RULE, Severity.ERROR, section, where, excerpt, null, message.key(), message.args().toArray());
    }

    /** A message not yet formatted: its key and arguments. */
    private record Msg(String key, List<Object> args) {
    }

    private static Msg msg(String key, Object... args) {
        return new Msg(key, Messages.arguments(args));
    }

    private static Msg shapeMessage(TemplateSection def, JsonNode node) {
        String what = StructuredReader.describe(node);
        switch (ReportSchemas.shape(def.kind())) {
            case "list":
                return msg("schema.list", def.id(), unit(def), node.isString() ? Messages.format("phrase.shape.one-block") : what);
            case "prose":
                return msg("schema.prose", def.id(), what);
            default:
                return msg("schema.text", def.id(), expected(def.kind()), what);
        }
    }

    private static String unit(TemplateSection def) {
        switch (def.kind()) {
            case PEOPLE:
                return Messages.format("phrase.unit.people");
            case PRESENTATIONS:
                return Messages.format("phrase.unit.presentations");
            default:
                Integer n = def.constraints().sentencesPerItem();
                return Messages.format(n != null && n == 1 ? "phrase.unit.sentence" : "phrase.unit.item");
        }
    }

    private static String expected(SectionKind kind) {
        switch (kind) {
            case PERSON:
                return Messages.format("phrase.expected.person");
            case DATE:
                return Messages.format("phrase.expected.date");
            case TIME:
                return Messages.format("phrase.expected.time");
            case PARTICIPANTS:
            case WOMEN:
                return Messages.format("phrase.expected.count");
            default:
                return Messages.format("phrase.expected.text");
        }
    }

    private static Msg unknownKey(String key, Template template) {
        List<String> known = new ArrayList<>();
        known.add(ReportSchemas.TEMPLATE_KEY);
        template.sections().forEach(s -> known.add(s.id()));
        known.add(ReportSchemas.DISABLE_KEY);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String k = key.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (String id : known) {
            int d = distance(k, id);
            if (d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, Math.min(key.length(), best.length()) / 3)) {
            return msg("schema.unknown-key", key, best);
        }
        return msg("schema.unknown-key.none", key, template.id(), String.join(", ", known));
    }

    /** Levenshtein distance, bounded work for short keys. */
    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
