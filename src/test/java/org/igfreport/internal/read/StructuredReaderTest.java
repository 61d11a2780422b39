package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.igfreport.Finding;
import org.igfreport.Limits;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Fragment;
import org.igfreport.internal.document.StructuredField;
import org.junit.jupiter.api.Test;

/** The YAML/JSON reader: fields with places, safe limits, duplicate keys, and schema findings. */
class StructuredReaderTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    private static Document yaml(String s) {
        return StructuredReader.yaml().read(s.getBytes(StandardCharsets.UTF_8), "r.yaml", org.igfreport.internal.base.Limits.DEFAULTS);
    }

    private static Document json(String s) {
        return StructuredReader.json().read(s.getBytes(StandardCharsets.UTF_8), "r.json", org.igfreport.internal.base.Limits.DEFAULTS);
    }

    private static final String REPORT = String.join("\n",
            "template: igf-2017-workshop",
            "session_title: Rights and cybersecurity",
            "key_issues:",
            "  - Encryption protects rights.",
            "  - States must not weaken encryption.",
            "discussions: |",
            "  First paragraph of the discussion.",
            "",
            "  Second paragraph,",
            "  wrapped over two lines.",
            "");

    @Test
    void fieldsHaveRealLinesAndPointers() {
        Document d = yaml(REPORT);
        assertThat(d.unreadable()).isFalse();
        assertThat(d.templateHint()).isEqualTo("igf-2017-workshop");
        StructuredField issues = d.fields().get("key_issues");
        assertThat(issues.list()).isTrue();
        assertThat(issues.key().line()).isEqualTo(3);
        assertThat(issues.blocks()).hasSize(2);
        Fragment second = issues.blocks().get(1).get(0);
        assertThat(second.text()).isEqualTo("States must not weaken encryption.");
        assertThat(second.line()).isEqualTo(5);
        assertThat(second.column()).isEqualTo(5);
        assertThat(second.pointer()).isEqualTo("/key_issues/1");
        StructuredField disc = d.fields().get("discussions");
        assertThat(disc.list()).isFalse();
        assertThat(disc.blocks()).hasSize(2);
        assertThat(disc.blocks().get(1)).extracting(Fragment::line).containsExactly(9, 10);
        assertThat(disc.blocks().get(0).get(0).pointer()).isEqualTo("/discussions");
    }

    @Test
    void jsonFieldsToo() {
        Document d = json("{\n  \"template\": \"igf-2017-workshop\",\n  \"key_issues\": [\n    \"One.\",\n    \"Two.\"\n  ],\n"
                + "  \"discussions\": \"A.\\n\\nB.\"\n}\n");
        assertThat(d.fields().get("key_issues").blocks().get(1).get(0).line()).isEqualTo(5);
        assertThat(d.fields().get("discussions").blocks()).hasSize(2);
    }

    @Test
    void billionLaughsIsUnreadableQuickly() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(p);
            }
            sb.append("]\n");
        }
        // the aliases' budget stops it, whatever the time it takes (no timed unit tests: a loaded machine
        // takes seconds where a quiet one takes milliseconds)
        ReportResult r = VALIDATOR.validate(sb.toString().getBytes(StandardCharsets.UTF_8), "lol.yaml");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("input-unreadable");
        assertThat(r.findings().get(0).message()).contains("aliases");
    }

    @Test
    void deepJsonIsAFindingNotAStackOverflow() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        ReportResult r = VALIDATOR.validate(deep.getBytes(StandardCharsets.UTF_8), "deep.json");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("input-unreadable");
        ReportResult y = VALIDATOR.validate(deep.getBytes(StandardCharsets.UTF_8), "deep.yaml");
        assertThat(y.findings()).extracting(Finding::rule).containsExactly("input-unreadable");
    }

    @Test
    void duplicateKeysNameBothLines() {
        Document d = yaml("session_title: A\nrapporteur: Jane Doe\nsession_title: B\n");
        assertThat(d.findings()).hasSize(1);
        org.igfreport.internal.base.Finding f = d.findings().get(0);
        assertThat(f.rule()).isEqualTo("schema");
        assertThat(f.section()).isEqualTo("session_title");
        assertThat(f.location().line()).isEqualTo(3);
        assertThat(f.message()).contains("line 1").contains("line 3");
        Document j = json("{\"date\": \"1 May\",\n\"date\": \"2 May\"}");
        assertThat(j.findings()).extracting(org.igfreport.internal.base.Finding::rule).containsExactly("schema");
    }

    @Test
    void tagsConstructNothing() {
        Document d = yaml("session_title: !!java.lang.Runtime x\nrapporteur: !<tag:yaml.org,2002:java.net.URL> http://x\n"
                + "moderator: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
        // plain data or a finding, never an object
        if (!d.unreadable()) {
            assertThat(d.fields().get("session_title").blocks().get(0).get(0).text()).isEqualTo("x");
            assertThat(d.source().tree().get("moderator").isArray()).isTrue();
        }
    }

    @Test
    void largeYamlCompletes() {
        StringBuilder sb = new StringBuilder("template: igf-2017-workshop\ndiscussions: |\n");
        String line = "  The participants discussed the many ways in which encryption protects human rights online.\n";
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append(line).append('\n');
        }
        ReportResult r = VALIDATOR.validate(sb.toString().getBytes(StandardCharsets.UTF_8), "big.yaml");
        assertThat(r.template()).isEqualTo("igf-2017-workshop");
    }

    @Test
    void shapeErrorsAreSchemaFindingsWithPlaces() {
        String y = String.join("\n",
                "template: igf-2017-workshop",
                "session_title: Rights",
                "rapoteur: Jane Doe",
                "moderator: 42",
                "key_issues: Encryption matters. So does trust.",
                "speakers:",
                "  - Ann Lee (APC)",
                "  - [nested]",
                "discussions: A.",
                "");
        ReportResult r = VALIDATOR.validate(y.getBytes(StandardCharsets.UTF_8), "bad.yaml");
        List<Finding> schema = r.findings().stream().filter(f -> f.rule().equals("schema")).toList();
        assertThat(schema).extracting(f -> f.location().line()).containsExactly(3, 4, 5, 8);
        assertThat(schema.get(0).message()).isEqualTo("Unknown key 'rapoteur': did you mean 'rapporteur'?");
        assertThat(schema.get(0).location().pointer()).isEqualTo("/rapoteur");
        assertThat(schema.get(1).section()).isEqualTo("moderator");
        assertThat(schema.get(1).message()).contains("moderator must be a name, not a number");
        assertThat(schema.get(2).message())
                .isEqualTo("key_issues must be a list with one sentence per entry, not one block of text.");
        assertThat(schema.get(2).location().pointer()).isEqualTo("/key_issues");
        assertThat(schema.get(3).location().pointer()).isEqualTo("/speakers/1");
        // a missing required key is section-missing, not schema
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("section-missing") && "rapporteur".equals(f.section()));
    }

    @Test
    void inlineSuppression() {
        String y = "template: igf-2017-workshop\nx-igf-report-disable: [section-missing]\nsession_title: A\n";
        ReportResult r = VALIDATOR.validate(y.getBytes(StandardCharsets.UTF_8), "s.yaml");
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("section-missing"));
    }

    @Test
    void syntaxErrorIsUnreadableWithLine() {
        ReportResult r = VALIDATOR.validate("{\"a\": [1, 2\n".getBytes(StandardCharsets.UTF_8), "x.json");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("input-unreadable");
        ReportResult y = VALIDATOR.validate("a: [1, 2\nb: c: d\n".getBytes(StandardCharsets.UTF_8), "x.yaml");
        assertThat(y.findings()).extracting(Finding::rule).containsExactly("input-unreadable");
    }
}
