package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The CI examples run: every igf-report command in them, on the sample folder, through the real CLI. */
class CiExamplesTest {

    private static final Path CI = Path.of("examples/ci");

    /** The igf-report commands of a CI file, as argument lists, with reports/ pointing at the sample. */
    private static List<List<String>> commands(String file, Path out) throws Exception {
        JsonNode root = YAMLMapper.builder().build().readTree(CI.resolve(file).toFile());
        List<String> runs = new ArrayList<>();
        collect(root, runs);
        List<List<String>> out2 = new ArrayList<>();
        for (String run : runs) {
            for (String line : run.split("\n")) {
                String l = line.strip();
                if (l.startsWith("java -jar igf-report.jar ")) {
                    List<String> args = new ArrayList<>();
                    for (String a : l.substring("java -jar igf-report.jar ".length()).split("\\s+")) {
                        int eq = a.indexOf('=');
                        if (a.equals("reports/")) {
                            a = CI.resolve("reports").toString();
                        } else if (eq > 0 && !a.startsWith("-")) {
                            // --output FORMAT=FILE: the file in the test's folder (the step summary's too)
                            String name = a.substring(eq + 1).equals("$GITHUB_STEP_SUMMARY") ? "step-summary.md" : a.substring(eq + 1);
                            a = a.substring(0, eq + 1) + out.resolve(name);
                        }
                        args.add(a);
                    }
                    out2.add(args);
                }
            }
        }
        return out2;
    }

    private static void collect(JsonNode n, List<String> runs) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if ((e.getKey().equals("run") || e.getKey().equals("script")) && e.getValue().isString()) {
                    runs.add(e.getValue().asString());
                }
                collect(e.getValue(), runs);
            });
        } else if (n.isArray()) {
            n.forEach(x -> {
                if (x.isString()) {
                    runs.add(x.asString());
                }
                collect(x, runs);
            });
        }
    }

    @Test
    void theGithubWorkflowChecksOnceAnnotatesWritesSarifAndASummary(@TempDir Path out) throws Exception {
        assertThat(Files.readString(CI.resolve("github-actions.yml"))).contains("github/codeql-action/upload-sarif@v4")
                .doesNotContain("upload-sarif@v3");
        List<List<String>> cmds = commands("github-actions.yml", out);
        assertThat(cmds).as("one run writes every output").hasSize(1);
        Cli run = Cli.run(cmds.get(0).toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.startsWith("::"))).hasSize(4)
                .anyMatch(l -> l.startsWith("::error file=examples/ci/reports/ws-rights-based-cybersecurity.txt,line=35,"));
        JsonNode doc = JsonMapper.shared().readTree(out.resolve("igf-report.sarif").toFile());
        assertThat(doc.at("/version").asString()).isEqualTo("2.1.0");
        assertThat(doc.at("/runs/0/results").size()).isEqualTo(4);
        String summary = Files.readString(out.resolve("step-summary.md"));
        assertThat(summary).startsWith("## igf-report: ").contains("| Rule |")
                .contains("| examples/ci/reports/ws-rights-based-cybersecurity.txt | igf-2017-workshop | 2 | 2 | 0 |");
    }

    @Test
    void theGitlabJobChecksOnceForCodeQualityAndJunit(@TempDir Path out) throws Exception {
        List<List<String>> cmds = commands("gitlab-ci.yml", out);
        assertThat(cmds).as("one run writes every output").hasSize(1);
        List<String> args = new ArrayList<>(cmds.get(0));
        boolean codequality = org.igfreport.internal.output.Format.of("codequality").isPresent();
        if (!codequality) {
            // the codequality format comes with the baseline work (another branch): until then its output is left out
            int i = args.indexOf(args.stream().filter(a -> a.startsWith("codequality=")).findFirst().orElseThrow());
            args.remove(i);
            args.remove(i - 1);
        }
        Cli junit = Cli.run(args.toArray(String[]::new));
        assertThat(junit.status()).as(junit.err()).isEqualTo(1);
        Path xml = out.resolve("igf-report-junit.xml");
        assertThat(Files.isRegularFile(xml)).isTrue();
        var dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        var suites = dom.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            failures += Integer.parseInt(((org.w3c.dom.Element) suites.item(i)).getAttribute("failures"));
        }
        assertThat(failures).isEqualTo(1);
        if (codequality) {
            JsonNode report = JsonMapper.shared().readTree(out.resolve("gl-code-quality-report.json").toFile());
            assertThat(report.isArray()).isTrue();
            assertThat(report.size()).isEqualTo(4);
        }
    }
}
