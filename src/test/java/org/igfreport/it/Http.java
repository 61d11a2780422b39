package org.igfreport.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JDK's HTTP client for the serve tests, and a multipart/form-data body for it. A request's time
 * limit ({@link #HANG}) is a guard against a hang, not a speed test: 50 clients queued on a loaded
 * machine wait minutes for their answers.
 */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
            .version(HttpClient.Version.HTTP_1_1).build();

    private static final String BOUNDARY = "igf-report-test-boundary-7Hq2";

    /** How long a request may wait for its answer. */
    static final Duration HANG = Duration.ofMinutes(10);

    private Http() {
    }

    /** A form's fields, in order: a file part has a file name. */
    static final class Form {
        private final Map<String, Object[]> parts = new LinkedHashMap<>();

        Form file(String field, String fileName, byte[] content) {
            parts.put(field, new Object[] {fileName, content});
            return this;
        }

        Form field(String name, String value) {
            parts.put(name, new Object[] {null, value.getBytes(StandardCharsets.UTF_8)});
            return this;
        }

        byte[] body() {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (Map.Entry<String, Object[]> e : parts.entrySet()) {
                String fileName = (String) e.getValue()[0];
                StringBuilder h = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"");
                if (fileName != null) {
                    h.append("; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream");
                }
                h.append("\r\n\r\n");
                b.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
                b.writeBytes((byte[]) e.getValue()[1]);
                b.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            b.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return b.toByteArray();
        }
    }

    static Form form() {
        return new Form();
    }

    /** POSTs a multipart form. */
    static HttpResponse<byte[]> post(URI uri, Form form) throws IOException, InterruptedException {
        return CLIENT.send(postRequest(uri, form), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpRequest postRequest(URI uri, Form form) {
        return HttpRequest.newBuilder(uri).timeout(HANG)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build();
    }

    /** POSTs raw bytes. */
    static HttpResponse<byte[]> postRaw(URI uri, byte[] body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(HANG)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(HANG).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
