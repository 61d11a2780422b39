package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library used through its API in a fresh JVM ({@link ApiProbe}, with the built jar and the
 * test classes on the class path): an interrupted first read does not break later reads, and a
 * form-bomb PDF returns within its deadline (the reading thread stops; it is not abandoned); a
 * finding keeps its message key and arguments, and the jar's bundle formats them into its message.
 */
class ApiIT {

    @TempDir
    Path dir;

    @Test
    void interruptedFirstReadsAndAFormBombUnderADeadline() throws Exception {
        java.nio.file.Files.write(dir.resolve("first.pdf"), org.igfreport.internal.read.OfficeFixtures.pdf(
                org.igfreport.internal.read.OfficeFixtures.compliant(), true));
        java.nio.file.Files.write(dir.resolve("first.docx"), org.igfreport.internal.read.OfficeFixtures.docx(
                org.igfreport.internal.read.OfficeFixtures.compliant()));
        java.nio.file.Files.move(HostileFiles.formCycle(dir), dir.resolve("bomb.pdf"));
        Path jar = Path.of(System.getProperty("igf.jar", "target/igf-report.jar")).toAbsolutePath();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(javaBin.toString(), JarRun.HEAP, "-cp",
                jar + java.io.File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath(),
                ApiProbe.class.getName(), dir.toString()));
        Path log = dir.resolve("probe.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        boolean ended = p.waitFor(JarRun.HANG.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String out = java.nio.file.Files.size(log) > (1 << 20) ? "(over 1 MB of output)"
                : java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ended).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(line(out, "interrupted-pdf")).contains("cancelled");
        assertThat(line(out, "interrupted-docx")).contains("cancelled");
        assertThat(line(out, "flag-kept")).isEqualTo("true");
        assertThat(line(out, "later-pdf")).as(out).startsWith("igf-2017-workshop |");
        assertThat(line(out, "later-docx")).as(out).startsWith("igf-2017-workshop |");
        assertThat(line(out, "again-pdf")).as(out).startsWith("igf-2017-workshop |");
        assertThat(line(out, "bomb")).as(out).contains("--max-form-calls");
        assertThat(line(out, "deadline")).as(out).contains("took longer than 3 s");
        // stopped at the deadline (3 s), with room for a loaded machine, not after minutes
        assertThat(Long.parseLong(line(out, "deadline-millis"))).isLessThan(60_000);
        // a finding keeps its message key and arguments through the jar's public API
        assertThat(line(out, "message-key")).as(out).isEqualTo("sentences-per-item [Key issue, 1, 2, 1, issue, issues]");
        assertThat(line(out, "message-formats")).as(out).isEqualTo("true");
        assertThat(out).doesNotContain("recursion is too deep").doesNotContain("Exception");
    }

    private static String line(String out, String step) {
        return out.lines().filter(l -> l.startsWith(step + ": ")).map(l -> l.substring(step.length() + 2))
                .findFirst().orElse("(no line " + step + " in:\n" + out + ")");
    }
}
