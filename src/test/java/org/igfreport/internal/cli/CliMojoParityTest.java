package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.igfreport.internal.maven.CheckMojo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line and the Maven goal share one batch path: on the same folder and configuration
 * they check the same files (project documents and hidden files left out by both, the user's own
 * template applied by both) and give the same findings; both list the user's template.
 */
class CliMojoParityTest {

    @TempDir
    Path project;

    @Test
    void theCommandLineAndTheMavenGoalGiveTheSameFindingsOnTheSameFolder() throws Exception {
        Path reports = Files.createDirectories(project.resolve("reports"));
        Files.createDirectories(reports.resolve("club"));
        Files.createDirectories(reports.resolve(".drafts"));
        Files.createDirectories(project.resolve("templates"));
        Files.copy(Path.of("src/it/custom-template/templates/club-2024.yaml"), project.resolve("templates/club-2024.yaml"));
        Files.copy(Path.of("src/it/custom-template/reports/meetup.txt"), reports.resolve("club/meetup.txt"));
        Files.copy(Path.of("seeds/002_ea2340172add3216.txt"), reports.resolve("002.txt"));
        Files.copy(Path.of("seeds/003_04693b15ff054809.txt"), reports.resolve("003.txt"));
        Files.copy(Path.of("seeds/002_ea2340172add3216.txt"), reports.resolve(".drafts/hidden.txt"));
        Files.writeString(reports.resolve("README.md"), "# Reports\n\nThe workshop reports of 2017.\n");
        Files.writeString(reports.resolve("CHANGELOG.md"), "# Changes\n\n- added 002\n");
        Path config = Files.writeString(project.resolve("igf.yaml"), """
                templates:
                  "reports/club/**": templates/club-2024.yaml
                rules:
                  paragraph-count: off
                exclude:
                  - "003.txt"
                fail-on: warning
                """);

        Cli cli = Cli.run("check", "--format", "html", "--config", config.toString(), reports.toString());
        Cli cliJson = Cli.run("check", "--format", "json", "--config", config.toString(), reports.toString());
        assertThat(cliJson.status()).as(cliJson.err()).isEqualTo(1);

        Path out = project.resolve("target/out.json");
        CheckMojo mojo = new CheckMojo();
        set(mojo, "basedir", project.toFile());
        set(mojo, "reportsDirectory", reports.toFile());
        set(mojo, "configFile", config.toFile());
        set(mojo, "format", "json");
        set(mojo, "outputFile", out.toFile());
        boolean failed = false;
        try {
            mojo.execute();
        } catch (MojoFailureException e) {
            failed = true;
        }
        assertThat(failed).as("fail-on: warning fails the goal as it gives exit status 1").isTrue();

        Map<String, JsonNode> fromCli = byName(JsonMapper.shared().readTree(cliJson.out()));
        Map<String, JsonNode> fromMojo = byName(JsonMapper.shared().readTree(Files.readString(out)));
        assertThat(fromCli.keySet()).containsExactly("002.txt", "club/meetup.txt");
        assertThat(fromMojo.keySet()).isEqualTo(fromCli.keySet());
        for (String name : fromCli.keySet()) {
            assertThat(fromMojo.get(name).at("/template")).as(name).isEqualTo(fromCli.get(name).at("/template"));
            assertThat(fromMojo.get(name).at("/findings")).as(name).isEqualTo(fromCli.get(name).at("/findings"));
            assertThat(fromMojo.get(name).at("/sections")).as(name).isEqualTo(fromCli.get(name).at("/sections"));
        }
        assertThat(fromCli.get("club/meetup.txt").at("/template").stringValue()).isEqualTo("club-2024-meetup");

        // the user's own template is listed in both outputs (the HTML lists each template's sections)
        set(mojo, "format", "html");
        Path html = project.resolve("target/out.html");
        set(mojo, "outputFile", html.toFile());
        try {
            mojo.execute();
        } catch (MojoFailureException e) {
            // as above
        }
        assertThat(cli.out()).contains("club-2024-meetup");
        assertThat(Files.readString(html)).contains("club-2024-meetup");
    }

    @Test
    void theBaselineParametersWriteAndReadTheSameBaselineAsTheCommandLine() throws Exception {
        Path reports = Files.createDirectories(project.resolve("reports"));
        Files.copy(Path.of("examples/office/defective.txt"), reports.resolve("ws.txt"));
        Files.copy(Path.of("examples/office/table-defective.docx"), reports.resolve("ws.docx"));
        Path fromCli = project.resolve("cli-baseline.json");
        Path fromMojo = project.resolve("mojo-baseline.json");
        assertThat(Cli.run("check", "-q", "--write-baseline", fromCli.toString(), reports.toString()).status()).isZero();

        CheckMojo mojo = new CheckMojo();
        set(mojo, "basedir", project.toFile());
        set(mojo, "outputFile", project.resolve("target/out.json").toFile());
        set(mojo, "format", "json");
        set(mojo, "writeBaseline", fromMojo.toFile());
        mojo.execute(); // writing a baseline never fails the build
        assertThat(Files.readString(fromMojo)).isEqualTo(Files.readString(fromCli)).contains("\"path\": \"reports/ws.docx\"");

        Files.writeString(reports.resolve("ws.txt"), Files.readString(reports.resolve("ws.txt"))
                .replace("Peter Smith\n", "Peter Smith, University of Oxford\n\nJohn Roe\n"));
        set(mojo, "writeBaseline", null);
        set(mojo, "baseline", fromMojo.toFile());
        set(mojo, "failOn", "warning");
        boolean failed = false;
        try {
            mojo.execute();
        } catch (MojoFailureException e) {
            failed = true;
        }
        assertThat(failed).as("John Roe is a new warning").isTrue();
        Cli cli = Cli.run("check", "--format", "json", "--baseline", fromCli.toString(), reports.toString());
        Map<String, JsonNode> byCli = byName(JsonMapper.shared().readTree(cli.out()));
        Map<String, JsonNode> byMojo = byName(JsonMapper.shared().readTree(Files.readString(project.resolve("target/out.json"))));
        assertThat(byMojo.get("ws.txt").at("/findings")).isEqualTo(byCli.get("ws.txt").at("/findings"));
        java.util.List<String> rules = new java.util.ArrayList<>();
        byCli.get("ws.txt").at("/findings").forEach(f -> rules.add(f.get("rule").stringValue()));
        assertThat(rules).containsExactlyInAnyOrder("speaker-affiliation", "baseline-stale");
        assertThat(byCli.get("ws.docx").at("/findings")).isEmpty();
    }

    @Test
    void bothWriteSeveralOutputsInOneRunAndFindTheConfigurationUpToTheRepositoryRoot() throws Exception {
        Files.createDirectories(project.resolve(".git"));
        Path reports = Files.createDirectories(project.resolve("reports/2017"));
        Files.copy(Path.of("seeds/002_ea2340172add3216.txt"), reports.resolve("002.txt"));
        Files.writeString(project.resolve(".igf-report.yaml"), "rules:\n  gender-summary: off\n");

        Path cliOut = Files.createDirectories(project.resolve("cli"));
        Cli cli = Cli.run("check", "--output", "sarif=" + cliOut.resolve("r.sarif"), "--output",
                "markdown=" + cliOut.resolve("r.md"), "--output", "json=" + cliOut.resolve("r.json"), reports.toString());
        assertThat(cli.status()).as(cli.err()).isEqualTo(1);

        CheckMojo mojo = new CheckMojo();
        set(mojo, "basedir", project.toFile());
        set(mojo, "reportsDirectory", reports.toFile());
        set(mojo, "format", "json");
        set(mojo, "outputFile", project.resolve("target/r.json").toFile());
        set(mojo, "outputs", java.util.List.of("sarif=target/r.sarif", "markdown=target/r.md"));
        try {
            mojo.execute();
        } catch (MojoFailureException e) {
            // errors fail the goal, as they give exit status 1
        }
        for (String name : java.util.List.of("r.sarif", "r.md", "r.json")) {
            assertThat(Files.isRegularFile(project.resolve("target").resolve(name))).as(name).isTrue();
        }
        JsonNode a = JsonMapper.shared().readTree(cliOut.resolve("r.json").toFile()).at("/reports/0/findings");
        JsonNode b = JsonMapper.shared().readTree(project.resolve("target/r.json").toFile()).at("/reports/0/findings");
        assertThat(b).isEqualTo(a);
        assertThat(a.toString()).as("the configuration above the reports was read").doesNotContain("gender-summary");
        assertThat(JsonMapper.shared().readTree(project.resolve("target/r.sarif").toFile()).at("/runs/0/results").size())
                .isEqualTo(a.size());
        assertThat(Files.readString(project.resolve("target/r.md"))).contains("| Rule |");

        set(mojo, "outputs", java.util.List.of("sarif"));
        try {
            mojo.execute();
            org.assertj.core.api.Assertions.fail("an output without a file is refused");
        } catch (org.apache.maven.plugin.MojoExecutionException e) {
            assertThat(e.getMessage()).contains("FORMAT=FILE");
        }
    }

    @Test
    void aTimeLimitBelowOneSecondReadsTheSameInBoth() {
        assertThat(org.igfreport.internal.read.Unreadable.duration(java.time.Duration.ofMillis(500))).isEqualTo("500 ms");
        assertThat(org.igfreport.internal.read.Unreadable.duration(java.time.Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(org.igfreport.internal.read.Unreadable.duration(java.time.Duration.ofSeconds(30))).isEqualTo("30 s");
    }

    private static Map<String, JsonNode> byName(JsonNode json) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : json.at("/reports")) {
            String path = r.at("/path").stringValue();
            out.put(path.substring(path.indexOf("reports/") + "reports/".length()), r);
        }
        return out;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = CheckMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
