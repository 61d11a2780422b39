package org.igfreport.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * {@code java -jar target/igf-report.jar serve --port 0 ARGS} in a JVM of its own, in a working
 * folder: the address it prints, its request log (standard error), and a stop by SIGTERM.
 */
final class ServeProcess implements AutoCloseable {

    /** How long the address line may take: a guard against a hang, far over a loaded machine's start. */
    static final Duration WAIT = Duration.ofMinutes(2);

    private final Process process;
    private final URI address;
    private final Path err;

    private ServeProcess(Process process, URI address, Path err) {
        this.process = process;
        this.address = address;
        this.err = err;
    }

    /**
     * Starts the server and waits (at most {@link #WAIT}) for the line with its address.
     *
     * @param dir the working folder
     * @param args more arguments after {@code serve --port 0}
     */
    static ServeProcess start(Path dir, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("igf.jar", "target/igf-report.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run mvn package first");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), JarRun.HEAP, "-jar", jar.toString(), "serve", "--port", "0"));
        cmd.addAll(List.of(args));
        return start(dir, cmd, WAIT);
    }

    /**
     * Starts a command and waits at most {@code wait} for a line with an address on its standard output (the
     * rest of that output is drained). A process that prints none in time, or ends first, is killed, and the
     * test fails with its standard error.
     *
     * @param dir the working folder
     * @param cmd the command
     * @param wait how long the line may take
     */
    static ServeProcess start(Path dir, List<String> cmd, Duration wait) throws IOException, InterruptedException {
        Path err = Files.createTempFile(dir, "serve-", ".err");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String line;
        try {
            line = firstLine(p.getInputStream(), l -> l.contains("http://"), wait);
        } catch (TimeoutException e) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("serve printed no address within " + wait + "; stderr: " + Files.readString(err));
        }
        if (line == null) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("serve ended without an address; stderr: " + Files.readString(err));
        }
        int at = line.indexOf("http://");
        int end = line.indexOf(' ', at);
        URI address = URI.create(end < 0 ? line.substring(at) : line.substring(at, end));
        return new ServeProcess(p, address, err);
    }

    /**
     * Reads a process's output on a thread of its own to its end (so that the process never blocks on it), and
     * waits at most {@code wait} for its first line that matches.
     *
     * @return the line, or {@code null} when the output ended without one
     * @throws TimeoutException when no line matched in time
     */
    static String firstLine(InputStream output, Predicate<String> match, Duration wait)
            throws InterruptedException, TimeoutException {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (!found.isDone() && match.test(l)) {
                        found.complete(l);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            found.complete(null);
        }, "process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** @return the server's address, e.g. {@code http://127.0.0.1:41234/} */
    URI address() {
        return address;
    }

    /** @return an address on the server */
    URI at(String path) {
        return address.resolve(path);
    }

    /** @return the request log so far (standard error) */
    String log() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** @return the process */
    Process process() {
        return process;
    }

    /**
     * Sends SIGTERM and waits for the process to end.
     *
     * @return the exit status, or -1 when it did not end within 2 minutes (then it is killed)
     */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
    }
}
