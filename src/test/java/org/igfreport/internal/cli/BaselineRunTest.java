package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a CI run says beside its findings: the summary's count of reports (the reports checked; the files
 * not checked that have findings named apart), the paths of files it did not check in the terms of the
 * command line, and an output it cannot write named as the user named it.
 */
class BaselineRunTest {

    @TempDir
    Path project;

    /** A baseline of one report, which is then deleted: its entries are stale, of a report not checked. */
    private Path staleBaseline(String reports) throws Exception {
        Path report = Files.createDirectories(project.resolve("reports")).resolve("ws.txt");
        Files.writeString(report, Files.readString(Path.of("examples/office/defective.txt")));
        Files.writeString(report.resolveSibling("ok.txt"), Files.readString(Path.of("examples/office/compliant.txt")));
        Path baseline = project.resolve("ci/baseline.json");
        assertThat(Cli.run("check", "-q", "--write-baseline", baseline.toString(), reports).status()).isZero();
        Files.delete(report);
        return baseline;
    }

    @Test
    void theSummaryCountsTheReportsCheckedAndNamesTheFilesNotCheckedApart() throws Exception {
        Path baseline = staleBaseline(project.resolve("reports").toString());
        Cli run = Cli.run("check", "--baseline", baseline.toString(), project.resolve("reports").toString());
        assertThat(run.out()).as(run.err()).contains("0 errors, 0 warnings, 6 infos in 1 report, and in 1 file not checked (");
        JsonNode json = JsonMapper.shared().readTree(Cli.run("check", "--format", "json", "--baseline", baseline.toString(),
                project.resolve("reports").toString()).out());
        assertThat(json.at("/summary/reports").asInt()).as("the reports checked").isEqualTo(1);
        assertThat(json.at("/reports").size()).isEqualTo(2);
        // the same in French
        assertThat(Cli.run("check", "--locale", "fr", "--baseline", baseline.toString(), project.resolve("reports").toString())
                .out()).contains("dans 1 rapport, et dans 1 fichier non vérifié (");
    }

    @Test
    void filesNotCheckedAreShownInTheTermsOfTheCommandLine() throws Exception {
        // the project outside the working folder, named by a relative path: ../../tmp/.../reports
        Path cwd = Path.of("").toAbsolutePath();
        String relative = cwd.relativize(project.resolve("reports")).toString();
        assertThat(relative).startsWith("..");
        Path baseline = staleBaseline(relative);
        Cli run = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), relative);
        JsonNode reports = JsonMapper.shared().readTree(run.out()).at("/reports");
        assertThat(reports.get(0).at("/path").asString()).isEqualTo(relative + "/ok.txt");
        assertThat(reports.get(1).at("/path").asString()).as("as the report checked beside it").isEqualTo(relative + "/ws.txt");
        // named absolute, shown absolute, as the reports checked are
        Cli abs = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), project.resolve("reports").toString());
        assertThat(JsonMapper.shared().readTree(abs.out()).at("/reports/1/path").asString())
                .isEqualTo(project.resolve("reports/ws.txt").toString().replace('\\', '/'));
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamedAsTheUserNamedIt() {
        // a folder nobody may create files in, whoever runs the test (root too): sysfs
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys), "a Linux sysfs");
        Cli run = Cli.run("check", "--output", "json=" + sys.resolve("igf-report-out.json"), "seeds/002_ea2340172add3216.txt");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("igf-report-out.json").doesNotContain(".tmp").doesNotContain("Exception");
    }
}
