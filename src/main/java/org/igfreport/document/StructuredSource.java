package org.igfreport.document;

import java.util.Map;
import org.igfreport.Location;
import tools.jackson.databind.JsonNode;

/**
 * The original tree of a structured (YAML or JSON) report, kept so that it can be validated
 * against the report schema of the template it turns out to follow, with the place of every
 * value and every key. Immutable once built.
 *
 * @param tree the report as plain JSON data (aliases expanded, tags dropped)
 * @param values the place of each value, by JSON Pointer ({@code ""} for the root)
 * @param keys the place of each key of a mapping, by the JSON Pointer of its value
 */
public record StructuredSource(JsonNode tree, Map<String, Location> values, Map<String, Location> keys) {

    /** Makes the maps immutable. */
    public StructuredSource {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /**
     * @param pointer a JSON Pointer
     * @return the place of the key of that value when it has one, else of the value, else the start
     */
    public Location keyOrValue(String pointer) {
        Location l = keys.get(pointer);
        if (l == null) {
            l = values.get(pointer);
        }
        return (l == null ? Location.START : l).withPointer(pointer);
    }

    /**
     * @param pointer a JSON Pointer
     * @return the place of that value, else of its key, else the start
     */
    public Location value(String pointer) {
        Location l = values.get(pointer);
        if (l == null) {
            l = keys.get(pointer);
        }
        return (l == null ? Location.START : l).withPointer(pointer);
    }
}
