package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution the build leaves in {@code target/igf-report/}: its launcher prints what
 * {@code java -jar target/igf-report.jar} prints, nothing reaches standard error for ordinary
 * files of every kind (neither from the jar nor from the launcher), and a file name that is not
 * ASCII is read under {@code LC_ALL=C}.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {

    private static final List<String> ORDINARY = List.of("examples/office/compliant.docx", "examples/office/compliant.pdf",
            "examples/office/table-defective.docx", "examples/office/table-defective.pdf",
            "examples/reports/compliant.yaml", "examples/reports/defective.json", "examples/shapes/report.md",
            "seeds/002_ea2340172add3216.txt");

    private record Result(int status, String out, String err) {
    }

    private static Path launcher() {
        Path dist = Path.of(System.getProperty("igf.dist", "target/igf-report")).toAbsolutePath();
        Path bin = dist.resolve("bin/igf-report");
        assertThat(bin).as("run mvn package first").isExecutable();
        return bin;
    }

    private static Result launch(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("igf-dist-", ".out");
        Path err = Files.createTempFile("igf-dist-", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            assertThat(p.waitFor(JarRun.HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The launcher's run printed what the jar's printed: standard output, standard error, exit status. */
    private static void assertSameAs(JarRun jar, Result dist, String what) {
        assertThat(dist.out()).as(what).isEqualTo(jar.out());
        assertThat(dist.err()).as(what).isEqualTo(jar.err());
        assertThat(dist.status()).as(what).isEqualTo(jar.status());
    }

    @Test
    void theLauncherPrintsWhatTheJarPrints() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        for (String[] args : List.of(new String[] {"check", "seeds/"},
                new String[] {"check", "--format", "json", "seeds", "examples/office"},
                new String[] {"check", "seeds", "no/such/folder"})) {
            JarRun jar = JarRun.run(here, args);
            Result dist = launch(here, Map.of(), args);
            String what = String.join(" ", args);
            assertSameAs(jar, dist, what);
        }
    }

    /**
     * A check of text or Markdown files named one by one maps the smaller archive (the classes such a check
     * loads), anything else the whole one; both print what the jar prints. Java names the archive it opened in
     * its {@code cds} log, which {@code IGF_REPORT_OPTS} turns on (after the launcher's {@code -Xlog:cds=off}).
     */
    @Test
    void aCheckOfTextFilesMapsTheSmallerArchive(@TempDir Path logs) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        Map<List<String>, String> expected = new java.util.LinkedHashMap<>();
        expected.put(List.of("check", "seeds/002_ea2340172add3216.txt"), "igf-report-text.jsa");
        expected.put(List.of("check", "--format", "json", "--fail-on", "never", "seeds/002_ea2340172add3216.txt",
                "examples/shapes/report.md"), "igf-report-text.jsa");
        expected.put(List.of("check", "seeds"), "igf-report.jsa");
        expected.put(List.of("check", "seeds/002_ea2340172add3216.txt", "examples/office/compliant.docx"), "igf-report.jsa");
        expected.put(List.of("check", "examples/reports/compliant.yaml"), "igf-report.jsa");
        expected.put(List.of("rules"), "igf-report.jsa");
        int n = 0;
        for (Map.Entry<List<String>, String> e : expected.entrySet()) {
            String[] args = e.getKey().toArray(String[]::new);
            Path log = logs.resolve("cds-" + n++ + ".log");
            Result dist = launch(here, Map.of("IGF_REPORT_OPTS", "-Xlog:cds=info:file=" + log), args);
            String what = String.join(" ", args);
            assertThat(Files.readString(log)).as(what).contains("Opened archive ").containsPattern(
                    "Opened archive [^\\n]*[/\\\\]" + java.util.regex.Pattern.quote(e.getValue()) + "\\.?\\s");
            JarRun jar = JarRun.run(here, args);
            assertSameAs(jar, dist, what);
        }
    }

    /**
     * Where the kernel hands out transparent huge pages on request (mode {@code madvise}, or {@code always}), the
     * launcher asks Java for them; where it does not ({@code never}, or no such kernel), it does not ask, since Java
     * would print a warning on standard output. Java's {@code pagesize} log, turned on by {@code IGF_REPORT_OPTS}
     * (after the launcher's {@code -Xlog:pagesize=off}), says what it was given. The output is the jar's either way.
     */
    @Test
    void hugePagesAreAskedForWhereTheKernelOffersThem(@TempDir Path logs) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(mode)
                && (Files.readString(mode).contains("[madvise]") || Files.readString(mode).contains("[always]"));
        Path log = logs.resolve("pagesize.log");
        String[] args = {"check", "seeds/002_ea2340172add3216.txt"};
        Result dist = launch(here, Map.of("IGF_REPORT_OPTS", "-Xlog:pagesize=info:file=" + log), args);
        // Java names the flag in its log only when large pages are on
        if (offered) {
            assertThat(Files.readString(log)).as("Java's pagesize log").contains("UseTransparentHugePages=1");
        } else {
            assertThat(Files.readString(log)).as("Java's pagesize log").doesNotContain("UseTransparentHugePages=1");
        }
        JarRun jar = JarRun.run(here, args);
        assertSameAs(jar, dist, String.join(" ", args));
    }

    @Test
    void ordinaryFilesPrintNothingOnStandardError() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        for (String file : ORDINARY) {
            JarRun jar = JarRun.run(here, "check", file);
            assertThat(jar.err()).as("java -jar: " + file).isEmpty();
            assertThat(jar.out()).as(file).contains("in 1 report");
        }
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(ORDINARY);
        Result dist = launch(here, Map.of(), all.toArray(String[]::new));
        assertThat(dist.out()).contains("in 8 reports");
        assertThat(dist.err()).as("bin/igf-report").isEmpty();
    }

    @Test
    void aNonAsciiFileNameIsReadUnderTheCLocale(@TempDir Path dir) throws Exception {
        Path seed = Path.of("seeds/002_ea2340172add3216.txt").toAbsolutePath();
        Files.copy(seed, dir.resolve("rapport-été-2017.txt"));
        Result r = launch(dir, Map.of("LC_ALL", "C", "LANG", "C"), "check", ".");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("rapport-été-2017.txt:35:1: error [sentences-per-item]");
        assertThat(r.status()).isEqualTo(1);
    }
}
