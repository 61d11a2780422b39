package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The serve page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (no driver is downloaded). A defective Word report is chosen and sent; its
 * {@code sentences-per-item} finding is found under the Key Issues section, with the page's script
 * (no reload: the address stays {@code /}) and with JavaScript disabled (the form's plain POST).
 * Skipped, saying so, where Chromium or chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserIT {

    static final Path REPORT = Path.of("examples/office/defective.docx").toAbsolutePath();

    @TempDir
    static Path dir;

    ServeProcess server;

    @BeforeAll
    void start() throws Exception {
        if (chromium() != null && driver() != null) {
            server = ServeProcess.start(dir);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static Path chromium() {
        String env = System.getenv("CHROMIUM");
        for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    static Path driver() {
        String env = System.getenv("CHROMEDRIVER");
        for (String c : new String[] {env, "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"}) {
            if (c != null && Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    WebDriver browser(boolean javascript) throws Exception {
        assumeTrue(chromium() != null, "no Chromium installed (apt-get install chromium); .ci/run installs it");
        assumeTrue(driver() != null, "no chromedriver installed (apt-get install chromium-driver); .ci/run installs it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve(javascript ? "js" : "nojs"));
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        // chromedriver chooses a free port itself (--port=0) and says which: a port chosen here (Selenium's
        // usingAnyFreePort) and bound by chromedriver later could be taken by another process in between
        Process process = new ProcessBuilder(driver().toString(), "--port=0").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String started;
        try {
            started = ServeProcess.firstLine(process.getInputStream(), l -> l.contains(STARTED), ServeProcess.WAIT);
        } catch (TimeoutException e) {
            started = null;
        }
        if (started == null) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("chromedriver did not say it started (\"" + STARTED + " N.\")");
        }
        String port = started.substring(started.indexOf(STARTED) + STARTED.length()).strip().replace(".", "");
        try {
            return new RemoteWebDriver(URI.create("http://127.0.0.1:" + Integer.parseInt(port) + "/").toURL(), options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        process.destroy();
                    }
                }
            };
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** What chromedriver prints once it listens, before the port. */
    static final String STARTED = "started successfully on port ";

    @Test
    void withJavaScriptTheResultComesWithoutAReload() throws Exception {
        WebDriver b = browser(true);
        try {
            b.get(server.address().toString());
            assertThat(b.getTitle()).isNotBlank();
            b.findElement(By.id("file")).sendKeys(REPORT.toString());
            b.findElement(By.cssSelector("form#check button[type=submit]")).click();
            WebElement finding = keyIssuesFinding(b);
            assertThat(finding.getText()).contains("sentences-per-item").contains("Key issue");
            // the script rendered it in place: the address is still the form's page, not /check
            assertThat(b.getCurrentUrl()).isEqualTo(server.address().toString());
            // focus moved to the result's heading, for keyboard and screen reader users
            assertThat(b.switchTo().activeElement().getAttribute("id")).isEqualTo("result-title");
            byte[] png = ((TakesScreenshot) b).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of("target", "serve-page.png"), png);
        } finally {
            b.quit();
        }
    }

    @Test
    void withoutJavaScriptTheFormPostsAndTheResultPageShowsIt() throws Exception {
        WebDriver b = browser(false);
        try {
            b.get(server.address().toString());
            b.findElement(By.id("file")).sendKeys(REPORT.toString());
            b.findElement(By.cssSelector("form#check button[type=submit]")).click();
            WebElement finding = keyIssuesFinding(b);
            assertThat(finding.getText()).contains("sentences-per-item");
            assertThat(b.getCurrentUrl()).endsWith("/check");
            // every link of the page, the downloads' data: addresses aside, stays on the server
            List<WebElement> links = b.findElements(By.cssSelector("a[href]"));
            for (WebElement a : links) {
                String href = a.getAttribute("href");
                assertThat(href).satisfiesAnyOf(h -> assertThat(h).startsWith(server.address().toString()),
                        h -> assertThat(h).startsWith("data:"));
            }
        } finally {
            b.quit();
        }
    }

    /** Waits (at most 2 minutes) for the sentences-per-item finding in the Key Issues section, and returns it. */
    static WebElement keyIssuesFinding(WebDriver b) {
        WebElement finding = new WebDriverWait(b, Duration.ofMinutes(2)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(
                    "section.group[data-section=key_issues] li.finding[data-rule=sentences-per-item]"));
            return found.isEmpty() ? null : found.get(0);
        });
        WebElement section = b.findElement(By.cssSelector("section.group[data-section=key_issues]"));
        assertThat(section.findElement(By.tagName("h3")).getText()).contains("Key Issues");
        return finding;
    }
}
