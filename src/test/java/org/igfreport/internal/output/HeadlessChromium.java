package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Chromium for the browser tests of the HTML pages (check's and summary's): found, started, read. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** @return the Chromium to use ({@code CHROMIUM}, else the usual places), or {@code null} when none is installed */
    static Path find() {
        String env = System.getenv("CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /**
     * @param chromium the browser
     * @param dir a folder of the test's own (the browser's profile goes there)
     * @param extra the command's own arguments
     * @return a headless command line that reaches no network service of its own accord
     */
    static List<String> command(Path chromium, Path dir, String... extra) {
        List<String> c = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        c.addAll(List.of(extra));
        return c;
    }

    /**
     * Runs a command in {@code dir}, at most 5 minutes (a guard against a hang, not a speed test: Chromium is
     * slow to start on a loaded machine).
     *
     * @return its standard output and standard error
     */
    static String[] run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("chromium finished").isTrue();
        return new String[] {Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)};
    }
}
