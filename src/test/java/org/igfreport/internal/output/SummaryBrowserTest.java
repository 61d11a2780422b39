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
import java.nio.file.StandardCopyOption;
import org.igfreport.internal.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of {@code summary --format html} on the seeds and the examples, opened in a real
 * headless Chromium (as {@link HtmlBrowserTest}, skipped, saying so, where none is installed): a
 * probe script added to a copy of the page measures the three charts and the table (present, laid
 * out with a size, not hidden), clicks a column's name to sort the table, and writes what it found
 * into the page, which Chromium prints; a screenshot is taken, checked and kept under
 * {@code target/}, on a desktop's width and a phone's.
 */
class SummaryBrowserTest {

    private static final String PROBE = """
            <script>
            (function () {
              function seen(sel) {
                var e = document.querySelector(sel);
                if (!e) { return sel + '=missing'; }
                var r = e.getBoundingClientRect();
                var s = getComputedStyle(e);
                var ok = r.width > 50 && r.height > 20 && s.display !== 'none' && s.visibility !== 'hidden';
                return sel + '=' + (ok ? 'visible' : 'hidden');
              }
              var out = [seen('#chart-rules svg'), seen('#chart-women-share svg'), seen('#chart-templates svg'),
                seen('table.rows'), seen('.figures')];
              out.push('bars=' + document.querySelectorAll('svg.chart rect.bar').length);
              out.push('rows=' + document.querySelectorAll('table.rows tbody tr').length);
              var th = document.querySelectorAll('table.rows th')[8];
              th.querySelector('button').click();
              th.querySelector('button').click();
              out.push('sorted=' + th.getAttribute('aria-sort') + ':'
                + document.querySelector('table.rows tbody tr td a').textContent);
              var p = document.createElement('pre');
              p.id = 'probe';
              p.textContent = out.join(' ');
              document.body.appendChild(p);
            })();
            </script>
            """;

    @Test
    void theChartsAndTheTableAreVisibleAndTheTableSorts(@TempDir Path dir) throws Exception {
        Path chromium = HeadlessChromium.find();
        assumeTrue(chromium != null, "no Chromium installed (apt-get install chromium); .ci/run installs it");
        Path page = dir.resolve("summary.html");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"summary", "--format", "html", "-o", page.toString(), "seeds",
            "examples/reports"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

        String[] dom = HeadlessChromium.run(dir, HeadlessChromium.command(chromium, dir, "--window-size=1280,2000", "--dump-dom",
                probed.toUri().toString()));
        assertThat(dom[1]).doesNotContain("ERROR:CONSOLE", "Uncaught");
        String probe = dom[0].substring(dom[0].indexOf("<pre id=\"probe\">"));
        assertThat(probe).contains("#chart-rules svg=visible", "#chart-women-share svg=visible",
                "#chart-templates svg=visible", "table.rows=visible", ".figures=visible", "rows=9");
        assertThat(probe).containsPattern("bars=\\d\\d");
        // participants, descending: the examples' compliant reports state the most
        assertThat(probe).contains("sorted=descending:examples/reports/compliant");

        for (int width : new int[] {1280, 390}) {
            Path shot = dir.resolve("summary-" + width + ".png");
            HeadlessChromium.run(dir, HeadlessChromium.command(chromium, dir, "--hide-scrollbars", "--window-size=" + width + ",1600",
                    "--screenshot=" + shot, page.toUri().toString()));
            assertThat(shot).exists();
            try (InputStream in = Files.newInputStream(shot); DataInputStream d = new DataInputStream(in)) {
                byte[] sig = d.readNBytes(8);
                assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
                d.readInt();
                assertThat(new String(d.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
                assertThat(d.readInt()).isEqualTo(width);
            }
            assertThat(Files.size(shot)).isGreaterThan(20_000);
            Path keep = Path.of("target", "summary-screenshot-" + width + ".png");
            Files.createDirectories(keep.getParent());
            Files.copy(shot, keep, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
