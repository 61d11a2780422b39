package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isIn(0, 1);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageForTheSeedsRendersEveryFindingAndScreenshots(@TempDir Path dir) throws Exception {
        Path chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "no Chromium installed (apt-get install chromium); .ci/run installs it");
        Path page = dir.resolve("seeds.html");
        cli("check", "--format", "html", "-o", page.toString(), "seeds");
        JsonNode json = JsonMapper.shared().readTree(cli("check", "--format", "json", "seeds"));

        String[] dom = HeadlessChromium.run(dir, HeadlessChromium.command(chromium, dir, "--dump-dom", page.toUri().toString()));
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
        HeadlessChromium.run(dir, HeadlessChromium.command(chromium, dir, "--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + shot,
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
