package org.igfreport.internal.document;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.igfreport.internal.base.Location;
import tools.jackson.databind.JsonNode;

/**
 * The original tree of a structured (YAML or JSON) report, kept so that it can be validated
 * against the report schema of the template it turns out to follow, with the place of every
 * value and every key, by JSON Pointer ({@code ""} for the root). Immutable once built; made with
 * a {@link Builder}, which hands its index over without copying it (a 10 MB list has hundreds of
 * thousands of entries).
 */
public final class StructuredSource {

    /**
     * Where one value is in the file, and its key when it has one.
     *
     * @param line the value's line (1-based)
     * @param column the value's column (1-based)
     * @param start the offset of the value's first character in the file's text
     * @param end the offset just past the value (where the next token starts), or {@code start}
     *            for a list or mapping
     * @param keyLine the key's line, or 0 when the value has no key (a list entry, the root)
     * @param keyColumn the key's column
     * @param keyEndColumn the column of the key's last character
     * @param pointer the value's JSON Pointer (the same string as the key it is filed under)
     */
    public record Place(int line, int column, int start, int end, int keyLine, int keyColumn, int keyEndColumn,
                        String pointer) {

        /** @return where the value is */
        public Location value() {
            return Location.of(line, column, column);
        }

        /** @return where the key is, else the value */
        public Location keyOrValue() {
            return keyLine > 0 ? Location.of(keyLine, keyColumn, keyEndColumn) : value();
        }
    }

    private final JsonNode tree;
    private final Map<String, Place> places;

    private StructuredSource(JsonNode tree, Map<String, Place> places) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.places = places;
    }

    /** @return a builder for one parsed file */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the report as plain JSON data (aliases expanded, tags dropped) */
    public JsonNode tree() {
        return tree;
    }

    /**
     * @param pointer a JSON Pointer
     * @return the place of that value, or {@code null} when it has none (a value an alias copied)
     */
    public Place place(String pointer) {
        return places.get(pointer);
    }

    /**
     * @param pointer a JSON Pointer
     * @return the place of the key of that value when it has one, else of the value, else the start
     */
    public Location keyOrValue(String pointer) {
        Place p = places.get(pointer);
        return (p == null ? Location.START : p.keyOrValue()).withPointer(pointer);
    }

    /**
     * @param pointer a JSON Pointer
     * @return the place of that value, else the start
     */
    public Location value(String pointer) {
        Place p = places.get(pointer);
        return (p == null ? Location.START : p.value()).withPointer(pointer);
    }

    /** Collects the places of one file while it is parsed; used once, by one thread. */
    public static final class Builder {
        private Map<String, Place> places = new HashMap<>();

        private Builder() {
        }

        /**
         * @param pointer a JSON Pointer
         * @param place where its value (and key) is; a later place for the same pointer wins
         * @return this builder
         */
        public Builder put(String pointer, Place place) {
            places.put(pointer, place);
            return this;
        }

        /**
         * @param pointer a JSON Pointer
         * @return the place recorded so far, or {@code null}
         */
        public Place place(String pointer) {
            return places.get(pointer);
        }

        /**
         * @param tree the parsed tree
         * @return the source; the builder cannot be used after
         */
        public StructuredSource build(JsonNode tree) {
            Map<String, Place> done = places;
            places = null;
            return new StructuredSource(tree, java.util.Collections.unmodifiableMap(done));
        }
    }
}
