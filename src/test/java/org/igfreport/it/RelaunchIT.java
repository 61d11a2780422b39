package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A folder check started with a plain {@code java -jar} runs in a second, tuned JVM
 * ({@code cli/Relauncher}); it must give exactly what the first JVM gives: the same output, the
 * same exit status, the same one-line errors.
 */
class RelaunchIT {

    private record Result(int status, String out, String err) {
    }

    private static Result run(boolean relaunch, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("igf.jar", "target/igf-report.jar")).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        if (!relaunch) {
            pb.environment().put("IGF_REPORT_NO_RELAUNCH", "1");
        }
        Path out = Files.createTempFile("igf-relaunch-", ".out");
        Path err = Files.createTempFile("igf-relaunch-", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aFolderCheckGivesTheSameInTheTunedJvm() throws Exception {
        for (String[] args : List.of(
                new String[] {"check", "--format", "json", "seeds", "examples"},
                new String[] {"check", "--format", "sarif", "--fail-on", "never", "examples/shapes"},
                new String[] {"check", "seeds", "no/such/folder"})) {
            Result tuned = run(true, args);
            Result plain = run(false, args);
            assertThat(tuned.status()).as(String.join(" ", args)).isEqualTo(plain.status());
            assertThat(tuned.out()).as(String.join(" ", args)).isEqualTo(plain.out());
            assertThat(tuned.err()).isEqualTo(plain.err());
        }
    }
}
