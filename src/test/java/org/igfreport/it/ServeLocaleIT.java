package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The language of {@code serve}'s answers: the browser's {@code Accept-Language} when the server has no
 * {@code --locale} (the page, its {@code lang}, the API's findings byte for byte those of
 * {@code check --format json --locale X}, the errors), {@code Vary: Accept-Language} on those answers, the
 * page's own language switch ({@code ?locale=}, the form's {@code locale} field), and a server's
 * {@code --locale} or {@code locale:} over the browser's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeLocaleIT {

    static final String SEED = "seeds/002_ea2340172add3216.txt";
    static final String DOCX = "examples/office/defective.docx";

    @TempDir
    static Path dir;

    ServeProcess server;

    @BeforeAll
    void start() throws Exception {
        for (String r : List.of(SEED, DOCX)) {
            Files.copy(Path.of(r), dir.resolve(Path.of(r).getFileName()));
        }
        server = ServeProcess.start(dir);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static String name(String report) {
        return Path.of(report).getFileName().toString();
    }

    static HttpResponse<byte[]> send(HttpRequest request, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (k, v) -> true);
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(URI uri, String acceptLanguage) throws Exception {
        return send(HttpRequest.newBuilder(uri).GET().build(), acceptLanguage);
    }

    static HttpResponse<byte[]> check(URI uri, String report, String acceptLanguage) throws Exception {
        return send(Http.postRequest(uri, Http.form().file("file", name(report), Files.readAllBytes(Path.of(report)))),
                acceptLanguage);
    }

    static List<String> vary(HttpResponse<byte[]> r) {
        return r.headers().allValues("Vary");
    }

    @Test
    void thePageFollowsTheBrowsersLanguage() throws Exception {
        HttpResponse<byte[]> fr = get(server.at("/"), "fr-CA,fr;q=0.9,en;q=0.8");
        assertThat(Http.text(fr)).contains("<html lang=\"fr\">").contains("Vérifier un rapport d’atelier du FGI")
                .contains("<nav class=\"languages\" aria-label=\"Langue\">");
        assertThat(vary(fr)).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        HttpResponse<byte[]> es = get(server.at("/rules"), "es-419,es;q=0.9");
        assertThat(Http.text(es)).contains("<html lang=\"es\">").contains("<h1>Reglas</h1>");
        assertThat(Http.text(get(server.at("/"), "de-DE,de;q=0.9"))).contains("<html lang=\"en\">")
                .contains("Check an IGF workshop report");
        HttpResponse<byte[]> none = get(server.at("/templates"), null);
        assertThat(Http.text(none)).contains("<html lang=\"en\">");
        assertThat(vary(none)).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        // the rule pages in the language when translated
        assertThat(Http.text(get(server.at("/rules/sentences-per-item"), "fr"))).contains("<html lang=\"fr\">")
                .contains("Ce que la règle détecte");
        // what does not change with the language says nothing of it
        assertThat(vary(get(server.at("/healthz"), "fr"))).isEmpty();
        assertThat(vary(get(server.at("/static/igf-report.css"), "fr"))).isEmpty();
    }

    @Test
    void theApiIsWhatCheckPrintsInThatLanguage() throws Exception {
        for (String[] c : new String[][] {{"fr-FR,fr;q=0.9", "fr"}, {"es-419", "es"}, {"de, en;q=0.5", "en"}}) {
            for (String report : List.of(SEED, DOCX)) {
                HttpResponse<byte[]> r = check(server.at("/api/check"), report, c[0]);
                JarRun cli = JarRun.run(dir, "check", "--format", "json", "--locale", c[1], name(report));
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(Http.text(r)).as(c[0] + " " + report).isEqualTo(cli.out());
                assertThat(vary(r)).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
            }
        }
        // the French is French: the seed's two-sentence key issue
        JsonNode fr = ServeIT.JSON.readTree(check(server.at("/api/check"), SEED, "fr").body());
        assertThat(fr.path("reports").get(0).path("findings").toString()).contains("phrases");
        // ?locale= over the header, and the other formats in the language too
        HttpResponse<byte[]> sarif = check(server.at("/api/check?locale=es&format=sarif"), DOCX, "fr");
        assertThat(Http.text(sarif)).isEqualTo(JarRun.run(dir, "check", "--format", "sarif", "--locale", "es",
                name(DOCX)).out());
        assertThat(vary(sarif)).noneSatisfy(v -> assertThat(v).contains("Accept-Language"));
        // errors in the language
        HttpResponse<byte[]> error = send(Http.postRequest(server.at("/api/check"), Http.form().field("template", "auto")), "fr");
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(ServeIT.JSON.readTree(error.body()).path("message").asString()).startsWith("aucun rapport");
    }

    @Test
    void thePagesLanguageSwitch() throws Exception {
        // a link per language on every page, the current one marked, to the same page
        String rules = Http.text(get(server.at("/rules"), "fr"));
        assertThat(rules).contains("<a href=\"/rules?locale=es\" lang=\"es\" hreflang=\"es\">Español</a>")
                .contains("<a href=\"/rules?locale=fr\" lang=\"fr\" hreflang=\"fr\" aria-current=\"true\">Français</a>");
        // the switch wins over the browser, and the page keeps it: its links and its form's field
        HttpResponse<byte[]> es = get(server.at("/?locale=es"), "fr");
        String page = Http.text(es);
        assertThat(page).contains("<html lang=\"es\">").contains("href=\"/rules?locale=es\"")
                .contains("<input type=\"hidden\" name=\"locale\" value=\"es\">");
        assertThat(vary(es)).noneSatisfy(v -> assertThat(v).contains("Accept-Language"));
        // the form's field gives the result page in that language, its links too
        HttpResponse<byte[]> result = send(Http.postRequest(server.at("/check"), Http.form().field("locale", "es")
                .file("file", name(DOCX), Files.readAllBytes(Path.of(DOCX)))), "fr");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(Http.text(result)).contains("<html lang=\"es\">").contains("href=\"/rules/sentences-per-item?locale=es\"")
                .contains("<a href=\"/?locale=fr\" lang=\"fr\"");
        // a language the tool does not speak is no choice: the browser's decides
        assertThat(Http.text(get(server.at("/?locale=de"), "es"))).contains("<html lang=\"es\">");
    }

    @Test
    void theServersLocaleWinsOverTheBrowsers() throws Exception {
        Path own = Files.createDirectories(dir.resolve("own"));
        Files.copy(Path.of(SEED), own.resolve(name(SEED)));
        try (ServeProcess es = ServeProcess.start(own, "--locale", "es")) {
            HttpResponse<byte[]> page = get(es.at("/"), "fr");
            assertThat(Http.text(page)).contains("<html lang=\"es\">");
            assertThat(vary(page)).noneSatisfy(v -> assertThat(v).contains("Accept-Language"));
            assertThat(Http.text(check(es.at("/api/check"), SEED, "fr")))
                    .isEqualTo(JarRun.run(own, "check", "--format", "json", "--locale", "es", name(SEED)).out());
            // the page's user may still switch
            assertThat(Http.text(get(es.at("/?locale=fr"), "es"))).contains("<html lang=\"fr\">");
        }
        Files.writeString(own.resolve(".igf-report.yaml"), "locale: fr\n");
        try (ServeProcess fr = ServeProcess.start(own)) {
            assertThat(Http.text(get(fr.at("/"), "es-419"))).contains("<html lang=\"fr\">");
            assertThat(Http.text(check(fr.at("/api/check"), SEED, "es")))
                    .isEqualTo(JarRun.run(own, "check", "--format", "json", name(SEED)).out());
        }
    }
}
