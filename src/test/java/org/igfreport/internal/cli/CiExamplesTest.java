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
    /** A command line of the README, as arguments, with its files in {@code dir}. */
    private static List<String> readmeArgs(String line, Path dir) {
        String l = line.strip();
        l = l.substring(l.indexOf("check ")).replaceFirst("\\s+#.*$", "");
        List<String> args = new ArrayList<>();
        for (String a : l.split("\\s+")) {
            int eq = a.indexOf('=');
            if (a.equals("reports") || a.equals("reports/") || a.equals(".igf-report-baseline.json")) {
                a = dir.resolve(a).toString();
            } else if (eq > 0 && !a.startsWith("-")) {
                String name = a.substring(eq + 1).equals("$GITHUB_STEP_SUMMARY") ? "step-summary.md" : a.substring(eq + 1);
                a = a.substring(0, eq + 1) + dir.resolve(name);
            }
            args.add(a);
        }
        return args;
    }

    @Test
    void theReadmesBaselineWorkflowsRunAsWritten(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("## CI on a repository of reports");
        String section = readme.substring(from, readme.indexOf("\n## ", from + 1));
        List<String> lines = section.lines().filter(l -> l.contains("igf-report check ") || l.contains("igf-report.jar check "))
                .filter(l -> l.contains("baseline")).toList();
        List<String> writes = lines.stream().filter(l -> l.contains("--write-baseline")).toList();
        List<String> ci = lines.stream().filter(l -> l.contains("igf-report.jar check --baseline")).toList();
        assertThat(writes).hasSize(1);
        assertThat(ci).as("one for GitHub, one for GitLab").hasSize(2);
        assertThat(ci.get(0)).contains("--output github").contains("sarif=");
        assertThat(ci.get(1)).contains("codequality=").contains("junit=");
        for (Path r : Files.newDirectoryStream(CI.resolve("reports"))) {
            Files.copy(r, Files.createDirectories(dir.resolve("reports")).resolve(r.getFileName().toString()));
        }

        Cli accept = Cli.run(readmeArgs(writes.get(0), dir).toArray(String[]::new));
        assertThat(accept.status()).as(accept.err()).isZero();
        for (String line : ci) {
            Cli run = Cli.run(readmeArgs(line, dir).toArray(String[]::new));
            assertThat(run.status()).as(line + run.err()).isZero();
            assertThat(run.out()).endsWith("0 errors, 0 warnings, 0 infos in 2 reports\n");
        }
        assertThat(JsonMapper.shared().readTree(dir.resolve("gl-code-quality-report.json").toFile())).isEmpty();

        // a line above every finding, and one new problem: exactly one new finding, failing both jobs
        Path txt = dir.resolve("reports/ws-rights-based-cybersecurity.txt");
        Files.writeString(txt, "Draft 2\n\n" + Files.readString(txt));
        Path md = dir.resolve("reports/ws-community-networks.md");
        String text = Files.readString(md);
        String issue = "remain a barrier for small operators.";
        assertThat(text).contains(issue);
        Files.writeString(md, text.replace(issue, issue + " Fees should fall."));
        for (String line : ci) {
            Cli run = Cli.run(readmeArgs(line, dir).toArray(String[]::new));
            assertThat(run.status()).as(line + run.err()).isEqualTo(1);
            assertThat(run.out()).endsWith("1 error, 0 warnings, 0 infos in 2 reports\n");
        }
        assertThat(JsonMapper.shared().readTree(dir.resolve("gl-code-quality-report.json").toFile())).hasSize(1);
        assertThat(JsonMapper.shared().readTree(dir.resolve("igf-report.sarif").toFile()).at("/runs/0/results")).hasSize(1);
    }
}
