package org.igfreport.internal.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.igfreport.ReportResult;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.extract.Extractor;
import org.igfreport.internal.output.Format;

/**
 * {@code igf-report serve}: a Jetty 12 core server (no servlet API) in front of a {@link Checker}.
 * Routes: the page ({@code GET /}, {@code POST /check}), the rule and template pages, the JSON API
 * ({@code /api/check}, {@code /api/extract}, {@code /api/templates}, {@code /api/rules}), the page's
 * own style sheet and script, and {@code /healthz}. Every upload is read into memory under the size
 * limit (never to disk), then checked on a bounded pool of worker threads (full: 503), each check
 * under the time budget of the limits. One line per request on standard error: method, path,
 * status, bytes in and out, milliseconds (never a query, a file name or report text).
 */
public final class WebServer {

    /** Jetty logs through SLF4J to java.util.logging: its start-up lines are not the tool's. */
    private static final java.util.logging.Logger JETTY = java.util.logging.Logger.getLogger("org.eclipse.jetty");

    static {
        JETTY.setLevel(java.util.logging.Level.WARNING);
    }

    /** A request attribute: the connection is closed after the answer, which must say so. */
    private static final String CLOSE = "igf-report.close";

    /** A request attribute: the stream of the request's body ({@link #body}). */
    private static final String BODY = "igf-report.body";

    /** Room for the multipart framing and the small fields around the file. */
    static final long FORM_OVERHEAD = 64 * 1024;

    /** The settings of a server. */
    public record Settings(String bind, int port, int workers, int queue, String corsOrigin) {
    }

    private final Checker checker;
    private final Settings settings;
    private final PrintStream log;
    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor pool;
    private final Page page;

    /**
     * @param checker what checks the uploads
     * @param settings where to listen, the workers, the queue, the CORS origin (or {@code null})
     * @param log where the request lines go (standard error)
     */
    public WebServer(Checker checker, Settings settings, PrintStream log) {
        this.checker = checker;
        this.settings = settings;
        this.log = log;
        this.page = new Page(checker);
        this.pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.queue())), new Workers(), new ThreadPoolExecutor.AbortPolicy());
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, settings.workers() + settings.queue() + 8));
        threads.setName("igf-report-http");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.setHandler(new GracefulHandler(new Routes()));
        // SIGTERM: stop taking requests, let those in flight finish (a check takes at most its budget
        // and the runner's grace period), then stop
        Duration budget = checker.limits().maxTime();
        server.setStopTimeout(budget.plusSeconds(15).toMillis());
        server.setStopAtShutdown(true);
    }

    /**
     * Starts listening.
     *
     * @return the address, e.g. {@code http://127.0.0.1:8080/}
     * @throws Exception when the port cannot be bound
     */
    public String start() throws Exception {
        server.start();
        String host = settings.bind();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + connector.getLocalPort() + "/";
    }

    /**
     * Waits until the server stops (SIGTERM, or {@link #stop}), then lets the workers end.
     *
     * @throws InterruptedException when interrupted
     */
    public void join() throws InterruptedException {
        server.join();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    /**
     * Stops the server: requests in flight finish first.
     *
     * @throws Exception when it cannot stop
     */
    public void stop() throws Exception {
        server.stop();
        pool.shutdown();
    }

    /** Daemon worker threads with names of their own. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "igf-report-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** An answer to send: status, type and bytes, plus a file name for downloads. */
    record Answer(int status, String type, byte[] body, String download) {
        static Answer of(int status, String type, String body) {
            return new Answer(status, type, body.getBytes(StandardCharsets.UTF_8), null);
        }
    }

    /** A request that cannot be served, with its status and the error's id. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;

        Refused(int status, String error, String message) {
            super(message);
            this.status = status;
            this.error = error;
        }

        int status() {
            return status;
        }

        String error() {
            return error;
        }
    }

    /** One uploaded report: its bytes, its file name, and the request's other fields. */
    record Upload(byte[] content, String name, String template, String format, String locale) {
    }

    /**
     * The language of a request's answer ({@link Negotiation}) and whether it follows the request's
     * {@code Accept-Language} (then the answer says {@code Vary: Accept-Language}).
     */
    record Words(Locale language, Page.View view, boolean negotiated) {
    }

    /** @return the language of a request's answer: its {@code ?locale=}, the server's, its {@code Accept-Language} */
    private Words words(Request request, String path) {
        Locale asked = Negotiation.named(Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("locale"));
        if (asked != null) {
            return new Words(asked, new Page.View(path, Language.code(asked)), false);
        }
        if (checker.fixedLanguage() != null) {
            return new Words(checker.fixedLanguage(), Page.View.of(path), false);
        }
        return new Words(Negotiation.acceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)),
                Page.View.of(path), true);
    }

    /** The routes. */
    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long start = System.nanoTime();
            String method = request.getMethod();
            String path = request.getHttpURI().getPath();
            Words words = words(request, path == null ? "/" : path);
            try (Language.Scope scope = Language.use(words.language())) {
                answer(request, response, callback, method, path, words, start);
            }
            return true;
        }

        private void answer(Request request, Response response, Callback callback, String method, String path, Words words,
                long start) {
            Answer a;
            try {
                a = route(method, path == null ? "/" : path, request, words.view());
            } catch (Refused e) {
                a = path != null && path.startsWith("/api/") || !wantsPage(path) ? error(e.status(), e.error(), e.getMessage())
                        : new Answer(e.status(), Page.HTML, page.errorPage(e.status(), e.getMessage(), words.view()), null);
            } catch (RuntimeException e) {
                // the exception's class and where it was thrown: never its message, which may quote the report
                Throwable t = e.getCause() != null ? e.getCause() : e;
                StackTraceElement[] at = t.getStackTrace();
                log.println("internal-error " + t.getClass().getName() + (at.length > 0 ? " at " + at[0] : ""));
                a = error(500, "internal-error", Texts.format("serve.error.internal"));
            }
            send(request, response, callback, a, path == null ? "/" : path, start, words);
        }

        private boolean wantsPage(String path) {
            return path != null && (path.equals("/") || path.equals("/check"));
        }
    }

    private Answer route(String method, String path, Request request, Page.View view) throws Refused {
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        if (method.equals("OPTIONS") && path.startsWith("/api/") && settings.corsOrigin() != null) {
            return new Answer(204, null, new byte[0], null);
        }
        switch (path) {
            case "/healthz":
                requireMethod(get, "GET");
                return Answer.of(200, "text/plain; charset=utf-8", "ok\n");
            case "/":
                requireMethod(get, "GET");
                return new Answer(200, Page.HTML, page.form(null, view), null);
            case "/check":
                requireMethod(post, "POST");
                return pageCheck(request, view);
            case "/rules":
                requireMethod(get, "GET");
                return new Answer(200, Page.HTML, page.rules(view), null);
            case "/templates":
                requireMethod(get, "GET");
                return new Answer(200, Page.HTML, page.templates(view), null);
            case "/static/igf-report.css":
                requireMethod(get, "GET");
                return new Answer(200, "text/css; charset=utf-8", Page.resource("igf-report.css"), null);
            case "/static/igf-report.js":
                requireMethod(get, "GET");
                return new Answer(200, "text/javascript; charset=utf-8", Page.resource("igf-report.js"), null);
            case "/api/check":
                requireMethod(post, "POST");
                return apiCheck(request);
            case "/api/extract":
                requireMethod(post, "POST");
                return apiExtract(request);
            case "/api/templates":
                requireMethod(get, "GET");
                return new Answer(200, Page.JSON, Api.templates(checker), null);
            case "/api/rules":
                requireMethod(get, "GET");
                return new Answer(200, Page.JSON, Api.rules(checker), null);
            default:
                if (path.startsWith("/rules/")) {
                    requireMethod(get, "GET");
                    byte[] rule = page.rule(path.substring("/rules/".length()), view);
                    if (rule != null) {
                        return new Answer(200, Page.HTML, rule, null);
                    }
                }
                if (path.startsWith("/api/")) {
                    throw new Refused(404, "not-found", Texts.format("serve.error.not-found"));
                }
                return new Answer(404, Page.HTML, page.errorPage(404, Texts.format("serve.error.not-found"), view), null);
        }
    }

    private static void requireMethod(boolean ok, String allowed) throws Refused {
        if (!ok) {
            throw new Refused(405, "method-not-allowed", Texts.format("serve.error.method", allowed));
        }
    }

    private Answer apiCheck(Request request) throws Refused {
        Upload u = upload(request);
        Locale chosen = Negotiation.named(u.locale());
        if (chosen != null) {
            // a form's language field, as ?locale=
            try (Language.Scope scope = Language.use(chosen)) {
                return apiCheck(u);
            }
        }
        return apiCheck(u);
    }

    private Answer apiCheck(Upload u) throws Refused {
        Format format = Format.JSON;
        if (u.format() != null) {
            format = Format.of(u.format()).orElseThrow(() -> new Refused(400, "bad-format",
                    Texts.format("serve.error.format", u.format(), formats())));
        }
        Format f = format;
        byte[] out = onWorker(() -> checker.write(checker.check(u.content(), u.name(), u.template()), f));
        return new Answer(200, type(f), out, null);
    }

    private Answer apiExtract(Request request) throws Refused {
        Upload u = upload(request);
        Extractor.Format format;
        try {
            format = u.format() == null ? Extractor.Format.JSON : Extractor.Format.of(u.format());
        } catch (IllegalArgumentException e) {
            throw new Refused(400, "bad-format", Texts.format("serve.error.format", u.format(), "json, yaml"));
        }
        Object out = onWorker(() -> {
            try {
                return checker.extract(u.content(), u.name(), u.template(), format);
            } catch (Extractor.ExtractException e) {
                return e;
            }
        });
        if (out instanceof Extractor.ExtractException e) {
            throw new Refused(422, "not-extracted", e.getMessage());
        }
        return Answer.of(200, format == Extractor.Format.JSON ? Page.JSON : "application/yaml; charset=utf-8", (String) out);
    }

    /**
     * The page's form: the result page, or with {@code format} one of the contract's outputs as a
     * download (the same as the page's download links).
     */
    private Answer pageCheck(Request request, Page.View view) throws Refused {
        Upload u = upload(request);
        Locale chosen = Negotiation.named(u.locale());
        if (chosen != null) {
            // the form's language field (the page keeps the user's choice in it)
            try (Language.Scope scope = Language.use(chosen)) {
                return pageCheck(u, new Page.View(view.path(), Language.code(chosen)));
            }
        }
        return pageCheck(u, view);
    }

    private Answer pageCheck(Upload u, Page.View view) throws Refused {
        if (u.format() != null && !u.format().isEmpty() && !u.format().equals("page")) {
            Format f = Format.of(u.format()).orElseThrow(() -> new Refused(400, "bad-format",
                    Texts.format("serve.error.format", u.format(), formats())));
            byte[] out = onWorker(() -> checker.write(checker.check(u.content(), u.name(), u.template()), f));
            return new Answer(200, type(f), out, Page.downloadName(u.name(), f));
        }
        Page.Result result = onWorker(() -> {
            List<ReportResult> results = checker.check(u.content(), u.name(), u.template());
            String extracted = null;
            if (Page.readable(results.get(0))) {
                try {
                    extracted = checker.extract(u.content(), u.name(), u.template(), Extractor.Format.JSON);
                } catch (Extractor.ExtractException e) {
                    extracted = null;
                }
            }
            return new Page.Result(u.name(), results, extracted, checker.write(results, Format.JSON),
                    checker.write(results, Format.SARIF), checker.write(results, Format.HTML), u.template());
        });
        return new Answer(200, Page.HTML, page.form(result, view), null);
    }

    private static String formats() {
        StringBuilder b = new StringBuilder();
        for (Format f : Format.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.id());
        }
        return b.toString();
    }

    static String type(Format f) {
        return switch (f) {
            case JSON, SARIF, CODEQUALITY -> Page.JSON;
            case HTML -> Page.HTML;
            case JUNIT -> "application/xml; charset=utf-8";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }

    /** Work for a worker thread. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    /** Runs work on the worker pool and waits for it; 503 when the pool and its queue are full. */
    private <T> T onWorker(Work<T> work) throws Refused {
        Future<T> f;
        Locale language = Language.current();
        try {
            // the worker checks and writes in the request's language
            f = pool.submit(() -> {
                try (Language.Scope scope = Language.use(language)) {
                    return work.run();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Refused(503, "busy", Texts.format("serve.error.busy"));
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "busy", Texts.format("serve.error.busy"));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The upload of a request: a multipart form's {@code file} part (with {@code template} and
     * {@code format} fields), or the raw body with {@code ?filename=NAME}. Read into memory, at most
     * the limits' file size: a larger body is refused (413) as soon as it is known to be larger.
     */
    Upload upload(Request request) throws Refused {
        long max = checker.limits().maxBytes();
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        long length = request.getLength();
        boolean multipart = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        if (length > max + (multipart ? FORM_OVERHEAD : 0)) {
            // answered at once; the rest of the body is read after the answer (linger)
            throw tooLarge(max);
        }
        if (multipart) {
            return multipart(request, contentType, max, query);
        }
        String name = fileName(query.getValue("filename"));
        if (name == null) {
            throw new Refused(400, "no-file", Texts.format("serve.error.no-file"));
        }
        byte[] content;
        try {
            content = body(request).readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        } catch (IOException e) {
            throw new Refused(400, "bad-request", Texts.format("serve.error.read"));
        }
        if (content.length > max) {
            throw tooLarge(max);
        }
        if (content.length == 0) {
            throw new Refused(400, "no-file", Texts.format("serve.error.no-file"));
        }
        return checked(new Upload(content, name, blankToNull(query.getValue("template")), blankToNull(query.getValue("format")),
                blankToNull(query.getValue("locale"))));
    }

    private Upload multipart(Request request, String contentType, long max, Fields query) throws Refused {
        MultiPartConfig config = new MultiPartConfig.Builder().maxParts(8).maxSize(max + FORM_OVERHEAD)
                .maxPartSize(max).maxMemoryPartSize(max).useFilesForPartsWithoutFileName(false).build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, contentType, config);
        } catch (RuntimeException e) {
            Refused r = refusal(e, max);
            if (r.status == 413) {
                drain(request, max);
            }
            // the parser's failure fails the request's content, after which Jetty closes the connection
            request.setAttribute(CLOSE, Boolean.TRUE);
            throw r;
        }
        try (parts) {
            MultiPart.Part file = parts.getFirst("file");
            String template = field(parts, "template");
            String format = field(parts, "format");
            String locale = field(parts, "locale");
            if (template == null) {
                template = blankToNull(query.getValue("template"));
            }
            if (format == null) {
                format = blankToNull(query.getValue("format"));
            }
            if (file == null || file.getFileName() == null || file.getFileName().isEmpty()) {
                throw new Refused(400, "no-file", Texts.format("serve.error.no-file"));
            }
            String name = fileName(file.getFileName());
            if (name == null) {
                throw new Refused(400, "no-file", Texts.format("serve.error.no-file"));
            }
            byte[] content;
            try (InputStream in = Content.Source.asInputStream(file.createContentSource())) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            } catch (IOException e) {
                throw new Refused(400, "bad-request", Texts.format("serve.error.read"));
            }
            if (content.length > max) {
                throw tooLarge(max);
            }
            return checked(new Upload(content, name, template, format, locale));
        }
    }

    private Upload checked(Upload u) throws Refused {
        if (!Checker.readable(u.name())) {
            throw new Refused(415, "unsupported-type", Texts.format("serve.error.type", u.name()));
        }
        if (!checker.knows(u.template())) {
            throw new Refused(400, "unknown-template", Texts.format("serve.error.template", u.template(),
                    String.join(", ", checker.templateChoices())));
        }
        return u;
    }

    private static String field(MultiPartFormData.Parts parts, String name) {
        MultiPart.Part p = parts.getFirst(name);
        if (p == null || p.getFileName() != null) {
            return null;
        }
        String v = p.getContentAsString(StandardCharsets.UTF_8);
        return blankToNull(v == null || v.length() > 200 ? null : v.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Reads and drops at most {@code bound} more bytes of a refused request's body before its answer, so that a
     * body read to its end leaves the connection open for the client's next request (a body that is not is read
     * on after the answer: {@link #linger}). Bounded, and under the connector's idle timeout for a slow client.
     *
     * @return whether the body was read to its end (more than {@code bound} bytes left, or a body that could
     *     not be read, leave the connection to be closed)
     */
    private static boolean drain(Request request, long bound) {
        try {
            InputStream in = body(request);
            byte[] buffer = new byte[16 * 1024];
            long left = bound;
            while (true) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.max(1, left)));
                if (n < 0) {
                    return true;
                }
                left -= n;
                if (left < 0) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the answer is sent anyway; the connection is closed after it
            return false;
        }
    }

    private static Refused tooLarge(long max) {
        return new Refused(413, "too-large", Texts.format("serve.error.too-large", String.valueOf(max)));
    }

    /** A multipart parse failure: too large (413) or a malformed form (400). */
    private static Refused refusal(Throwable e, long max) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413) {
                return tooLarge(max);
            }
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("max")) {
                return tooLarge(max);
            }
        }
        return new Refused(400, "bad-request", Texts.format("serve.error.form"));
    }

    /**
     * The file name of an upload as the report's path: its last segment only (a client's folders
     * never reach the server's file system, which is not touched anyway), at most 255 characters,
     * without control characters.
     *
     * @param raw the name the client sent
     * @return the name, or {@code null} when nothing usable is left
     */
    static String fileName(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).strip();
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != ':' && c != '*' && c != '?' && c != '"'
                    && c != '<' && c != '>' && c != '|') {
                b.appendCodePoint(c);
            }
        });
        String name = b.toString();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 255) {
            return null;
        }
        return name;
    }

    private static Answer error(int status, String error, String message) {
        return new Answer(status, Page.JSON, Api.error(error, message), null);
    }

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private void send(Request request, Response response, Callback callback, Answer a, String path, long start, Words words) {
        response.setStatus(a.status());
        var h = response.getHeaders();
        if (a.type() != null) {
            h.put(HttpHeader.CONTENT_TYPE, a.type());
        }
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put(HttpHeader.CACHE_CONTROL, path.startsWith("/static/") ? "no-cache" : "no-store");
        if (words.negotiated() && !path.startsWith("/static/") && !path.equals("/healthz")) {
            // the words of the answer follow the request's Accept-Language: a cache must keep one answer per language
            h.add(HttpHeader.VARY, "Accept-Language");
        }
        if (a.status() == 503) {
            h.put(HttpHeader.RETRY_AFTER, "1");
        }
        boolean close = a.status() == 413 || request.getAttribute(CLOSE) != null || a.status() >= 400
                && request.getLength() != 0 && !drain(request, checker.limits().maxBytes() + FORM_OVERHEAD);
        if (close) {
            // the refused body may be partly unread (too large, or not read at all and still arriving) or
            // unreadable (a malformed form), so the connection is closed after the answer: said in the answer,
            // or a client keeping it for its next request finds it closed ("received no bytes"); a body read
            // to its end leaves the connection open
            h.put(HttpHeader.CONNECTION, "close");
        }
        if (a.status() == 405) {
            h.put(HttpHeader.ALLOW, path.startsWith("/api/check") || path.startsWith("/api/extract")
                    || path.equals("/check") ? "POST" : "GET, HEAD");
        }
        if (a.download() != null) {
            h.put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + a.download() + "\"");
        }
        if (settings.corsOrigin() != null && path.startsWith("/api/")) {
            h.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, settings.corsOrigin());
            h.add(HttpHeader.VARY, "Origin");
            if (request.getMethod().equals("OPTIONS")) {
                h.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST");
                h.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
                h.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
            }
        }
        byte[] body = request.getMethod().equals("HEAD") ? new byte[0] : a.body();
        h.put(new HttpField(HttpHeader.CONTENT_LENGTH, String.valueOf(a.body().length)));
        long in = Math.max(0, request.getLength());
        log.println(String.format(Locale.ROOT, "%s %s %d %d %d %dms", request.getMethod(), path, a.status(), in,
                a.body().length, (System.nanoTime() - start) / 1_000_000));
        if (!close || request.getLength() == 0) {
            response.write(true, ByteBuffer.wrap(body), callback);
            return;
        }
        // the connection is closed with the body maybe partly unread: TCP resets a connection closed with unread
        // data, and the reset can destroy the answer before the client has read it (the JDK's client, still
        // sending a body over twice the limit, lost 23 answers in 450). So the answer is sent first, then the
        // rest of the body read and dropped (a lingering close), bounded, then the connection closed.
        FutureCallback written = new FutureCallback();
        response.write(true, ByteBuffer.wrap(body), written);
        try {
            written.block();
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
            return;
        }
        linger(request, LINGER_BYTES_PER_LIMIT * (checker.limits().maxBytes() + FORM_OVERHEAD), LINGER);
        callback.succeeded();
    }

    /**
     * The request's body as a stream, one for the request, left open: closing it before the body's end fails the
     * body, which {@link #linger} reads on after the answer (and Jetty then closes the connection with data
     * unread). Only {@link #linger} closes it.
     */
    private static InputStream body(Request request) {
        if (request.getAttribute(BODY) instanceof InputStream in) {
            return in;
        }
        InputStream in = Request.asInputStream(request);
        request.setAttribute(BODY, in);
        return in;
    }

    /** How long the rest of a refused body is read after its answer, at most (as Apache httpd's lingering close). */
    static final Duration LINGER = Duration.ofSeconds(30);

    /** How many bytes of a refused body are read after its answer, at most, in multiples of the size limit. */
    static final long LINGER_BYTES_PER_LIMIT = 16;

    /**
     * Reads and drops the rest of a refused body after its answer, until its end, at most {@code bound} bytes and
     * until {@code time} has passed (one read waits at most the connector's idle timeout): the client, which may
     * send its whole body before it reads the answer, has it, and the connection is then closed with no
     * unread data.
     */
    private static void linger(Request request, long bound, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        try (InputStream in = body(request)) {
            byte[] buffer = new byte[64 * 1024];
            long left = bound;
            while (left > 0 && System.nanoTime() - deadline < 0) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the client closed or reset the connection, or stopped sending: it is closed anyway
        }
    }
}
