package org.igfreport.internal.output;

import java.util.List;
import org.igfreport.internal.template.SchemaCheck;

/** Lets tests in other packages validate JSON output against {@code schemas/findings.schema.json}. */
public final class JsonWriterTestAccess {

    private JsonWriterTestAccess() {
    }

    /**
     * @param json JSON output
     * @return its problems against the findings schema
     */
    public static List<SchemaCheck.Problem> problems(String json) {
        return JsonWriterTest.problems(json);
    }
}
