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
                        if (a.equals("reports/")) {
                            a = CI.resolve("reports").toString();
                        } else if (a.endsWith(".sarif") || a.endsWith(".xml")) {
                            a = out.resolve(a).toString();
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
    void theGithubWorkflowUploadsValidSarifAndAnnotates(@TempDir Path out) throws Exception {
        List<List<String>> cmds = commands("github-actions.yml", out);
        assertThat(cmds).hasSize(2);
        Cli sarif = Cli.run(cmds.get(0).toArray(String[]::new));
        assertThat(sarif.status()).as(sarif.err()).isZero();
        JsonNode doc = JsonMapper.shared().readTree(out.resolve("igf-report.sarif").toFile());
        assertThat(doc.at("/version").asString()).isEqualTo("2.1.0");
        assertThat(doc.at("/runs/0/results").size()).isEqualTo(4);
        Cli github = Cli.run(cmds.get(1).toArray(String[]::new));
        assertThat(github.status()).isEqualTo(1);
        assertThat(github.out().lines().filter(l -> l.startsWith("::"))).hasSize(4)
                .anyMatch(l -> l.startsWith("::error file=examples/ci/reports/ws-rights-based-cybersecurity.txt,line=35,"));
    }

    @Test
    void theGitlabJobWritesAJunitReport(@TempDir Path out) throws Exception {
        List<List<String>> cmds = commands("gitlab-ci.yml", out);
        assertThat(cmds).hasSize(1);
        Cli junit = Cli.run(cmds.get(0).toArray(String[]::new));
        assertThat(junit.status()).isEqualTo(1);
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
    }
}
