package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code igf-report serve} from the built jar, with the JDK's HTTP client: every endpoint, every
 * output format, every error status, the answers equal to {@code check}'s, report text escaped, and
 * a PDF form bomb answered within its time budget while a normal upload is answered first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The reports checked through the API and by {@code check} in the same folder. */
    static final List<String> REPORTS = List.of("seeds/002_ea2340172add3216.txt", "examples/office/defective.docx",
            "examples/office/defective.pdf", "examples/reports/defective.yaml");

    @TempDir
    static Path dir;

    ServeProcess server;

    @BeforeAll
    void start() throws Exception {
        for (String r : REPORTS) {
            Files.copy(Path.of(r), dir.resolve(Path.of(r).getFileName()));
        }
        // the limits of check, from the folder's configuration file, which serve reads too; the time limit far
        // out, so that a loaded machine cannot make one side's answer the time limit's and not the other's
        Files.writeString(dir.resolve(".igf-report.yaml"), "limits:\n  max-file-size: 1MB\n  max-time: 10m\n");
        server = ServeProcess.start(dir);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static byte[] bytes(String report) throws Exception {
        return Files.readAllBytes(Path.of(report));
    }

    static String name(String report) {
        return Path.of(report).getFileName().toString();
    }

    @Test
    void healthz() throws Exception {
        HttpResponse<byte[]> r = Http.get(server.at("/healthz"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.text(r)).isEqualTo("ok\n");
    }

    @Test
    void apiCheckIsWhatCheckPrintsForTheFileOfThatName() throws Exception {
        for (String report : REPORTS) {
            HttpResponse<byte[]> r = Http.post(server.at("/api/check"), Http.form().file("file", name(report), bytes(report)));
            JarRun check = JarRun.run(dir, "check", "--format", "json", name(report));
            assertThat(r.statusCode()).as(report).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(Http.text(r)).as(report).isEqualTo(check.out());
            // the raw body with ?filename= gives the same
            HttpResponse<byte[]> raw = Http.postRaw(server.at("/api/check?filename=" + name(report)), bytes(report));
            assertThat(Http.text(raw)).as(report).isEqualTo(check.out());
        }
        // and the findings are the real ones: the seed's two-sentence key issue
        HttpResponse<byte[]> r = Http.post(server.at("/api/check"), Http.form().file("file", name(REPORTS.get(0)),
                bytes(REPORTS.get(0))));
        JsonNode findings = JSON.readTree(r.body()).path("reports").get(0).path("findings");
        assertThat(findings.toString()).contains("\"sentences-per-item\"");
    }

    @Test
    void everyFormat() throws Exception {
        String report = REPORTS.get(1);
        for (String format : List.of("sarif", "html")) {
            HttpResponse<byte[]> r = Http.post(server.at("/api/check"), Http.form().file("file", name(report), bytes(report))
                    .field("format", format));
            assertThat(Http.text(r)).as(format).isEqualTo(JarRun.run(dir, "check", "--format", format, name(report)).out());
        }
        for (String format : List.of("text", "json", "sarif", "junit", "github", "html", "codequality", "markdown")) {
            HttpResponse<byte[]> r = Http.post(server.at("/api/check?format=" + format),
                    Http.form().file("file", name(report), bytes(report)));
            assertThat(r.statusCode()).as(format).isEqualTo(200);
            assertThat(Http.text(r)).as(format).contains("sentences-per-item");
        }
        // the page's download of one format is the same output, as an attachment
        HttpResponse<byte[]> download = Http.post(server.at("/check"), Http.form().file("file", name(report), bytes(report))
                .field("format", "sarif"));
        assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"defective.docx.sarif\"");
        assertThat(JSON.readTree(download.body()).path("version").asString()).isEqualTo("2.1.0");
    }

    @Test
    void extractTemplatesAndRules() throws Exception {
        String report = REPORTS.get(0);
        HttpResponse<byte[]> r = Http.post(server.at("/api/extract"), Http.form().file("file", name(report), bytes(report)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.text(r)).isEqualTo(JarRun.run(dir, "extract", "--format", "json", name(report)).out());
        HttpResponse<byte[]> yaml = Http.post(server.at("/api/extract?format=yaml"),
                Http.form().file("file", name(report), bytes(report)));
        assertThat(Http.text(yaml)).isEqualTo(JarRun.run(dir, "extract", name(report)).out());

        JsonNode templates = JSON.readTree(Http.get(server.at("/api/templates")).body());
        assertThat(templates.size()).isEqualTo(5);
        assertThat(templates.get(2).path("id").asString()).isEqualTo("igf-2017-workshop");
        assertThat(templates.get(2).path("sections").toString()).contains("\"key_issues\"");
        JsonNode rules = JSON.readTree(Http.get(server.at("/api/rules")).body());
        assertThat(rules.toString()).contains("\"sentences-per-item\"").contains("\"page\":\"/rules/sentences-per-item\"");

        assertThat(Http.text(Http.get(server.at("/rules")))).contains("href=\"/rules/sentences-per-item\"");
        HttpResponse<byte[]> rule = Http.get(server.at("/rules/sentences-per-item"));
        assertThat(rule.statusCode()).isEqualTo(200);
        assertThat(Http.text(rule)).contains("<h1>");
        assertThat(Http.text(Http.get(server.at("/templates")))).contains("igf-2019-session").contains("key_issues");
    }

    @Test
    void errorStatusesAreJsonWithAMessage() throws Exception {
        String report = REPORTS.get(0);
        // 400: no file, in a form or as a body without a name; an unknown template or format
        assertError(Http.post(server.at("/api/check"), Http.form().field("template", "auto")), 400, "no-file");
        assertError(Http.postRaw(server.at("/api/check"), bytes(report)), 400, "no-file");
        assertError(Http.post(server.at("/api/check"), Http.form().file("file", name(report), bytes(report))
                .field("template", "../../etc/passwd")), 400, "unknown-template");
        assertError(Http.post(server.at("/api/check?format=pdf"), Http.form().file("file", name(report), bytes(report))),
                400, "bad-format");
        // 413: larger than the configuration's 1 MB, known from the length or found while reading a chunked body
        byte[] big = new byte[1024 * 1024 + 10];
        assertError(Http.post(server.at("/api/check"), Http.form().file("file", "big.txt", big)), 413, "too-large");
        assertError(Http.postRaw(server.at("/api/check?filename=big.txt"), big), 413, "too-large");
        HttpResponse<byte[]> chunked = Http.CLIENT.send(HttpRequest.newBuilder(server.at("/api/check?filename=big.txt"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertError(chunked, 413, "too-large");
        // the connection of a refused body is closed after the answer, and the answer says so: a client that
        // kept it for its next request found it closed ("HTTP/1.1 header parser received no bytes")
        assertThat(chunked.headers().firstValue("Connection")).contains("close");
        // 415: not a report format
        assertError(Http.post(server.at("/api/check"), Http.form().file("file", "report.exe", bytes(report))), 415,
                "unsupported-type");
        // 404, 405
        assertError(Http.get(server.at("/api/nothing")), 404, "not-found");
        HttpResponse<byte[]> get = Http.get(server.at("/api/check"));
        assertError(get, 405, "method-not-allowed");
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(Http.get(server.at("/static/../README.md")).statusCode()).isIn(400, 404);
        assertThat(Http.get(server.at("/rules/..%2F..%2Fpom")).statusCode()).isIn(400, 404);
        // the page answers a form without a file with the page and the message
        HttpResponse<byte[]> page = Http.post(server.at("/check"), Http.form().field("template", "auto"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Http.text(page)).contains("<form").contains("role=\"alert\"");
    }

    /**
     * A refused request's connection, on a raw socket: the answer says {@code Connection: close} and the
     * server closes it, or the next request on it is answered. A client keeps a connection whose answer
     * did not say close, and found it closed ("HTTP/1.1 header parser received no bytes"): after a
     * malformed form (the parser's failure makes Jetty close it), and after a body the refusal did not
     * read, still arriving when the answer was sent.
     */
    @Test
    void aRefusedRequestsConnectionIsKeptOrSaidClosed() throws Exception {
        byte[] garbage = "not a form at all".getBytes(StandardCharsets.UTF_8);
        byte[] malformed = ("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = bytes(REPORTS.get(0));
        byte[] noName = ("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int late : new int[] {0, 300}) {
            for (byte[][] request : List.of(new byte[][] {malformed, garbage}, new byte[][] {noName, body})) {
                try (java.net.Socket socket = new java.net.Socket(server.address().getHost(), server.address().getPort())) {
                    socket.setSoTimeout(60_000);
                    java.io.OutputStream out = socket.getOutputStream();
                    java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
                    out.write(request[0]);
                    out.flush();
                    Thread.sleep(late); // the body arrives after the head, as from a slow client
                    out.write(request[1]);
                    out.flush();
                    String answer = RawAnswer.read(in);
                    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\"error\"");
                    if (answer.toLowerCase(java.util.Locale.ROOT).contains("\r\nconnection: close\r\n")) {
                        assertThat(in.read()).as("closed, as the answer said").isEqualTo(-1);
                    } else {
                        out.write(health);
                        out.flush();
                        assertThat(RawAnswer.read(in)).as("the connection kept after " + answer).startsWith("HTTP/1.1 200 ")
                                .endsWith("ok\n");
                    }
                }
            }
        }
    }

    /** One HTTP/1.1 answer with a Content-Length, read from a raw socket ("(closed)" at its end of stream). */
    static final class RawAnswer {
        static String read(java.io.InputStream in) throws java.io.IOException {
            StringBuilder head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int c = in.read();
                if (c < 0) {
                    return head + "(closed)";
                }
                head.append((char) c);
            }
            int length = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }

    static void assertError(HttpResponse<byte[]> r, int status, String error) {
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(status);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("message").asString()).isNotBlank();
    }

    @Test
    void thePageWithoutScriptAndItsHeaders() throws Exception {
        HttpResponse<byte[]> form = Http.get(server.at("/"));
        assertThat(form.statusCode()).isEqualTo(200);
        String csp = form.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(form.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(Http.text(form)).contains("<label for=\"file\">").contains("name=\"file\"").contains("<label for=\"template\">")
                .doesNotContain("<script>").doesNotContain("style=").doesNotContain("http://").doesNotContain("https://");
        assertThat(Http.get(server.at("/static/igf-report.css")).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.at("/static/igf-report.js")).headers().firstValue("Content-Type"))
                .contains("text/javascript; charset=utf-8");

        String report = REPORTS.get(1);
        HttpResponse<byte[]> result = Http.post(server.at("/check"), Http.form().file("file", name(report), bytes(report)));
        String html = Http.text(result);
        assertThat(result.statusCode()).isEqualTo(200);
        int keyIssues = html.indexOf("<section class=\"group\" data-section=\"key_issues\">");
        assertThat(keyIssues).isPositive();
        int end = html.indexOf("</section>", keyIssues);
        assertThat(html.substring(keyIssues, end)).contains("Key Issues").contains("data-rule=\"sentences-per-item\"");
        assertThat(html).contains("download=\"defective.docx.json\"").contains("download=\"defective.docx.sarif\"")
                .contains("download=\"defective.docx.html\"").contains("class=\"extract\"");
    }

    @Test
    void reportTextAndFileNamesAreEscaped() throws Exception {
        String text = Files.readString(Path.of(REPORTS.get(0)), StandardCharsets.UTF_8)
                .replace("A RIGHTS-BASED APPROACH", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        assertThat(text).contains("<script>alert(1)");
        HttpResponse<byte[]> r = Http.post(server.at("/check"), Http.form().file("file", "<b>x</b>.txt",
                text.getBytes(StandardCharsets.UTF_8)));
        String html = Http.text(r);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .doesNotContain("<img src=x").doesNotContain("<b>x</b>");
        // nothing of the report or its name in the log: method, path, status, sizes, time
        assertThat(server.log()).doesNotContain("alert").doesNotContain("RIGHTS-BASED").doesNotContain("x</b>")
                .containsPattern("POST /check 200 \\d+ \\d+ \\d+ms");
    }

    /**
     * A server whose checks have an 8 s budget, which a PDF form bomb reaches (its work budgets set far out).
     * 8 s, not 3: the normal upload must be answered within the bomb's budget, and within 3 s a loaded
     * machine did not always answer it.
     */
    @Test
    void aFormBombIsAnsweredWithinItsBudgetWhileANormalUploadIsAnsweredFirst() throws Exception {
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(hostile.resolve(".igf-report.yaml"), "limits:\n  max-time: 8s\n  max-form-calls: 2000000000\n"
                + "  max-operators: 2000000000\n  max-page-operators: 2000000000\n");
        byte[] bomb = Files.readAllBytes(HostileFiles.formCycle(hostile));
        byte[] normal = bytes(REPORTS.get(0));
        try (ServeProcess s = ServeProcess.start(hostile, "--workers", "2", "--queue", "1")) {
            // warm: the first PDF and text checks load their libraries
            Http.post(s.at("/api/check"), Http.form().file("file", "warm.txt", normal));
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<byte[]>> bombed = Http.CLIENT.sendAsync(
                    Http.postRequest(s.at("/api/check"), Http.form().file("file", "bomb.pdf", bomb)),
                    HttpResponse.BodyHandlers.ofByteArray());
            Thread.sleep(500);
            HttpResponse<byte[]> ok = Http.post(s.at("/api/check"), Http.form().file("file", "normal.txt", normal));
            boolean bombStillRunning = !bombed.isDone();
            HttpResponse<byte[]> b = bombed.get();
            Duration bombTime = Duration.ofNanos(System.nanoTime() - start);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(Http.text(ok)).contains("sentences-per-item");
            assertThat(bombStillRunning).as("the normal upload was answered while the bomb was still being checked").isTrue();
            assertThat(b.statusCode()).isEqualTo(200);
            assertThat(Http.text(b)).contains("input-unreadable").contains("8 s");
            // its budget (8 s) and the runner's grace period (1 s), with room for a loaded machine, not minutes
            assertThat(bombTime).isLessThan(Duration.ofSeconds(60));

            // busy: two workers and a queue of one; more bombs at once are refused with 503
            List<CompletableFuture<HttpResponse<byte[]>>> many = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                many.add(Http.CLIENT.sendAsync(Http.postRequest(s.at("/api/check"), Http.form().file("file", "bomb.pdf", bomb)),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<byte[]>> f : many) {
                HttpResponse<byte[]> r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 503) {
                    assertError(r, 503, "busy");
                    assertThat(r.headers().firstValue("Retry-After")).contains("1");
                }
            }
            assertThat(statuses).contains(503).contains(200).containsOnly(200, 503);
        }
    }

    @Test
    void corsOnlyWhenConfigured() throws Exception {
        Path cors = Files.createDirectories(dir.resolve("cors"));
        try (ServeProcess s = ServeProcess.start(cors, "--cors", "https://tools.example.org")) {
            HttpResponse<byte[]> r = Http.post(s.at("/api/check"), Http.form().file("file", name(REPORTS.get(0)),
                    bytes(REPORTS.get(0))));
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("https://tools.example.org");
            HttpResponse<byte[]> pre = Http.CLIENT.send(HttpRequest.newBuilder(s.at("/api/check"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://tools.example.org")
                    .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pre.statusCode()).isEqualTo(204);
            assertThat(pre.headers().firstValue("Access-Control-Allow-Methods")).contains("GET, POST");
        }
    }

    /** SIGTERM with a check in flight: the check is answered, then the server ends. */
    @Test
    void sigtermLetsTheCheckInFlightFinish() throws Exception {
        Path slow = Files.createDirectories(dir.resolve("slow"));
        Files.writeString(slow.resolve(".igf-report.yaml"), "limits:\n  max-time: 8s\n  max-form-calls: 2000000000\n"
                + "  max-operators: 2000000000\n  max-page-operators: 2000000000\n");
        byte[] bomb = Files.readAllBytes(HostileFiles.formCycle(slow));
        ServeProcess s = ServeProcess.start(slow);
        try {
            Http.get(s.at("/healthz"));
            CompletableFuture<HttpResponse<byte[]>> inFlight = Http.CLIENT.sendAsync(
                    Http.postRequest(s.at("/api/check"), Http.form().file("file", "bomb.pdf", bomb)),
                    HttpResponse.BodyHandlers.ofByteArray());
            // time for the request to reach the check on a loaded machine (a SIGTERM before that refuses it),
            // well within the check's 8 s
            Thread.sleep(3000);
            assertThat(inFlight.isDone()).isFalse();
            s.process().destroy(); // SIGTERM
            HttpResponse<byte[]> r = inFlight.get();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Http.text(r)).contains("input-unreadable");
            assertThat(s.terminate()).isNotEqualTo(-1);
            assertThat(s.process().isAlive()).isFalse();
        } finally {
            s.close();
        }
    }
}
