package org.igfreport.internal.output;

import java.io.OutputStream;
import org.igfreport.ReportResult;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the JSON document of the contract ({@code schemas/findings.schema.json}): {@code tool},
 * then {@code reports} streamed one by one, then {@code summary}. Built with a Jackson generator
 * and the typed {@link JsonModel}; no JSON is assembled by hand.
 */
public final class JsonWriter implements ReportWriter {

    private final JsonGenerator gen;

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public JsonWriter(OutputStream out) {
        this.gen = Json.generator(out);
    }

    @Override
    public void begin(Run run) {
        gen.writeStartObject();
        gen.writePOJOProperty("tool", new JsonModel.Tool(run.toolName(), run.toolVersion()));
        gen.writeName("reports");
        gen.writeStartArray();
    }

    @Override
    public void report(ReportResult result) {
        gen.writePOJO(JsonModel.Report.of(result));
        gen.flush();
    }

    @Override
    public void end(Summary summary) {
        gen.writeEndArray();
        gen.writePOJOProperty("summary", JsonModel.SummaryJson.of(summary));
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }
}
