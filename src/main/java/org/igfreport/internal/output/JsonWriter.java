package org.igfreport.internal.output;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.SectionSummary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the JSON document of the contract ({@code schemas/findings.schema.json}): {@code tool},
 * then {@code reports} streamed one by one, then {@code summary}. Written with Jackson's streaming
 * generator alone (jackson-core: escaping, numbers), property by property in the schema's order; no
 * JSON is assembled by hand. The bytes are those {@link Json}'s mapper wrote of the same records (same
 * layout, the caller's stream left open); the mapper itself (jackson-databind: a thousand classes to
 * load and link) stays out of a cold check.
 */
public final class JsonWriter implements ReportWriter {

    /** The factory and the generators' settings: indented, never closing the caller's stream. */
    private static final class Streaming extends ObjectWriteContext.Base {
        static final JsonFactory FACTORY = new JsonFactory();
        static final Streaming CONTEXT = new Streaming();

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new Indented();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }

        @Override
        public int getStreamWriteFeatures(int defaults) {
            return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
        }
    }

    /**
     * The layout of Jackson's {@code DefaultPrettyPrinter} with its default separators (what the
     * mapper's {@code INDENT_OUTPUT} writes): an object's entries on lines of their own, indented by
     * two spaces a level, {@code "name" : value}, an array's values on one line, {@code [ 1, 2 ]},
     * {@code [ ]} and <code>{ }</code> when empty. Its own class because Jackson's joins its separators
     * with {@code invokedynamic} string concatenation, which a cold JVM links by spinning a dozen
     * classes at run time (JsonWriterTest compares the two byte for byte).
     */
    static final class Indented implements PrettyPrinter {
        /** What Jackson's indenter ends a line with. */
        private static final String EOL = System.getProperty("line.separator", "\n");
        private int nesting;

        private void indent(JsonGenerator g) {
            g.writeRaw(EOL);
            for (int i = 0; i < nesting; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            nesting++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            indent(g);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(" : ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(',');
            indent(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            nesting--;
            if (entries > 0) {
                indent(g);
            } else {
                g.writeRaw(' ');
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw(' ');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(' ');
            g.writeRaw(']');
        }
    }

    private final JsonGenerator gen;

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public JsonWriter(OutputStream out) {
        this.gen = Streaming.FACTORY.createGenerator(Streaming.CONTEXT, out);
    }

    @Override
    public void begin(Run run) {
        gen.writeStartObject();
        gen.writeName("tool");
        gen.writeStartObject();
        gen.writeStringProperty("name", run.toolName());
        gen.writeStringProperty("version", run.toolVersion());
        gen.writeEndObject();
        gen.writeName("reports");
        gen.writeStartArray();
    }

    @Override
    public void report(ReportResult r) {
        gen.writeStartObject();
        gen.writeStringProperty("path", r.path());
        gen.writeStringProperty("format", r.format());
        gen.writeStringProperty("template", r.template());
        gen.writeArrayPropertyStart("findings");
        for (Finding f : r.findings()) {
            finding(f);
        }
        gen.writeEndArray();
        gen.writeName("sections");
        gen.writeStartObject();
        for (Map.Entry<String, SectionSummary> e : r.sections().entrySet()) {
            SectionSummary s = e.getValue();
            gen.writeName(e.getKey());
            gen.writeStartObject();
            gen.writeNumberProperty("line", s.line());
            gen.writeNumberProperty("items", s.items());
            gen.writeNumberProperty("paragraphs", s.paragraphs());
            gen.writeArrayPropertyStart("sentences");
            List<Integer> sentences = s.sentences();
            for (Integer n : sentences) {
                number(n);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
        gen.flush();
    }

    private void finding(Finding f) {
        gen.writeStartObject();
        gen.writeStringProperty("rule", f.rule());
        gen.writeStringProperty("severity", f.severity().id());
        gen.writeStringProperty("section", f.section());
        gen.writeStringProperty("message", f.message());
        Location l = f.location();
        gen.writeName("location");
        gen.writeStartObject();
        gen.writeNumberProperty("line", l.line());
        gen.writeNumberProperty("column", l.column());
        gen.writeNumberProperty("endLine", l.endLine());
        gen.writeNumberProperty("endColumn", l.endColumn());
        gen.writeName("page");
        number(l.page());
        gen.writeStringProperty("pointer", l.pointer());
        // row and paragraph only for a Word table's cell (left out, not null, elsewhere)
        if (l.row() != null) {
            gen.writeStringProperty("row", l.row());
        }
        if (l.paragraph() != null) {
            gen.writeName("paragraph");
            number(l.paragraph());
        }
        gen.writeEndObject();
        gen.writeStringProperty("excerpt", f.excerpt());
        gen.writeEndObject();
    }

    private void number(Integer n) {
        if (n == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(n.intValue());
        }
    }

    @Override
    public void end(Summary summary) {
        gen.writeEndArray();
        gen.writeName("summary");
        gen.writeStartObject();
        gen.writeNumberProperty("reports", summary.reports());
        gen.writeNumberProperty("errors", summary.errors());
        gen.writeNumberProperty("warnings", summary.warnings());
        gen.writeNumberProperty("infos", summary.infos());
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }
}
