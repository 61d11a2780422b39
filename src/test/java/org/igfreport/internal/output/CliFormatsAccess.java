package org.igfreport.internal.output;

import java.util.List;

/** Lets the CLI tests validate SARIF and parse JUnit XML the way the writer tests do. */
public final class CliFormatsAccess {

    private CliFormatsAccess() {
    }

    /**
     * @param sarif SARIF output
     * @return its problems against the SARIF 2.1.0 schema
     */
    public static List<String> sarifProblems(String sarif) {
        return SarifWriterTest.problems(sarif);
    }

    /**
     * @param xml JUnit XML output
     * @return the parsed document
     * @throws Exception when it is not well formed
     */
    public static org.w3c.dom.Document junit(byte[] xml) throws Exception {
        return JunitWriterTest.parse(xml);
    }
}
