package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code igf-report summary}: the rows, the totals on folders of known reports, and CSV quoting. */
class SummaryCommandTest {

    private static final String HEADER = "path,template,title,date,organizer,rapporteur,speakers,"
            + "speakers_with_affiliation,participants,women,women_share,gender_discussed,gender_summary,errors,warnings,"
            + "infos,complete";

    private static JsonNode json(String... args) {
        Cli c = Cli.run(args);
        assertThat(c.status()).as(c.err()).isZero();
        return JsonMapper.shared().readTree(c.out());
    }

    /** Seed 002 with other gender answers, as a report a rapporteur might have written. */
    private static void seed002(Path to, String participants, String women) throws Exception {
        String s = Files.readString(Path.of("seeds/002_ea2340172add3216.txt"), StandardCharsets.UTF_8)
                .replace("- 12 out of 18 speakers were women.", participants)
                .replace("Around 50% of people present at the session were women.", women);
        Files.writeString(to, s, StandardCharsets.UTF_8);
    }

    @Test
    void theSeedsRowsAndTotals() {
        JsonNode d = json("summary", "--format", "json", "seeds");
        assertThat(d.at("/reports")).hasSize(5);
        JsonNode first = d.at("/reports/0");
        assertThat(first.at("/path").asString()).isEqualTo("seeds/000_b8681fb40b29323f.txt");
        assertThat(first.at("/title").asString()).isEqualTo("On cybersecurity: Who has got our back?");
        assertThat(first.at("/speakers").asInt()).isEqualTo(4);
        assertThat(first.at("/complete").asBoolean()).isTrue();
        assertThat(first.at("/sources/title/section").asString()).isEqualTo("session_title");
        JsonNode seed2 = d.at("/reports/2");
        assertThat(seed2.at("/participants").isNull()).isTrue();
        assertThat(seed2.at("/women").isNull()).isTrue();
        assertThat(seed2.at("/gender_discussed").asString()).isEqualTo("partly");
        assertThat(seed2.at("/gender_summary").asBoolean()).isFalse();
        assertThat(seed2.at("/errors").asInt()).isEqualTo(2);
        assertThat(seed2.at("/sources/participants/location/line").asInt()).isEqualTo(63);

        JsonNode t = d.at("/totals");
        assertThat(t.at("/reports").asInt()).isEqualTo(5);
        assertThat(t.at("/complete").asInt()).isEqualTo(1);
        assertThat(t.at("/complete_share").asDouble()).isEqualTo(0.2);
        assertThat(t.at("/templates").toString()).isEqualTo("[{\"template\":null,\"reports\":2,\"complete\":0},"
                + "{\"template\":\"igf-2016-workshop\",\"reports\":2,\"complete\":1},"
                + "{\"template\":\"igf-2017-workshop\",\"reports\":1,\"complete\":0}]");
        assertThat(t.at("/rules").toString()).isEqualTo("{\"gender-participants\":1,\"gender-summary\":1,"
                + "\"paragraph-count\":2,\"paragraphs-per-item\":1,\"section-missing\":7,\"sentences-per-item\":2,"
                + "\"template-unrecognized\":2}");
        assertThat(t.at("/reports_with_participants_and_women").asInt()).isZero();
        assertThat(t.at("/women_share").isNull()).isTrue();
        assertThat(t.at("/gender_discussed").asInt()).isEqualTo(1);
        assertThat(t.at("/gender_asked").asInt()).isEqualTo(1);
        assertThat(t.at("/gender_answers_missing").asInt()).isEqualTo(1);
    }

    @Test
    void totalsOverTheReportsThatGiveBothFigures(@TempDir Path dir) throws Exception {
        seed002(dir.resolve("a.txt"), "About 60", "Around 50% of people present were women.");
        seed002(dir.resolve("b.txt"), "between 40 and 50", "20");
        seed002(dir.resolve("c.txt"), "60 (20 online)", "many");
        seed002(dir.resolve("d.txt"), "many", "25");
        JsonNode d = json("summary", "--format", "json", dir.toString());
        assertThat(d.at("/reports")).hasSize(4);
        assertThat(d.at("/reports").findValuesAsString("path")).allMatch(p -> p.endsWith(".txt"));
        assertThat(List.of(d.at("/reports/0/participants").asInt(), d.at("/reports/0/women").asInt()))
                .containsExactly(60, 30);
        assertThat(d.at("/reports/0/women_share").asDouble()).isEqualTo(0.5);
        assertThat(List.of(d.at("/reports/1/participants").asInt(), d.at("/reports/1/women").asInt()))
                .containsExactly(45, 20);
        assertThat(d.at("/reports/1/women_share").asDouble()).isEqualTo(0.44);
        assertThat(d.at("/reports/2/participants").asInt()).isEqualTo(60);
        assertThat(d.at("/reports/2/women").isNull()).isTrue();
        assertThat(d.at("/reports/3/participants").isNull()).isTrue();
        JsonNode t = d.at("/totals");
        assertThat(t.at("/participants").asInt()).isEqualTo(105);
        assertThat(t.at("/women").asInt()).isEqualTo(50);
        assertThat(t.at("/reports_with_participants_and_women").asInt()).isEqualTo(2);
        assertThat(t.at("/women_share").asDouble()).isEqualTo(0.48);
        assertThat(t.at("/gender_discussed").asInt()).isEqualTo(4);
        assertThat(t.at("/gender_discussed_share").asDouble()).isEqualTo(1.0);
        assertThat(t.at("/gender_answers_missing").asInt()).isEqualTo(2);
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("ws, \"1\".yaml");
        String report = Files.readString(Path.of("examples/reports/compliant.yaml"), StandardCharsets.UTF_8)
                .replace("session_title: \"Community Networks: Connecting the Next Billion\"",
                        "session_title: \"Networks, \\\"community\\\" ones:\\nthe next billion\"");
        Files.writeString(yaml, report, StandardCharsets.UTF_8);
        Cli c = Cli.run("summary", yaml.toString());
        assertThat(c.status()).as(c.err()).isZero();
        List<String> lines = c.out().lines().toList();
        assertThat(c.out()).startsWith(HEADER + "\r\n");
        assertThat(lines).hasSize(2);
        String path = yaml.toString().replace('\\', '/');
        assertThat(lines.get(1)).startsWith("\"" + path.replace("\"", "\"\"") + "\",igf-2017-workshop,"
                + "\"Networks, \"\"community\"\" ones: the next billion\",19 December 2017,");
        assertThat(lines.get(1)).endsWith(",yes");
    }

    @Test
    void aCsvFieldWithALineBreakIsQuoted() {
        assertThat(org.igfreport.internal.output.SummaryColumns.csv("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(org.igfreport.internal.output.SummaryColumns.csv("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(org.igfreport.internal.output.SummaryColumns.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(org.igfreport.internal.output.SummaryColumns.csv("a, b")).isEqualTo("\"a, b\"");
        assertThat(org.igfreport.internal.output.SummaryColumns.csv("plain")).isEqualTo("plain");
    }

    @Test
    void markdownIsATableAndTheTotals() {
        Cli c = Cli.run("summary", "--format", "markdown", "seeds");
        assertThat(c.status()).isZero();
        assertThat(c.out()).contains("| path | template | title |", "| seeds/000\\_b8681fb40b29323f.txt | igf-2016-workshop |",
                "- 5 reports, 1 complete (0.20)", "| section-missing | 7 |", "| igf-2016-workshop | 2 | 1 |");
    }

    @Test
    void theOutputFileIsWrittenAndAnUnknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("summary.html");
        Cli c = Cli.run("summary", "--format", "html", "-o", out.toString(), "seeds");
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).isEmpty();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"chart\"", "<table class=\"rows\">",
                "href=\"#report-3\"", "id=\"report-3\"")
                // self-contained: nothing loaded from elsewhere (the rules' pages are links a reader may follow)
                .doesNotContain("src=", "<link", "@import", "url(");
        Cli bad = Cli.run("summary", "--format", "sarif", "seeds");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("sarif", "csv, json, html, markdown");
        Cli none = Cli.run("summary", dir.resolve("nothing-here").toString());
        assertThat(none.status()).isEqualTo(2);
    }

    @Test
    void theConfigurationAndTemplateOptionsAreCheck(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "rules:\n  section-missing: off\n");
        JsonNode d = json("summary", "--format", "json", "--config", config.toString(), "--template",
                "igf-2016-workshop", "seeds/001_f98a95b21a8e4a3a.txt");
        assertThat(d.at("/totals/rules").has("section-missing")).isFalse();
        assertThat(d.at("/reports/0/template").asString()).isEqualTo("igf-2016-workshop");
    }
}
