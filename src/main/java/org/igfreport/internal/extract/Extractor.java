package org.igfreport.internal.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.document.Block;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.template.Detector;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.ReportSchemas;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;
import org.igfreport.internal.text.Item;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Turns any report the checker reads (text, Markdown, and every later reader, since it works on
 * the mapped sections) into a structured YAML or JSON report keyed by section id, as the
 * checker understood it: {@code template} first, then the sections found in template order;
 * listed sections (speakers, key issues, presentations) as lists of entries, prose as a list of
 * paragraphs, single values as one text (paragraphs separated by blank lines). A section whose
 * label is there with no content is an empty value. Checking the extracted file gives the same
 * sections, items, paragraphs and sentences as the original (except that items which shared a
 * paragraph in the original get one entry each). Stateless.
 */
public final class Extractor {

    /** The output format. */
    public enum Format {
        /** YAML, with multi-line texts as literal blocks. */
        YAML,
        /** JSON, pretty-printed. */
        JSON;

        /**
         * @param id {@code yaml} or {@code json} (any case)
         * @return the format
         * @throws IllegalArgumentException for anything else
         */
        public static Format of(String id) {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The report could not be extracted: unreadable, or no template fits. */
    public static final class ExtractException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> findings;

        /**
         * @param message what went wrong
         * @param findings the findings that explain it (input-unreadable, template-unrecognized)
         */
        public ExtractException(String message, List<Finding> findings) {
            super(message);
            this.findings = List.copyOf(findings);
        }

        /** @return the findings that explain it */
        public List<Finding> findings() {
            return findings;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private Extractor() {
    }

    /**
     * Reads a report file (its extension picks the reader), detects its template among the
     * built-in ones and extracts it.
     *
     * @param file the report
     * @param format the output format
     * @return the structured report, ending with a line break
     * @throws IOException when the file cannot be read
     * @throws ExtractException when the report is unreadable or fits no template
     */
    public static String extract(Path file, Format format) throws IOException, ExtractException {
        return extract(file, format, Templates.builtIn().all());
    }

    /**
     * @param file the report
     * @param format the output format
     * @param candidates the templates to detect among (one for an explicit {@code --template})
     * @return the structured report, ending with a line break
     * @throws IOException when the file cannot be read
     * @throws ExtractException when the report is unreadable or fits none of the templates
     */
    public static String extract(Path file, Format format, List<Template> candidates)
            throws IOException, ExtractException {
        return extract(file, format, candidates, Limits.DEFAULTS);
    }

    /**
     * @param file the report
     * @param format the output format
     * @param candidates the templates to detect among (one for an explicit {@code --template})
     * @param limits the limits it is read under (the configuration's and the command line's, as {@code check}'s)
     * @return the structured report, ending with a line break
     * @throws IOException when the file cannot be read
     * @throws ExtractException when the report is unreadable (larger than the limit, too) or fits none of the templates
     */
    public static String extract(Path file, Format format, List<Template> candidates, Limits limits)
            throws IOException, ExtractException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new ExtractException(Texts.format("extract.too-large", name, String.valueOf(size)), List.of());
        }
        return extract(Files.readAllBytes(file), name, candidates, format, limits);
    }

    /**
     * The path of {@code extract} and of {@code serve}'s {@code /api/extract}: a report's bytes read under
     * the limits (its extension picks the reader), mapped onto the template detected among the candidates.
     *
     * @param content the report's bytes
     * @param name its file name
     * @param candidates the templates to detect among
     * @param format the output format
     * @param limits the limits it is read under
     * @return the structured report, ending with a line break
     * @throws ExtractException when the report is unreadable or fits none of the templates
     */
    public static String extract(byte[] content, String name, List<Template> candidates, Format format, Limits limits)
            throws ExtractException {
        Document doc = Readers.forName(name).read(content, name, limits);
        return extract(doc, candidates, format);
    }

    /**
     * @param doc a document a reader produced
     * @param candidates the templates to detect among
     * @param format the output format
     * @return the structured report, ending with a line break
     * @throws ExtractException when the document is unreadable or fits none of the templates
     */
    public static String extract(Document doc, List<Template> candidates, Format format) throws ExtractException {
        if (doc.unreadable()) {
            throw new ExtractException(Texts.format("extract.unreadable", doc.name()), doc.findings());
        }
        Detector.Detection d = Detector.detect(doc, candidates);
        if (!d.recognized()) {
            throw new ExtractException(Texts.format("extract.no-template", doc.name()), List.of());
        }
        return write(tree(d.report()), format);
    }

    /**
     * @param report a report mapped onto its template
     * @param format the output format
     * @return the structured report, ending with a line break
     */
    public static String extract(MappedReport report, Format format) {
        return write(tree(report), format);
    }

    /**
     * @param report a report mapped onto its template
     * @return the structured report as a tree: {@code template}, then the sections found
     */
    public static ObjectNode tree(MappedReport report) {
        ObjectNode root = NODES.objectNode();
        root.put(ReportSchemas.TEMPLATE_KEY, report.template().id());
        for (Section s : report.sections().values()) {
            if (s.isEmpty() || s.paragraphs().isEmpty()) {
                root.putNull(s.id());
                continue;
            }
            switch (ReportSchemas.shape(s.def().kind())) {
                case "list": {
                    ArrayNode a = root.putArray(s.id());
                    for (Item item : s.items()) {
                        a.add(itemText(item, s.paragraphs()));
                    }
                    break;
                }
                case "prose": {
                    ArrayNode a = root.putArray(s.id());
                    for (Block p : s.paragraphs()) {
                        a.add(p.text());
                    }
                    break;
                }
                default: {
                    List<String> paras = new ArrayList<>();
                    for (Block p : s.paragraphs()) {
                        paras.add(p.text());
                    }
                    root.put(s.id(), String.join("\n\n", paras));
                }
            }
        }
        return root;
    }

    /** An item's text, with a blank line wherever it crosses from one paragraph into the next. */
    private static String itemText(Item item, List<Block> paragraphs) {
        StringBuilder sb = new StringBuilder();
        int lastParagraph = -2;
        for (Fragment f : item.block().lines()) {
            int p = paragraphOf(f, paragraphs);
            if (sb.length() > 0) {
                sb.append(p != lastParagraph && p >= 0 && lastParagraph >= 0 ? "\n\n" : "\n");
            }
            sb.append(f.text());
            lastParagraph = p;
        }
        return sb.toString();
    }

    private static int paragraphOf(Fragment f, List<Block> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Fragment g : paragraphs.get(i).lines()) {
                if (g == f || g.equals(f)) {
                    return i;
                }
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Fragment g : paragraphs.get(i).lines()) {
                if (g.line() == f.line() && java.util.Objects.equals(g.page(), f.page())
                        && java.util.Objects.equals(g.pointer(), f.pointer())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String write(ObjectNode tree, Format format) {
        String s = format == Format.JSON ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                : YAML.writeValueAsString(tree);
        return s.endsWith("\n") ? s : s + "\n";
    }
}
