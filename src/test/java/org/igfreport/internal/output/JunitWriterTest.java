package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitWriterTest {

    /** Parses JUnit XML with the JDK's DOM parser; shared with the CLI tests. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Document write(Severity failOn) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new JunitWriter(out), Samples.run(failOn));
        return parse(out.toByteArray());
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void aSuitePerReportACasePerSectionAndTheDocument() throws Exception {
        Element root = write(Severity.ERROR).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name"))
                .containsExactly("reports/ws 42.txt", "other/scan.pdf", "reports/ok.yaml");
        Element first = suites.get(0);
        assertThat(elements(first, "testcase")).extracting(c -> c.getAttribute("name"))
                .containsExactly("document", "session_title", "date", "key_issues", "discussions");
        assertThat(first.getAttribute("tests")).isEqualTo("5");
        assertThat(first.getAttribute("failures")).isEqualTo("1");
        Element failure = elements(first, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("sentences-per-item");
        assertThat(failure.getAttribute("message")).startsWith("Key issue 1 has 2 sentences");
        assertThat(failure.getTextContent()).contains("<rights> & \"cyber\"");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("key_issues");
        assertThat(elements(first, "system-out")).extracting(Element::getTextContent)
                .anySatisfy(t -> assertThat(t).contains("[paragraph-count]"));
        Element pdf = suites.get(1);
        assertThat(pdf.getAttribute("tests")).isEqualTo("1");
        assertThat(pdf.getAttribute("failures")).isEqualTo("1");
        Element clean = suites.get(2);
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(elements(clean, "failure")).isEmpty();
    }

    @Test
    void failOnDecidesWhatFails() throws Exception {
        Element warning = write(Severity.WARNING).getDocumentElement();
        assertThat(elements(warning, "failure")).extracting(f -> f.getAttribute("type"))
                .containsExactly("sentences-per-item", "paragraph-count", "input-unreadable");
        assertThat(elements(warning, "testsuite").get(0).getAttribute("failures")).isEqualTo("2");
        Element never = write(null).getDocumentElement();
        assertThat(elements(never, "failure")).isEmpty();
        assertThat(elements(never, "testsuite")).allSatisfy(s -> assertThat(s.getAttribute("failures")).isEqualTo("0"));
    }

    @Test
    void controlCharactersFromReportsStayWellFormed() {
        assertThat(JunitWriter.safe("page\fbreak\u0000end \uD83D\uDE00")).isEqualTo("page\uFFFDbreak\uFFFDend \uD83D\uDE00");
    }
}
