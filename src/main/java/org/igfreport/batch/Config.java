package org.igfreport.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.template.SchemaCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A configuration file ({@code .igf-report.yaml} or {@code --config FILE}):
 * <pre>
 * template: auto            # or a template id, or a path to a template file
 * fail-on: error            # error | warning | never
 * rules:                    # per rule: off | info | warning | error
 *   paragraph-count: off
 * exclude:                  # glob patterns, relative to the folder checked
 *   - "drafts/**"
 * </pre>
 * An unknown key or value is a {@link BatchException} naming the file, the line and what is allowed.
 *
 * @param template the template, or {@code null} when not set
 * @param failOn {@code error}, {@code warning} or {@code never}, or {@code null} when not set
 * @param rules per rule id: {@code off}, {@code info}, {@code warning} or {@code error}
 * @param exclude glob patterns of files not to check, relative to the folder checked
 */
public record Config(String template, String failOn, Map<String, String> rules, List<String> exclude) {

    /** The name of the configuration file looked for in the working folder. */
    public static final String DEFAULT_NAME = ".igf-report.yaml";

    /** No configuration. */
    public static final Config NONE = new Config(null, null, Map.of(), List.of());

    private static final List<String> KEYS = List.of("template", "fail-on", "rules", "exclude");
    private static final List<String> FAIL_ON = List.of("error", "warning", "never");
    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");

    /** Makes the collections immutable. */
    public Config {
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        exclude = List.copyOf(exclude);
    }

    /**
     * Reads a configuration file.
     *
     * @param file the file
     * @param knownRules the rule ids to accept under {@code rules}, or empty to accept any
     * @return the configuration
     * @throws BatchException when it cannot be read or has an unknown key or value
     */
    public static Config load(Path file, Set<String> knownRules) {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new BatchException("cannot read configuration file " + name + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            root = SchemaCheck.read(text, true);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new BatchException(name + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        if (!root.isObject()) {
            throw problem(name, root, "the configuration must be a mapping of " + String.join(", ", KEYS));
        }
        String template = null;
        String failOn = null;
        Map<String, String> rules = new LinkedHashMap<>();
        List<String> exclude = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "template" -> template = string(name, v, "template", "auto, a template id or a template file");
                case "fail-on" -> failOn = oneOf(name, v, "fail-on", FAIL_ON);
                case "rules" -> {
                    if (!v.isObject()) {
                        throw problem(name, v, "rules must be a mapping of rule id to " + String.join(" | ", LEVELS));
                    }
                    for (Map.Entry<String, JsonNode> r : v.properties()) {
                        if (!knownRules.isEmpty() && !knownRules.contains(r.getKey())) {
                            throw problem(name, r.getValue(), "unknown rule '" + r.getKey() + "'; known rules: "
                                    + String.join(", ", knownRules.stream().sorted().toList()));
                        }
                        JsonNode level = r.getValue();
                        String s = level.isBoolean() && !level.booleanValue() ? "off"
                                : oneOf(name, level, "rules." + r.getKey(), LEVELS);
                        rules.put(r.getKey(), s);
                    }
                }
                case "exclude" -> {
                    Collection<JsonNode> items = v.isArray() ? v.values() : List.of(v);
                    for (JsonNode item : items) {
                        exclude.add(string(name, item, "exclude", "glob patterns such as \"drafts/**\""));
                    }
                }
                default -> throw problem(name, v, "unknown key '" + e.getKey() + "'; allowed: " + String.join(", ", KEYS));
            }
        }
        return new Config(template, failOn, rules, exclude);
    }

    private static String string(String file, JsonNode v, String key, String allowed) {
        if (!v.isString() || v.stringValue().isBlank()) {
            throw problem(file, v, key + " must be " + allowed);
        }
        return v.stringValue().strip();
    }

    private static String oneOf(String file, JsonNode v, String key, List<String> allowed) {
        String s = v.isString() ? v.stringValue().strip() : v.toString();
        if (!allowed.contains(s)) {
            throw problem(file, v, "unknown value '" + s + "' for " + key + "; allowed: " + String.join(", ", allowed));
        }
        return s;
    }

    private static BatchException problem(String file, JsonNode node, String message) {
        return new BatchException(file + ":" + SchemaCheck.position(node)[0] + ": " + message);
    }
}
