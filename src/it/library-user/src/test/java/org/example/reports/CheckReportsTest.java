package org.example.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.RuleDescription;
import org.igfreport.Severity;
import org.igfreport.TemplateInfo;
import org.junit.jupiter.api.Test;

/**
 * The library as a user's project gets it: the README's API on a text, a YAML, a Word and a PDF
 * report, and nothing on standard error when the project has no logging configuration.
 */
class CheckReportsTest {

    @Test
    void listsTemplatesAndRulesWithTheApiTypesAlone() {
        ReportValidator validator = ReportValidator.builder().build();
        List<String> templates = validator.templates().stream().map(TemplateInfo::id).toList();
        assertTrue(templates.contains("igf-2017-workshop"), templates.toString());
        RuleDescription rule = validator.rules().stream().filter(r -> r.id().equals("sentences-per-item")).findFirst()
                .orElseThrow();
        assertEquals(Severity.ERROR, rule.defaultSeverity());
        assertTrue(validator.templates().stream().filter(t -> t.id().equals("igf-2017-workshop")).findFirst()
                .orElseThrow().sections().contains("key_issues"));
    }

    @Test
    void checksReportsOfEveryKindQuietly() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<ReportResult> results;
        try {
            ReportValidator validator = ReportValidator.builder().template("auto").build();
            results = List.of(
                    validator.validate(Path.of("reports/002_ea2340172add3216.txt")),
                    validator.validate(Path.of("reports/compliant.yaml")),
                    validator.validate(Path.of("reports/compliant.docx")),
                    validator.validate(Path.of("reports/compliant.pdf")));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "standard error of the library");
        assertEquals(List.of("sentences-per-item", "sentences-per-item", "gender-participants", "gender-summary"),
                results.get(0).findings().stream().map(Finding::rule).toList());
        for (ReportResult r : results.subList(1, 4)) {
            assertEquals("igf-2017-workshop", r.template(), r.path().toString());
            assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(f -> f.rule() + ": " + f.message()).toList(),
                    r.path().toString());
        }
    }
}
