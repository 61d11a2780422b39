package org.igfreport.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/igf-report.jar serve --port 0 ARGS} in a JVM of its own, in a working
 * folder: the address it prints, its request log (standard error), and a stop by SIGTERM.
 */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final URI address;
    private final Path err;

    private ServeProcess(Process process, URI address, Path err) {
        this.process = process;
        this.address = address;
        this.err = err;
    }

    /**
     * Starts the server and waits (at most 2 minutes) for the line with its address.
     *
     * @param dir the working folder
     * @param args more arguments after {@code serve --port 0}
     */
    static ServeProcess start(Path dir, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("igf.jar", "target/igf-report.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run mvn package first");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), JarRun.HEAP, "-jar", jar.toString(), "serve", "--port", "0"));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "serve-", ".err");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.contains("http://")) {
            p.destroyForcibly();
            throw new IllegalStateException("serve printed " + line + "; stderr: " + Files.readString(err));
        }
        int at = line.indexOf("http://");
        int end = line.indexOf(' ', at);
        URI address = URI.create(end < 0 ? line.substring(at) : line.substring(at, end));
        // the rest of standard output is not read again: drain it so the server never blocks on it
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(Writer.NULL);
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new ServeProcess(p, address, err);
    }

    /** A sink for what is drained. */
    private static final class Writer {
        static final java.io.Writer NULL = java.io.Writer.nullWriter();
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
