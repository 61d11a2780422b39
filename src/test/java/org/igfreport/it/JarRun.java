package org.igfreport.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the built jar ({@code java -Xmx768m -jar target/igf-report.jar ARGS}) in a JVM of its
 * own, with its wall time and peak resident memory (the highest {@code VmHWM} seen in
 * {@code /proc}, polled while it runs; -1 where there is no /proc). A run that has not ended after
 * {@link #HANG} is killed: a guard against a hang, far beyond what a run takes on a loaded machine,
 * never a speed test.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 * @param time the wall time
 * @param peakRssKb the peak resident memory in KiB, or -1
 */
public record JarRun(int status, String out, String err, Duration time, long peakRssKb) {

    /** The heap the runs get, as the issue asks. */
    public static final String HEAP = "-Xmx768m";

    /** How long a run may take before it is killed as hung. */
    public static final Duration HANG = Duration.ofMinutes(10);

    /**
     * @param workDir the working folder of the run
     * @param args the arguments after {@code java -jar igf-report.jar}
     * @return what the run gave
     * @throws IOException when the jar cannot be started
     * @throws InterruptedException when interrupted
     */
    public static JarRun run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), List.of(), args);
    }

    /**
     * @param workDir the working folder of the run
     * @param env environment variables to set (LC_ALL, ...)
     * @param jvmOptions options for the JVM, before {@code -jar}
     * @param args the arguments after {@code java -jar igf-report.jar}
     * @return what the run gave
     * @throws IOException when the jar cannot be started
     * @throws InterruptedException when interrupted
     */
    public static JarRun run(Path workDir, java.util.Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("igf.jar", "target/igf-report.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run mvn package first");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), HEAP));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("igf-it-", ".out");
        Path err = Files.createTempFile("igf-it-", ".err");
        try {
            long start = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(env);
            Process p = pb.directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            p.getOutputStream().close();
            long peak = -1;
            Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, hwm(status));
                if (System.nanoTime() - start > HANG.toNanos()) {
                    p.destroyForcibly().waitFor();
                    break;
                }
            }
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            return new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), time, peak);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return -1;
    }

    /** @return the time and peak memory, for the figures table */
    public String figures() {
        return String.format(java.util.Locale.ROOT, "%.1f s | %s", time.toMillis() / 1000.0,
                peakRssKb < 0 ? "?" : (peakRssKb / 1024) + " MB");
    }
}
