package org.igfreport.internal.output;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import java.io.OutputStream;

/** The one Jackson mapper of the JSON-based writers: properties in declaration order, indented. */
final class Json {

    /** Keeps record components in declaration order, indents, and never closes the caller's stream. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }

    /**
     * @param out the stream to write to (not closed by the generator)
     * @return a generator that can write the typed model with {@code writePOJO}
     */
    static JsonGenerator generator(OutputStream out) {
        return MAPPER.createGenerator(out);
    }
}
