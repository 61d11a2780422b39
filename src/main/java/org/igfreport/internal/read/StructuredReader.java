package org.igfreport.internal.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.StructuredField;
import org.igfreport.internal.document.Suppression;
import org.igfreport.internal.document.StructuredSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads structured reports (YAML or JSON) keyed by section id. Parses with Jackson's streaming
 * parser under the {@link Limits} (nesting depth, document and string length; for YAML the
 * snakeyaml-engine code point and alias limits), so a hostile file (a "billion laughs", 200,000
 * nested brackets) becomes an {@code input-unreadable} finding instead of an exhausted machine.
 * YAML tags construct nothing: values are plain data. Aliases are expanded within a budget.
 * A key that appears twice is a {@code schema} finding naming both lines.
 *
 * <p>The result keeps the original tree with the place of every value and key
 * ({@link Document#source()}), and has one {@link StructuredField} per key: its blocks are the
 * list's entries, or the paragraphs of a text; every line is a {@link Fragment} at its line in
 * the file, with the value's JSON Pointer. Stateless and thread-safe.
 */
public final class StructuredReader extends TextualReader {

    /** The rule id of shape findings. */
    public static final String SCHEMA = "schema";

    /** The key that names the template. */
    public static final String TEMPLATE_KEY = "template";

    /** The key that lists the rule ids not to report for this file. */
    public static final String DISABLE_KEY = "x-igf-report-disable";

    /** The most tree nodes aliases may add, all together. */
    static final int ALIAS_NODE_BUDGET = 100_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean yaml;

    private StructuredReader(boolean yaml) {
        this.yaml = yaml;
    }

    /** @return the reader of YAML reports ({@code .yaml}, {@code .yml}) */
    public static StructuredReader yaml() {
        return new StructuredReader(true);
    }

    /** @return the reader of JSON reports ({@code .json}) */
    public static StructuredReader json() {
        return new StructuredReader(false);
    }

    @Override
    public String format() {
        return yaml ? "yaml" : "json";
    }

    @Override
    Document read(String text, String name, Limits limits) {
        Parsed parsed;
        try {
            parsed = parse(text, limits, new ReadBudget(limits));
        } catch (BudgetExceeded e) {
            return e.document(name, format());
        } catch (Failure f) {
            return Document.unreadable(name, format(), f.finding);
        } catch (StreamConstraintsException e) {
            return Document.unreadable(name, format(), constraint(e, limits));
        } catch (JacksonException e) {
            return Document.unreadable(name, format(), syntax(e.getLocation(), e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // snakeyaml-engine errors that Jackson does not wrap (code point limit, bad escapes)
            return Document.unreadable(name, format(), syntax(null, String.valueOf(e.getMessage())));
        } catch (StackOverflowError e) {
            return Document.unreadable(name, format(), unreadable("too-deep", format().toUpperCase(java.util.Locale.ROOT),
                    limits.maxDepth()));
        }
        return document(name, text, parsed);
    }

    // ------------------------------------------------------------------ parsing

    /** A parsed tree with the places of its values and keys, the file's line starts and the duplicate keys met. */
    private record Parsed(JsonNode root, StructuredSource source, int[] lineStarts, List<Finding> findings) {
    }

    /** Stops parsing with a finding. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        Failure(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }

    /** A container being built. */
    private static final class Frame {
        final JsonNode node;
        final String pointer;
        final String anchor;
        final Map<String, Integer> keyLines = new HashMap<>();
        String name;
        int keyLine;
        int keyColumn;
        int keyEndColumn;

        Frame(JsonNode node, String pointer, String anchor) {
            this.node = node;
            this.pointer = pointer;
            this.anchor = anchor;
        }

        String childPointer() {
            if (node instanceof ArrayNode a) {
                return pointer + "/" + a.size();
            }
            return pointer + "/" + escape(name);
        }
    }

    /** Parser factories by limits (they are thread-safe and costly to make); a few distinct limits at most. */
    private static final Map<Limits, TokenStreamFactory> YAML_FACTORIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Limits, TokenStreamFactory> JSON_FACTORIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FACTORIES = 16;

    private TokenStreamFactory factory(Limits limits) {
        Map<Limits, TokenStreamFactory> cache = yaml ? YAML_FACTORIES : JSON_FACTORIES;
        TokenStreamFactory f = cache.get(limits);
        if (f == null) {
            f = newFactory(limits);
            if (cache.size() < FACTORIES) {
                cache.putIfAbsent(limits, f);
            }
        }
        return f;
    }

    private TokenStreamFactory newFactory(Limits limits) {
        int maxString = (int) Math.min(Integer.MAX_VALUE - 64, limits.maxBytes());
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(maxString)
                .maxNameLength(Math.min(maxString, 50_000))
                .maxDocumentLength(limits.maxBytes())
                .maxNumberLength(1000)
                .build();
        if (!yaml) {
            return JsonFactory.builder().streamReadConstraints(constraints).build();
        }
        LoadSettings settings = LoadSettings.builder()
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit(maxString)
                .setAllowDuplicateKeys(true) // reported by this reader, with both lines
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .setParseComments(false)
                .setLabel("report")
                .build();
        return YAMLFactory.builder().loadSettings(settings).streamReadConstraints(constraints).build();
    }

    private Parsed parse(String text, Limits limits, ReadBudget budget) {
        int[] lineStarts = lineStarts(text);
        StructuredSource.Builder places = StructuredSource.builder();
        List<Finding> findings = new ArrayList<>();
        Map<String, JsonNode> anchors = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonNode root = null;
        int aliases = 0;
        int aliasNodes = 0;
        long nodes = 0;
        budget.checkTime();
        // a scalar's place is recorded when the next token shows where it ends
        String open = null;
        int[] openPlace = new int[6];
        try (JsonParser p = factory(limits).createParser(ObjectReadContext.empty(), text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                budget.tick();
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    budget.count(++nodes, limits.maxNodes(), Messages.format("phrase.budget.nodes",
                            format().toUpperCase(java.util.Locale.ROOT)), "max-nodes");
                }
                TokenStreamLocation loc = p.currentTokenLocation();
                int offset = offset(lineStarts, loc, text.length());
                if (open != null) {
                    places.put(open, place(openPlace, offset, open));
                    open = null;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    Frame done = stack.pop();
                    if (done.anchor != null) {
                        anchors.put(done.anchor, done.node);
                    }
                    continue;
                }
                if (t == JsonToken.PROPERTY_NAME) {
                    Frame f = stack.peek();
                    f.name = p.currentName();
                    Integer first = f.keyLines.putIfAbsent(f.name, line(loc));
                    if (first != null) {
                        findings.add(duplicate(f.name, first, loc, f.childPointer()));
                    }
                    f.keyLine = line(loc);
                    f.keyColumn = column(loc);
                    f.keyEndColumn = column(loc) + Math.max(0, f.name.length() - 1);
                    continue;
                }
                Frame parent = stack.peek();
                String ptr = parent == null ? "" : parent.childPointer();
                int[] at = {line(loc), column(loc), offset, 0, 0, 0};
                if (parent != null && parent.keyLine > 0) {
                    at[3] = parent.keyLine;
                    at[4] = parent.keyColumn;
                    at[5] = parent.keyEndColumn;
                    parent.keyLine = 0;
                }
                String anchor = yaml ? anchorOf(p) : null;
                JsonNode node;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    node = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    if (stack.size() >= limits.maxDepth()) {
                        throw new Failure(unreadable("too-deep", format().toUpperCase(java.util.Locale.ROOT),
                                limits.maxDepth()));
                    }
                    attach(parent, node, root);
                    if (parent == null) {
                        root = node;
                    }
                    stack.push(new Frame(node, ptr, anchor));
                    places.put(ptr, place(at, offset, ptr));
                    continue;
                }
                if (yaml && ((YAMLParser) p).isCurrentAlias()) {
                    JsonNode target = anchors.get(p.getString());
                    aliases++;
                    if (target == null) {
                        throw new Failure(syntax(loc, Messages.format("phrase.syntax.alias", p.getString())));
                    }
                    int size = size(target, ALIAS_NODE_BUDGET - aliasNodes + 1);
                    aliasNodes += size;
                    nodes += size;
                    if (aliases > limits.maxAliases() || aliasNodes > ALIAS_NODE_BUDGET) {
                        throw new Failure(unreadable("aliases", limits.maxAliases()));
                    }
                    node = target.deepCopy();
                } else {
                    node = scalar(p, t);
                }
                attach(parent, node, root);
                if (parent == null) {
                    root = node;
                }
                if (anchor != null) {
                    anchors.put(anchor, node);
                }
                open = ptr;
                openPlace = at;
            }
        }
        if (open != null) {
            places.put(open, place(openPlace, text.length(), open));
        }
        JsonNode tree = root == null ? NODES.nullNode() : root;
        return new Parsed(tree, places.build(tree), lineStarts, findings);
    }

    /** @param at line, column, start offset, key line, key column, key end column */
    private static StructuredSource.Place place(int[] at, int end, String pointer) {
        return new StructuredSource.Place(at[0], at[1], at[2], Math.max(at[2], end), at[3], at[4], at[5], pointer);
    }

    private static String anchorOf(JsonParser p) {
        Object id = p.getObjectId();
        return id == null ? null : id.toString();
    }

    private static void attach(Frame parent, JsonNode node, JsonNode root) {
        if (parent == null) {
            return;
        }
        if (parent.node instanceof ArrayNode a) {
            a.add(node);
        } else {
            ((ObjectNode) parent.node).set(parent.name, node);
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) {
        switch (t) {
            case VALUE_STRING:
                return NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                return Double.isFinite(d) ? NODES.numberNode(d) : NODES.stringNode(p.getString());
            }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // embedded objects (YAML !!binary and the like) are not report data
                return NODES.stringNode(String.valueOf(p.getString()));
        }
    }

    /** Counts the nodes of a tree, stopping early once over {@code cap}. */
    private static int size(JsonNode node, int cap) {
        int n = 0;
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty() && n <= cap) {
            JsonNode x = todo.pop();
            n++;
            for (JsonNode child : x.values()) {
                todo.push(child);
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ the document

    private Document document(String name, String text, Parsed parsed) {
        List<Finding> findings = new ArrayList<>(parsed.findings());
        Map<String, StructuredField> fields = new LinkedHashMap<>();
        String hint = null;
        JsonNode root = parsed.root();
        List<Suppression> suppressions = new ArrayList<>();
        if (root instanceof ObjectNode obj) {
            int[] lineStarts = parsed.lineStarts();
            for (Map.Entry<String, JsonNode> e : obj.properties()) {
                String key = e.getKey();
                JsonNode value = e.getValue();
                String ptr = "/" + escape(key);
                if (key.equals(TEMPLATE_KEY)) {
                    if (value.isString() && !value.asString().isBlank()) {
                        hint = value.asString().strip();
                    }
                    continue;
                }
                if (key.equals(DISABLE_KEY)) {
                    Set<String> rules = new java.util.LinkedHashSet<>();
                    if (value.isArray()) {
                        value.forEach(n -> {
                            if (n.isString() && !n.asString().isBlank()) {
                                rules.add(n.asString().strip());
                            }
                        });
                    }
                    if (!rules.isEmpty()) {
                        suppressions.add(new Suppression(rules, 1, Integer.MAX_VALUE,
                                parsed.source().keyOrValue(ptr)));
                    }
                    continue;
                }
                Location kl = parsed.source().keyOrValue(ptr);
                Fragment keyFragment = new Fragment(key, kl.line(), kl.column(), null, ptr);
                List<List<Fragment>> blocks = new ArrayList<>();
                boolean list = value.isArray();
                if (list) {
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode entry = value.get(i);
                        if (isText(entry)) {
                            List<List<Fragment>> paras = paragraphs(text, lineStarts, parsed, ptr + "/" + i,
                                    entry.asString());
                            if (paras.size() == 1) {
                                blocks.add(paras.get(0));
                                continue;
                            }
                            List<Fragment> block = new ArrayList<>();
                            for (List<Fragment> para : paras) {
                                if (!block.isEmpty()) {
                                    Fragment last = block.get(block.size() - 1);
                                    block.add(new Fragment("", last.line(), 1, null, last.pointer()));
                                }
                                block.addAll(para);
                            }
                            if (!block.isEmpty()) {
                                blocks.add(block);
                            }
                        }
                    }
                } else if (isText(value)) {
                    blocks.addAll(paragraphs(text, lineStarts, parsed, ptr, value.asString()));
                }
                fields.put(key, new StructuredField(key, keyFragment, blocks, list));
            }
        } else {
            findings.add(Finding.of(SCHEMA, Severity.ERROR, null, parsed.source().value(""), "", null,
                    "schema.root", describe(root)));
        }
        return new Document(name, format(), List.of(), fields, hint, findings, false, parsed.source(), suppressions);
    }

    private static boolean isText(JsonNode n) {
        return n.isString() || n.isNumber() || n.isBoolean();
    }

    /**
     * Splits a text value into paragraphs (at blank lines) of line fragments, each placed at its
     * line in the file where it can be found there, else at the value's start.
     */
    private static List<List<Fragment>> paragraphs(String text, int[] lineStarts, Parsed parsed, String pointer,
                                                   String value) {
        StructuredSource.Place place = parsed.source().place(pointer);
        String ptr = place == null ? pointer : place.pointer(); // one string per value, shared with the source
        Location start = place == null ? Location.START : place.value();
        int cursor = place == null ? 0 : place.start();
        int end = place == null ? text.length() : Math.max(cursor, Math.min(text.length(), place.end()));
        List<List<Fragment>> out = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        for (String raw : lines(value)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            int at = find(text, line, cursor, end);
            int line1;
            int col1;
            if (at >= 0 && place != null && at == place.start()) {
                line1 = place.line();
                col1 = place.column();
                cursor = at + Math.min(line.length(), 1);
            } else if (at >= 0) {
                line1 = lineOf(lineStarts, at);
                col1 = at - lineStarts[line1 - 1] + 1;
                cursor = at + Math.min(line.length(), 1);
            } else {
                line1 = start.line();
                col1 = start.column();
            }
            current.add(new Fragment(line, line1, col1, null, ptr));
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Finds a line of a value in the source: whole, else by its first words. */
    private static int find(String text, String line, int from, int end) {
        int at = text.indexOf(line, from);
        if (at >= 0 && at < end) {
            return at;
        }
        int n = 0;
        while (n < line.length() && n < 24 && line.charAt(n) != '"' && line.charAt(n) != '\\'
                && line.charAt(n) != '\'') {
            n++;
        }
        if (n >= 4) {
            at = text.indexOf(line.substring(0, n), from);
            if (at >= 0 && at < end) {
                return at;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ findings

    private Finding duplicate(String key, int firstLine, TokenStreamLocation loc, String ptr) {
        Location where = Location.of(line(loc), column(loc), column(loc) + Math.max(0, key.length() - 1))
                .withPointer(ptr);
        String section = ptr.indexOf('/', 1) < 0 ? key : null;
        return Finding.of(SCHEMA, Severity.ERROR, section, where, key, null,
                "schema.duplicate-key", key, firstLine, line(loc));
    }

    private Finding syntax(TokenStreamLocation loc, String detail) {
        int l = loc == null ? 1 : Math.max(1, loc.getLineNr());
        int c = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        String d = detail == null ? "" : detail.strip();
        int nl = d.indexOf('\n');
        if (nl > 0) {
            d = d.substring(0, nl);
        }
        if (d.length() > 200) {
            d = d.substring(0, 200) + "...";
        }
        return Finding.of(Unreadable.RULE, Severity.ERROR, null, Location.of(l, c, c), "", null,
                "input-unreadable.syntax", format().toUpperCase(java.util.Locale.ROOT), l, c, d);
    }

    private Finding constraint(StreamConstraintsException e, Limits limits) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        String fmt = format().toUpperCase(java.util.Locale.ROOT);
        if (m.contains("depth")) {
            return unreadable("too-deep", fmt, limits.maxDepth());
        }
        if (m.contains("length") || m.contains("size")) {
            return unreadable("string-too-long", fmt, e.getOriginalMessage());
        }
        return syntax(e.getLocation(), e.getOriginalMessage());
    }

    private static Finding unreadable(String reason, Object... args) {
        return Finding.of(Unreadable.RULE, Severity.ERROR, null, Location.START, "", null,
                Unreadable.RULE + "." + reason, args);
    }

    /**
     * @param node a value
     * @return what it is, in words, for messages ("a list", "a number", ...)
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Messages.format("phrase.shape.nothing");
        }
        if (node.isArray()) {
            return Messages.format("phrase.shape.list");
        }
        if (node.isObject()) {
            return Messages.format("phrase.shape.mapping");
        }
        if (node.isNumber()) {
            return Messages.format("phrase.shape.number");
        }
        if (node.isBoolean()) {
            return Messages.format("phrase.shape.boolean");
        }
        return Messages.format("phrase.shape.text");
    }

    // ------------------------------------------------------------------ positions

    /**
     * @param s a key
     * @return the key as a JSON Pointer token
     */
    public static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static int line(TokenStreamLocation loc) {
        return loc == null ? 1 : Math.max(1, loc.getLineNr());
    }

    private static int column(TokenStreamLocation loc) {
        return loc == null ? 1 : Math.max(1, loc.getColumnNr());
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static int offset(int[] lineStarts, TokenStreamLocation loc, int length) {
        int l = line(loc);
        if (l > lineStarts.length) {
            return length;
        }
        return Math.min(length, lineStarts[l - 1] + column(loc) - 1);
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
