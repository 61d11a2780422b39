package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.igfreport.internal.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML page for the seeds, opened in a real headless Chromium (Debian's {@code chromium},
 * installed by {@code .ci/run}): it loads without console errors, every finding is on the
 * rendered page, and a screenshot is taken and checked. Skipped, saying so, where no Chromium is
 * installed.
 */
class HtmlBrowserTest {

    private static Path chromium() {
        String env = System.getenv("CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isIn(0, 1);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String[] run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("chromium finished").isTrue();
        return new String[] {Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)};
    }

    private static List<String> chrome(Path chromium, Path dir, String... extra) {
        List<String> c = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        c.addAll(List.of(extra));
        return c;
    }

    @Test
    void thePageForTheSeedsRendersEveryFindingAndScreenshots(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no Chromium installed (apt-get install chromium); .ci/run installs it");
        Path page = dir.resolve("seeds.html");
        cli("check", "--format", "html", "-o", page.toString(), "seeds");
        JsonNode json = JsonMapper.shared().readTree(cli("check", "--format", "json", "seeds"));

        String[] dom = run(dir, chrome(chromium, dir, "--dump-dom", page.toUri().toString()));
        assertThat(dom[1]).doesNotContain("ERROR:CONSOLE", "Uncaught");
        String rendered = dom[0].replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">");
        int findings = 0;
        for (JsonNode report : json.at("/reports")) {
            assertThat(rendered).contains(report.at("/path").asString());
            for (JsonNode f : report.at("/findings")) {
                assertThat(rendered).as(f.toString()).contains(f.at("/message").asString()).contains(f.at("/rule").asString());
                findings++;
            }
        }
        assertThat(findings).isGreaterThanOrEqualTo(14);

        Path shot = dir.resolve("seeds.png");
        run(dir, chrome(chromium, dir, "--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + shot,
                page.toUri().toString()));
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(40_000);
        try (InputStream in = Files.newInputStream(shot); DataInputStream d = new DataInputStream(in)) {
            byte[] sig = d.readNBytes(8);
            assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            d.readInt();
            assertThat(new String(d.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            assertThat(d.readInt()).isEqualTo(1280);
            assertThat(d.readInt()).isEqualTo(2400);
        }
        Path keep = Path.of("target", "html-screenshot.png");
        Files.createDirectories(keep.getParent());
        Files.copy(shot, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
