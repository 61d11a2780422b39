package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden tests: every report under {@code seeds/} and {@code examples/} that has an
 * {@code expected.json} beside it is checked, and its findings compared with a reviewer's, with
 * the same semantics as the acceptance check: every required finding present (at its severity
 * and line where given), nothing else at warning or error but the optional ones, the template
 * and the exit status as expected.
 */
class GoldenTest {

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    @TestFactory
    Stream<DynamicTest> goldenReports() throws IOException {
        List<Path> specs = new ArrayList<>();
        for (String root : List.of("seeds", "examples")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(p -> p.getFileName().toString().equals("expected.json")).sorted().forEach(specs::add);
                }
            }
        }
        assertThat(specs).as("expectation files").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder().build();
        for (Path spec : specs) {
            JsonNode root = mapper.readTree(spec.toFile());
            for (JsonNode c : root.get("cases")) {
                // as the acceptance check: relative to the repository when it exists there, else to the spec's folder
                Path named = Path.of(c.get("file").asString());
                Path file = Files.exists(named) ? named : spec.getParent().resolve(named);
                tests.add(DynamicTest.dynamicTest(file.toString(), () -> check(file, c)));
            }
        }
        return tests.stream();
    }

    private static void check(Path file, JsonNode c) {
        ReportResult r = Pipeline.noInternalError(VALIDATOR.validate(file));
        List<String> problems = new ArrayList<>();
        JsonNode wantTemplate = c.get("template");
        if (wantTemplate != null && !(wantTemplate.isString() && wantTemplate.asString().equals("any"))) {
            List<String> ok = new ArrayList<>();
            if (wantTemplate.isArray()) {
                wantTemplate.forEach(t -> ok.add(t.isNull() ? null : t.asString()));
            } else {
                ok.add(wantTemplate.isNull() ? null : wantTemplate.asString());
            }
            if (!ok.contains(r.template())) {
                problems.add("template " + r.template() + ", expected " + ok);
            }
        }
        if (c.has("exit")) {
            int exit = r.failsAt(Severity.ERROR) ? 1 : 0;
            if (exit != c.get("exit").asInt()) {
                problems.add("exit " + exit + ", expected " + c.get("exit").asInt());
            }
        }
        List<Finding> pool = new ArrayList<>(r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        for (JsonNode want : c.path("required")) {
            Finding match = null;
            for (Finding f : pool) {
                if (!f.rule().equals(want.get("rule").asString()) || !eq(f.section(), want.get("section"))) {
                    continue;
                }
                if (want.has("severity") && !f.severity().id().equals(want.get("severity").asString())) {
                    continue;
                }
                if (want.has("line") && f.location().line() != want.get("line").asInt()) {
                    continue;
                }
                match = f;
                break;
            }
            if (match == null) {
                problems.add("missing " + want);
            } else {
                pool.remove(match);
            }
        }
        if (!c.path("lenient").asBoolean(false)) {
            List<JsonNode> optional = new ArrayList<>();
            c.path("optional").forEach(optional::add);
            for (Finding f : pool) {
                JsonNode allowed = null;
                for (JsonNode o : optional) {
                    if (o.get("rule").asString().equals(f.rule()) && eq(f.section(), o.get("section"))) {
                        allowed = o;
                        break;
                    }
                }
                if (allowed != null) {
                    optional.remove(allowed);
                } else {
                    problems.add("unexpected " + f.severity().id() + " " + f.rule() + " on " + f.section() + " at line "
                            + f.location().line() + ": " + f.message());
                }
            }
        }
        assertThat(problems).as(file + " findings: " + r.findings()).isEmpty();
    }

    private static boolean eq(String section, JsonNode want) {
        if (want == null || want.isNull()) {
            return section == null;
        }
        return want.asString().equals(section);
    }
}
