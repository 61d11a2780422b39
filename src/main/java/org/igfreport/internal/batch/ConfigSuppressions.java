package org.igfreport.internal.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.igfreport.Finding;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.output.Fingerprints;
import org.igfreport.internal.template.SchemaCheck;
import tools.jackson.databind.JsonNode;

/**
 * The {@code suppressions:} of a configuration file, for every input format (Word and PDF
 * included, which have no comments to suppress a finding in):
 * <pre>
 * suppressions:
 *   - path: "reports/ws12.docx"     # glob, relative to the configuration file's folder
 *     rule: paragraph-count
 *     section: discussions          # optional
 *     text: "Tomás Herrera"         # optional: text the finding quotes (its excerpt or its message)
 *     reason: agreed with the Secretariat   # required
 * </pre>
 * A finding is suppressed when one entry matches its report's path, rule, section (if given) and
 * text (if given; case and spacing ignored).
 */
public final class ConfigSuppressions {

    /** The keys of an entry. */
    static final List<String> KEYS = List.of("path", "rule", "section", "text", "reason");

    /**
     * One entry.
     *
     * @param path the path glob as written
     * @param glob the compiled glob
     * @param rule the rule id
     * @param section the section id, or {@code null} for any
     * @param text the text the finding quotes, normalised, or {@code null} for any
     * @param reason why the finding is suppressed
     * @param line the entry's line in the configuration file
     */
    public record Entry(String path, Glob glob, String rule, String section, String text, String reason, int line) {

        /**
         * @param f a finding of a report whose path matched {@link #glob()}
         * @return whether this entry suppresses it
         */
        public boolean covers(Finding f) {
            if (!rule.equals(f.rule()) || (section != null && !section.equals(f.section()))) {
                return false;
            }
            return text == null || Fingerprints.normalise(f.excerpt()).contains(text)
                    || Fingerprints.normalise(f.message()).contains(text);
        }
    }

    private ConfigSuppressions() {
    }

    /**
     * @param file the configuration file's name, for messages
     * @param node the value of {@code suppressions:}
     * @param knownRules the rule ids allowed, or empty for any
     * @return the entries, in the file's order
     * @throws BatchException naming the file and line for a bad entry
     */
    static List<Entry> parse(String file, JsonNode node, Set<String> knownRules) {
        if (!node.isArray()) {
            throw problem(file, node, Texts.format("config.suppressions", String.join(", ", KEYS)));
        }
        List<Entry> out = new ArrayList<>();
        for (JsonNode item : node.values()) {
            if (!item.isObject()) {
                throw problem(file, item, Texts.format("config.suppressions", String.join(", ", KEYS)));
            }
            String path = null;
            String rule = null;
            String section = null;
            String text = null;
            String reason = null;
            for (Map.Entry<String, JsonNode> e : item.properties()) {
                JsonNode v = e.getValue();
                if (!KEYS.contains(e.getKey())) {
                    throw problem(file, v, Texts.format("config.unknown-key", "suppressions." + e.getKey(),
                            String.join(", ", KEYS)));
                }
                if (!v.isString() || v.stringValue().isBlank()) {
                    throw problem(file, v, Texts.format("config.must-be", "suppressions." + e.getKey(),
                            Texts.format("config.suppression-values")));
                }
                String s = v.stringValue().strip();
                switch (e.getKey()) {
                    case "path" -> path = s;
                    case "rule" -> rule = s;
                    case "section" -> section = s;
                    case "text" -> text = Fingerprints.normalise(s);
                    default -> reason = s;
                }
            }
            for (String required : List.of("path", "rule", "reason")) {
                if (!item.has(required)) {
                    throw problem(file, item, Texts.format("config.suppression-required", required));
                }
            }
            if (!knownRules.isEmpty() && !knownRules.contains(rule)) {
                throw problem(file, item.get("rule"), Texts.format("config.unknown-rule", rule,
                        String.join(", ", knownRules.stream().sorted().toList())));
            }
            Glob glob;
            try {
                glob = Glob.compile(path);
            } catch (IllegalArgumentException ex) {
                throw problem(file, item.get("path"), ex.getMessage());
            }
            out.add(new Entry(path, glob, rule, section, text, reason, SchemaCheck.position(item)[0]));
        }
        return List.copyOf(out);
    }

    /**
     * @param entry an entry
     * @param configDir the configuration file's folder
     * @param report a report's absolute, normalised path
     * @return whether the entry's glob matches the report
     */
    static boolean matchesPath(Entry entry, Path configDir, Path report) {
        return report.startsWith(configDir) && entry.glob().matches(configDir.relativize(report));
    }

    private static BatchException problem(String file, JsonNode node, String message) {
        return new BatchException(file + ":" + SchemaCheck.position(node)[0] + ": " + message);
    }
}
