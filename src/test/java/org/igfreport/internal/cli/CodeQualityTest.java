package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.igfreport.internal.output.Fingerprints;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --format codequality} writes GitLab's Code Quality report with the fields GitLab documents
 * (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"): an array of issues, each
 * with {@code description}, {@code check_name}, {@code fingerprint}, {@code severity} (info, minor,
 * major, critical or blocker), {@code location.path} and {@code location.lines.begin}.
 */
class CodeQualityTest {

    private static final String[] REPORTS = {"examples/office/defective.txt", "examples/office/table-defective.docx",
        "examples/office/defective.pdf"};

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.propertyNames().forEach(out::add);
        return out;
    }

    @Test
    void everyIssueHasGitLabsDocumentedFields() {
        Cli run = Cli.run(concat("check", "--format", "codequality"));
        assertThat(run.status()).as("the exit status does not depend on the format").isEqualTo(1);
        JsonNode issues = JsonMapper.shared().readTree(run.out());
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.size()).isEqualTo(18);
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode i : issues) {
            assertThat(names(i)).containsExactly("description", "check_name", "fingerprint", "severity", "location");
            assertThat(i.get("description").stringValue()).isNotBlank();
            assertThat(i.get("check_name").stringValue()).matches("[a-z-]+");
            assertThat(i.get("severity").stringValue()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(i.at("/location/path").stringValue()).startsWith("examples/office/");
            assertThat(i.at("/location/lines/begin").intValue()).isPositive();
            fingerprints.add(i.get("fingerprint").stringValue());
        }
        assertThat(fingerprints).as("GitLab shows one issue per fingerprint").hasSize(issues.size());
        JsonNode first = issues.get(0);
        assertThat(first.get("check_name").stringValue()).isEqualTo("section-empty");
        assertThat(first.get("severity").stringValue()).isEqualTo("major");
        assertThat(first.at("/location/lines/begin").intValue()).isEqualTo(7);
        assertThat(issues.get(2).get("severity").stringValue()).as("a warning").isEqualTo("minor");
    }

    @Test
    void theFingerprintIsSarifsWithThePath() {
        JsonNode issues = JsonMapper.shared().readTree(Cli.run(concat("check", "--format", "codequality")).out());
        JsonNode results = JsonMapper.shared().readTree(Cli.run(concat("check", "--format", "sarif")).out()).at("/runs/0/results");
        assertThat(results.size()).isEqualTo(issues.size());
        for (int n = 0; n < issues.size(); n++) {
            String path = issues.get(n).at("/location/path").stringValue();
            String sarif = results.get(n).at("/partialFingerprints/igfReport~1v2").stringValue();
            assertThat(issues.get(n).get("fingerprint").stringValue()).isEqualTo(Fingerprints.withPath(path, sarif));
        }
    }

    private static String[] concat(String... args) {
        String[] out = new String[args.length + REPORTS.length];
        System.arraycopy(args, 0, out, 0, args.length);
        System.arraycopy(REPORTS, 0, out, args.length, REPORTS.length);
        return out;
    }
}
