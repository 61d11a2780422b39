package org.igfreport.internal.template;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * JSON Schema validation with places: reads YAML or JSON into location-aware nodes, validates
 * them with networknt json-schema-validator and reports each problem with its JSON Pointer,
 * line and column. Schemas are loaded from the classpath ({@code schemas/...}), never from the
 * network. Thread-safe.
 */
public final class SchemaCheck {

    /**
     * One validation problem.
     *
     * @param pointer the JSON Pointer of the value at fault ("" for the root)
     * @param line its 1-based line, or 1 when unknown
     * @param column its 1-based column, or 1 when unknown
     * @param message the validator's message
     * @param keyword the schema keyword that failed (e.g. {@code required}, {@code type})
     * @param property the property concerned, for {@code required} and {@code additionalProperties}
     */
    public record Problem(String pointer, int line, int column, String message, String keyword, String property) {
    }

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.nodeReader(r -> r.locationAware()));
    private static final NodeReader READER = NodeReader.builder().locationAware().build();
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /**
     * @param resource a classpath resource such as {@code schemas/template.schema.json}
     * @return the compiled schema (cached)
     */
    public static Schema schema(String resource) {
        return CACHE.computeIfAbsent(resource, r -> REGISTRY.getSchema(SchemaLocation.of("classpath:" + r)));
    }

    /**
     * Reads YAML or JSON into location-aware nodes.
     *
     * @param text the document
     * @param yaml whether it is YAML (else JSON)
     * @return the root node
     * @throws tools.jackson.core.JacksonException when it is not well formed
     */
    public static JsonNode read(String text, boolean yaml) {
        return READER.readTree(text, yaml ? InputFormat.YAML : InputFormat.JSON);
    }

    /**
     * @param schema the schema
     * @param root the document read by {@link #read}
     * @return the problems, in document order
     */
    public static List<Problem> validate(Schema schema, JsonNode root) {
        List<Problem> out = new ArrayList<>();
        for (Error e : schema.validate(root)) {
            String pointer = pointer(e.getInstanceLocation());
            JsonNode node = e.getInstanceNode() != null ? e.getInstanceNode() : root.at(pointer);
            int[] pos = position(node);
            out.add(new Problem(pointer, pos[0], pos[1], e.getMessage(), e.getKeyword(), e.getProperty()));
        }
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return out;
    }

    /**
     * @param node a node read by {@link #read}
     * @return its 1-based line and column, or {1, 1} when unknown
     */
    public static int[] position(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware) {
            TokenStreamLocation loc = aware.tokenStreamLocation();
            if (loc != null && loc.getLineNr() > 0) {
                return new int[] {loc.getLineNr(), Math.max(1, loc.getColumnNr())};
            }
        }
        return new int[] {1, 1};
    }

    /**
     * @param path a networknt node path
     * @return the same place as a JSON Pointer
     */
    public static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
