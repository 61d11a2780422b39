package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code igf-report summary} run from the built jar on the seeds and every example (text,
 * Markdown, YAML, JSON, Word and PDF): the CSV parses into one row of 17 fields per report, in the
 * order and with the values of the JSON output; the HTML page is written atomically with -o; nothing
 * reaches standard error.
 */
class SummaryIT {

    private static final List<String> COLUMNS = List.of("path", "template", "title", "date", "organizer", "rapporteur",
            "speakers", "speakers_with_affiliation", "participants", "women", "women_share", "gender_discussed",
            "gender_summary", "errors", "warnings", "infos", "complete");

    /** RFC 4180: fields split at commas outside quotes, doubled quotes inside quotes, records at CRLF outside quotes. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("an unclosed quote").isFalse();
        assertThat(field).as("a last record without CRLF").isEmpty();
        return rows;
    }

    @Test
    void theCsvHoldsTheJsonValues(@TempDir Path dir) throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        String[] paths = {"seeds", "examples/reports", "examples/office", "examples/shapes"};
        List<String> args = new ArrayList<>(List.of("summary"));
        args.addAll(List.of(paths));
        JarRun csv = JarRun.run(cwd, args.toArray(String[]::new));
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.err()).isEmpty();
        args.add(1, "--format");
        args.add(2, "json");
        JarRun json = JarRun.run(cwd, args.toArray(String[]::new));
        assertThat(json.status()).as(json.err()).isZero();

        List<List<String>> rows = parseCsv(csv.out());
        assertThat(rows.get(0)).containsExactlyElementsOf(COLUMNS);
        JsonNode reports = JsonMapper.shared().readTree(json.out()).at("/reports");
        assertThat(rows).hasSize(reports.size() + 1);
        assertThat(reports.size()).isGreaterThan(15);
        for (int r = 0; r < reports.size(); r++) {
            List<String> row = rows.get(r + 1);
            assertThat(row).hasSize(COLUMNS.size());
            JsonNode report = reports.get(r);
            for (int c = 0; c < COLUMNS.size(); c++) {
                JsonNode v = report.get(COLUMNS.get(c));
                String expected = v.isNull() ? "" : v.isBoolean() ? (v.asBoolean() ? "yes" : "no")
                        : v.isDouble() ? String.format(java.util.Locale.ROOT, "%.2f", v.asDouble()) : v.asString();
                assertThat(row.get(c)).as(row.get(0) + " " + COLUMNS.get(c)).isEqualTo(expected);
            }
        }
        // a Word and a PDF report state their figures as their text does
        JsonNode docx = null;
        for (JsonNode report : reports) {
            if (report.at("/path").asString().equals("examples/office/compliant.docx")) {
                docx = report;
            }
        }
        assertThat(docx).isNotNull();
        assertThat(docx.at("/template").asString()).isEqualTo("igf-2017-workshop");
        assertThat(docx.at("/participants").isInt()).isTrue();
        assertThat(docx.at("/sources/participants/location/line").asInt()).isPositive();
    }

    @Test
    void theHtmlPageIsWrittenToTheOutputFile(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("summary.html");
        JarRun run = JarRun.run(Path.of("").toAbsolutePath(), "summary", "--format", "html", "-o", page.toString(),
                "seeds", "examples/reports");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("id=\"chart-rules\"",
                "id=\"chart-women-share\"", "id=\"chart-templates\"", "<table class=\"rows\">");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("summary.html");
        }
    }
}
