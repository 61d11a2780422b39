package org.igfreport.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.igfreport.Finding;
import org.igfreport.ReportResult;

/**
 * Writes JUnit XML, as CI servers (Jenkins, GitLab, Azure) show test results: a
 * {@code <testsuite>} per report, a {@code <testcase>} per template section plus one named
 * {@code document} for findings about the whole report, and a {@code <failure>} (type = rule
 * id) for each finding at or above the run's fail-on severity; findings below it are listed in
 * the test case's {@code <system-out>}. {@code tests} counts test cases, {@code failures} the
 * test cases with at least one failure. Each finding is written as the text output writes it: a
 * finding in a Word table row names the row and the paragraph within its cell instead of the line.
 * Streamed: the root element carries no totals.
 */
public final class JunitWriter implements ReportWriter {

    /** The name of the test case for findings about the whole document. */
    public static final String DOCUMENT = "document";

    private final XMLStreamWriter xml;
    private Run run;

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public JunitWriter(OutputStream out) {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer in this Java runtime", e);
        }
    }

    @Override
    public void begin(Run newRun) throws IOException {
        this.run = newRun;
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", run.toolName());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void report(ReportResult result) throws IOException {
        Map<String, List<Finding>> byCase = cases(result);
        int failures = 0;
        for (List<Finding> fs : byCase.values()) {
            if (fs.stream().anyMatch(f -> run.fails(f.severity()))) {
                failures++;
            }
        }
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", safe(result.path()));
            xml.writeAttribute("tests", Integer.toString(byCase.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("properties");
            property("format", result.format());
            property("template", result.template() == null ? "none" : result.template());
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            for (Map.Entry<String, List<Finding>> c : byCase.entrySet()) {
                testcase(result.path(), c.getKey(), c.getValue());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void end(Summary summary) throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The test cases of a report in template order, the document first, each with its findings. */
    private Map<String, List<Finding>> cases(ReportResult result) {
        Map<String, List<Finding>> byCase = new LinkedHashMap<>();
        byCase.put(DOCUMENT, new ArrayList<>());
        List<String> sections = result.template() == null ? List.of()
                : run.templateSections().getOrDefault(result.template(), List.copyOf(result.sections().keySet()));
        for (String s : sections) {
            byCase.put(s, new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            byCase.getOrDefault(f.section() == null ? DOCUMENT : f.section(), byCase.get(DOCUMENT)).add(f);
        }
        return byCase;
    }

    private void testcase(String path, String name, List<Finding> findings) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", safe(path));
        xml.writeAttribute("name", name);
        StringBuilder below = new StringBuilder();
        for (Finding f : findings) {
            String cell = TextWriter.cell(f.location());
            String line = path + (cell == null ? ":" + f.location().line() + ":" + f.location().column() : ": " + cell)
                    + ": " + f.severity().id()
                    + " [" + f.rule() + "] " + f.message();
            if (run.fails(f.severity())) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", f.rule());
                xml.writeAttribute("message", safe(f.message()));
                xml.writeCharacters(safe(f.excerpt().isEmpty() ? line : line + "\n" + f.excerpt()));
                xml.writeEndElement();
            } else {
                below.append(line).append('\n');
            }
        }
        if (!below.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(safe(below.toString()));
            xml.writeEndElement();
        }
        if (!findings.isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private void property(String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", safe(value));
    }

    /**
     * @param s any text
     * @return the text with the characters XML 1.0 cannot hold (control characters, lone surrogates) as U+FFFD
     */
    static String safe(String s) {
        return s.replaceAll("[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "\uFFFD");
    }
}
