package org.igfreport.internal.batch;

import org.igfreport.internal.base.Texts;
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
import org.igfreport.Limits;
import org.igfreport.internal.template.SchemaCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A configuration file ({@code .igf-report.yaml} or {@code --config FILE}):
 * <pre>
 * template: auto            # or a template id, or a path to a template file
 * templates:                # per-folder templates: glob (relative to this file's folder) to template
 *   "reports/2016/**": igf-2016-workshop
 * fail-on: error            # error | warning | never
 * lang: auto                # the reports' language for counting sentences: auto | en | fr | es
 * rules:                    # per rule: off | info | warning | error
 *   paragraph-count: off
 * exclude:                  # glob patterns, relative to the folder checked
 *   - "drafts/**"
 * suppressions:             # for every format; see {@link ConfigSuppressions}
 *   - {path: "reports/ws12.docx", rule: paragraph-count, section: discussions, reason: "agreed"}
 * limits:                   # what one report may cost (defaults shown)
 *   max-file-size: 20MB
 *   max-pages: 500
 *   max-depth: 64
 *   max-aliases: 50
 *   max-time: 30s
 *   max-operators: 20000000   # PDF drawing operators per report
 *   max-page-operators: 2000000
 *   max-glyphs: 5000000       # PDF characters per report
 *   max-page-glyphs: 200000
 *   max-form-calls: 100000    # PDF form XObjects drawn, every drawing counted
 *   max-inflated: 128MB       # PDF page content unpacked
 *   max-nodes: 200000         # YAML/JSON keys and values
 *   max-word-elements: 1000000 # Word table rows, cells and paragraphs
 * locale: en                # the language of the messages: en | fr | es
 * </pre>
 * An unknown key or value is a {@link BatchException} naming the file, the line and what is allowed.
 *
 * @param template the template, or {@code null} when not set
 * @param failOn {@code error}, {@code warning} or {@code never}, or {@code null} when not set
 * @param rules per rule id: {@code off}, {@code info}, {@code warning} or {@code error}
 * @param exclude glob patterns of files not to check, relative to the folder checked
 * @param limits the limits, the defaults where the file sets none
 * @param templates per-folder templates: glob pattern (relative to the file's folder) to
 *     template (id, {@code auto} or file), in the file's order; the first match wins
 * @param suppressions the {@code suppressions:} entries, in the file's order
 * @param locale the language of the messages, {@code en}, {@code fr} or {@code es}, or {@code null} when not set
 * @param lang the language of the reports' prose ({@code auto}, {@code en}, {@code fr} or
 *     {@code es}), or {@code null} when not set (then {@code auto})
 */
public record Config(String template, String failOn, Map<String, String> rules, List<String> exclude,
                     Limits limits, Map<String, String> templates, List<ConfigSuppressions.Entry> suppressions,
                     String locale, String lang) {

    /** The name of the configuration file looked for in the working folder. */
    public static final String DEFAULT_NAME = ".igf-report.yaml";

    /** No configuration. */
    public static final Config NONE = new Config(null, null, Map.of(), List.of(), Limits.DEFAULTS, Map.of(), List.of(), null, null);

    private static final List<String> KEYS = List.of("template", "templates", "fail-on", "rules", "exclude", "suppressions", "limits",
            "locale", "lang");
    /** The values of {@code lang:} and {@code --lang}. */
    public static final List<String> LANGS = List.of("auto", "en", "fr", "es");
    private static final List<String> LIMIT_KEYS = List.of("max-file-size", "max-pages", "max-depth", "max-aliases",
            "max-time", "max-operators", "max-page-operators", "max-glyphs", "max-page-glyphs", "max-form-calls",
            "max-inflated", "max-nodes", "max-word-elements");
    private static final List<String> FAIL_ON = List.of("error", "warning", "never");
    private static final List<String> LEVELS = List.of("off", "info", "warning", "error");

    /** Makes the collections immutable. */
    public Config {
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        exclude = List.copyOf(exclude);
        limits = limits == null ? Limits.DEFAULTS : limits;
        templates = templates == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /**
     * A configuration without a language (detected per report) and without a locale.
     *
     * @param template the template, or {@code null} when not set
     * @param failOn {@code error}, {@code warning} or {@code never}, or {@code null} when not set
     * @param rules per rule id: {@code off}, {@code info}, {@code warning} or {@code error}
     * @param exclude glob patterns of files not to check, relative to the folder checked
     * @param limits the limits
     * @param templates per-folder templates, glob pattern to template
     * @param suppressions the {@code suppressions:} entries
     */
    public Config(String template, String failOn, Map<String, String> rules, List<String> exclude, Limits limits,
                  Map<String, String> templates, List<ConfigSuppressions.Entry> suppressions) {
        this(template, failOn, rules, exclude, limits, templates, suppressions, null, null);
    }

    /**
     * @param newLang the language ({@code auto}, {@code en}, {@code fr} or {@code es}), as {@code --lang} gives it
     * @return this configuration with that language
     */
    public Config withLang(String newLang) {
        return new Config(template, failOn, rules, exclude, limits, templates, suppressions, locale, newLang);
    }

    /**
     * A configuration without suppressions.
     *
     * @param template the template, or {@code null} when not set
     * @param failOn {@code error}, {@code warning} or {@code never}, or {@code null} when not set
     * @param rules per rule id: {@code off}, {@code info}, {@code warning} or {@code error}
     * @param exclude glob patterns of files not to check, relative to the folder checked
     * @param limits the limits
     * @param templates per-folder templates, glob pattern to template
     */
    public Config(String template, String failOn, Map<String, String> rules, List<String> exclude, Limits limits,
                  Map<String, String> templates) {
        this(template, failOn, rules, exclude, limits, templates, List.of());
    }

    /**
     * A configuration without per-folder templates.
     *
     * @param template the template, or {@code null} when not set
     * @param failOn {@code error}, {@code warning} or {@code never}, or {@code null} when not set
     * @param rules per rule id: {@code off}, {@code info}, {@code warning} or {@code error}
     * @param exclude glob patterns of files not to check, relative to the folder checked
     * @param limits the limits
     */
    public Config(String template, String failOn, Map<String, String> rules, List<String> exclude, Limits limits) {
        this(template, failOn, rules, exclude, limits, Map.of());
    }

    /**
     * A configuration with the default limits.
     *
     * @param template the template, or {@code null} when not set
     * @param failOn {@code error}, {@code warning} or {@code never}, or {@code null} when not set
     * @param rules per rule id: {@code off}, {@code info}, {@code warning} or {@code error}
     * @param exclude glob patterns of files not to check, relative to the folder checked
     */
    public Config(String template, String failOn, Map<String, String> rules, List<String> exclude) {
        this(template, failOn, rules, exclude, Limits.DEFAULTS, Map.of());
    }

    /**
     * Finds the configuration file of a checked path: {@value #DEFAULT_NAME} in the path's folder (the
     * path itself when it is a folder), else in the nearest folder above it, up to the repository's
     * root (the first folder holding {@code .git}) or the file system's root. A linear walk up, one
     * look-up per folder.
     *
     * @param checked a checked path (absolute, or relative to the working folder)
     * @return the file, or {@code null} when there is none
     */
    public static Path find(Path checked) {
        Path dir = checked.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(DEFAULT_NAME);
            if (Files.isRegularFile(p)) {
                return p;
            }
            if (Files.exists(dir.resolve(".git"))) {
                return null;
            }
        }
        return null;
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
            throw new BatchException(Texts.format("config.cannot-read", name, e.getMessage()));
        }
        JsonNode root;
        try {
            root = SchemaCheck.read(text, true);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new BatchException(Texts.format("config.not-yaml", name, String.valueOf(line), e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        if (!root.isObject()) {
            throw problem(name, root, Texts.format("config.root", String.join(", ", KEYS)));
        }
        String template = null;
        String failOn = null;
        Map<String, String> rules = new LinkedHashMap<>();
        List<String> exclude = new ArrayList<>();
        Limits limits = Limits.DEFAULTS;
        Map<String, String> templates = new LinkedHashMap<>();
        List<ConfigSuppressions.Entry> suppressions = List.of();
        String locale = null;
        String lang = null;
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "template" -> template = string(name, v, "template", Texts.format("config.template-values"));
                case "fail-on" -> failOn = oneOf(name, v, "fail-on", FAIL_ON);
                case "rules" -> {
                    if (!v.isObject()) {
                        throw problem(name, v, Texts.format("config.rules", String.join(" | ", LEVELS)));
                    }
                    for (Map.Entry<String, JsonNode> r : v.properties()) {
                        if (!knownRules.isEmpty() && !knownRules.contains(r.getKey())) {
                            throw problem(name, r.getValue(), Texts.format("config.unknown-rule", r.getKey(),
                                    String.join(", ", knownRules.stream().sorted().toList())));
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
                        exclude.add(string(name, item, "exclude", Texts.format("config.exclude-values")));
                    }
                }
                case "limits" -> limits = limits(name, v);
                case "locale" -> locale = oneOf(name, v, "locale", org.igfreport.internal.base.Language.CODES);
                case "lang" -> lang = oneOf(name, v, "lang", LANGS);
                case "suppressions" -> suppressions = ConfigSuppressions.parse(name, v, knownRules);
                case "templates" -> {
                    if (!v.isObject()) {
                        throw problem(name, v, Texts.format("config.templates"));
                    }
                    for (Map.Entry<String, JsonNode> t : v.properties()) {
                        templates.put(t.getKey(), string(name, t.getValue(), "templates." + t.getKey(),
                                Texts.format("config.template-values")));
                    }
                }
                default -> throw problem(name, v, Texts.format("config.unknown-key", e.getKey(), String.join(", ", KEYS)));
            }
        }
        return new Config(template, failOn, rules, exclude, limits, templates, suppressions, locale, lang);
    }

    private static Limits limits(String file, JsonNode v) {
        if (!v.isObject()) {
            throw problem(file, v, Texts.format("config.limits", String.join(", ", LIMIT_KEYS)));
        }
        Limits limits = Limits.DEFAULTS;
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            JsonNode value = e.getValue();
            String text = value.isNumber() || value.isString() ? value.asString().strip() : "";
            try {
                limits = switch (e.getKey()) {
                    case "max-file-size" -> limits.withMaxBytes(Limits.parseSize(text));
                    case "max-pages" -> limits.withMaxPages(count(text, 1));
                    case "max-depth" -> limits.withMaxDepth(count(text, 1));
                    case "max-aliases" -> limits.withMaxAliases(count(text, 0));
                    case "max-time" -> limits.withMaxTime(Limits.parseDuration(text));
                    case "max-operators" -> limits.withMaxOperators(count(text, 1));
                    case "max-page-operators" -> limits.withMaxPageOperators(count(text, 1));
                    case "max-glyphs" -> limits.withMaxGlyphs(count(text, 1));
                    case "max-page-glyphs" -> limits.withMaxPageGlyphs(count(text, 1));
                    case "max-form-calls" -> limits.withMaxFormCalls(count(text, 0));
                    case "max-inflated" -> limits.withMaxInflated(Limits.parseSize(text));
                    case "max-nodes" -> limits.withMaxNodes(count(text, 1));
                    case "max-word-elements" -> limits.withMaxWordElements(count(text, 1));
                    default -> throw problem(file, value, Texts.format("config.unknown-key", "limits." + e.getKey(),
                            String.join(", ", LIMIT_KEYS)));
                };
            } catch (IllegalArgumentException ex) {
                throw problem(file, value, Texts.format("config.bad-limit", e.getKey(), ex.getMessage()));
            }
        }
        return limits;
    }

    /**
     * @param text a count such as {@code 500}
     * @param min the smallest count allowed
     * @return it, when it is a whole number of at least {@code min}
     * @throws IllegalArgumentException otherwise
     */
    public static int count(String text, int min) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(Texts.format("config.count", text, String.valueOf(min)));
    }

    private static String string(String file, JsonNode v, String key, String allowed) {
        if (!v.isString() || v.stringValue().isBlank()) {
            throw problem(file, v, Texts.format("config.must-be", key, allowed));
        }
        return v.stringValue().strip();
    }

    private static String oneOf(String file, JsonNode v, String key, List<String> allowed) {
        String s = v.isString() ? v.stringValue().strip() : v.toString();
        if (!allowed.contains(s)) {
            throw problem(file, v, Texts.format("config.unknown-value", s, key, String.join(", ", allowed)));
        }
        return s;
    }

    private static BatchException problem(String file, JsonNode node, String message) {
        return new BatchException(file + ":" + SchemaCheck.position(node)[0] + ": " + message);
    }
}
