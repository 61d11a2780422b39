package org.igfreport.internal.serve;

import static org.igfreport.internal.output.HtmlWriter.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.igfreport.Finding;
import org.igfreport.Location;
import org.igfreport.ReportResult;
import org.igfreport.RuleDescription;
import org.igfreport.SectionSummary;
import org.igfreport.Severity;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.output.Format;
import org.igfreport.internal.output.RulePages;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's HTML pages, rendered on the server with every text escaped: the form with the
 * result under it (findings grouped under the template's sections in order, the sections as the
 * checker read them beside them, the counts on top, download links with the JSON, SARIF and HTML
 * outputs embedded), the rule pages and the templates. No inline script or style (the
 * Content-Security-Policy allows neither): the style sheet and the script are files of their own.
 * The script only takes over the form (drop zone, no reload); the page works without it.
 */
final class Page {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A checked upload, with what the page shows of it. */
    record Result(String name, List<ReportResult> results, String extracted, byte[] json, byte[] sarif, byte[] html,
            String template) {
    }

    /**
     * What a page's links keep of the request: its path (where the language switch points) and the
     * language the user chose ({@code ?locale=} or the form's {@code locale} field), or {@code null} when
     * the server's language or the browser's ({@code Accept-Language}) is in force.
     */
    record View(String path, String chosen) {

        /** The view of a request that chose no language. */
        static View of(String path) {
            return new View(path, null);
        }

        /** @return an address of the server, with the chosen language when there is one */
        String href(String address) {
            return chosen == null ? address : address + "?locale=" + chosen;
        }
    }

    /** The languages of the switch, each named in itself (not translated: a reader looks for their own). */
    private static final String[][] LANGUAGES = {{"en", "English"}, {"fr", "Fran\u00e7ais"}, {"es", "Espa\u00f1ol"}};

    private final Checker checker;

    Page(Checker checker) {
        this.checker = checker;
    }

    /** @return whether a result was read at all (no {@code input-unreadable} finding) */
    static boolean readable(ReportResult r) {
        for (Finding f : r.findings()) {
            if (f.rule().equals("input-unreadable")) {
                return false;
            }
        }
        return true;
    }

    /** @return a resource of the page (style sheet, script) */
    static byte[] resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the name of a download of a report's output, e.g. {@code report.docx.json} */
    static String downloadName(String report, Format format) {
        StringBuilder b = new StringBuilder();
        for (char c : report.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        String ext = format == Format.SARIF ? "sarif" : format.extension();
        return b + "." + ext;
    }

    private static String head(String title, View view) {
        return "<!DOCTYPE html>\n<html lang=\"" + esc(Texts.format("html.lang")) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/igf-report.css\">\n"
                + "<script src=\"/static/igf-report.js\" defer></script>\n"
                + "</head>\n<body>\n<a class=\"skip\" href=\"#main\">" + text("serve.skip") + "</a>\n"
                + "<header class=\"top\"><p class=\"brand\"><a href=\"" + view.href("/") + "\">" + text("serve.title")
                + "</a></p>\n<nav aria-label=\"" + text("serve.nav") + "\"><ul><li><a href=\"" + view.href("/") + "\">"
                + text("serve.nav.check") + "</a></li><li><a href=\"" + view.href("/rules") + "\">" + text("serve.nav.rules")
                + "</a></li><li><a href=\"" + view.href("/templates") + "\">" + text("serve.nav.templates")
                + "</a></li></ul></nav>\n" + languages(view) + "</header>\n<main id=\"main\">\n";
    }

    /**
     * The language switch: a link per language to the same page with {@code ?locale=} (no script needed),
     * the current one marked; after a form's result, to the empty form (the upload is not kept).
     */
    private static String languages(View view) {
        String current = Language.code(Language.current());
        String path = view.path().equals("/check") ? "/" : view.path();
        StringBuilder b = new StringBuilder(400);
        b.append("<nav class=\"languages\" aria-label=\"").append(text("serve.nav.language")).append("\"><ul>");
        for (String[] l : LANGUAGES) {
            b.append("<li><a href=\"").append(esc(path)).append("?locale=").append(l[0]).append("\" lang=\"").append(l[0])
                    .append("\" hreflang=\"").append(l[0]).append('"').append(l[0].equals(current) ? " aria-current=\"true\"" : "")
                    .append('>').append(l[1]).append("</a></li>");
        }
        return b.append("</ul></nav>\n").toString();
    }

    private static String foot() {
        return "</main>\n<footer><p>" + text("serve.footer") + "</p></footer>\n</body>\n</html>\n";
    }

    /**
     * @param result the result to show under the form, or {@code null}
     * @param view the request's path and chosen language
     * @return the form page
     */
    byte[] form(Result result, View view) {
        StringBuilder h = new StringBuilder(16384);
        h.append(head(Texts.format("serve.title"), view));
        h.append("<h1>").append(text("serve.title")).append("</h1>\n<p class=\"lead\">").append(text("serve.lead"))
                .append("</p>\n");
        h.append("<form id=\"check\" class=\"check\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\" data-checking=\"")
                .append(esc(Texts.format("serve.form.checking", "{0}"))).append("\" data-failed=\"")
                .append(text("serve.form.failed")).append("\">\n")
                .append(view.chosen() == null ? "" : "<input type=\"hidden\" name=\"locale\" value=\"" + esc(view.chosen()) + "\">\n")
                .append("<div class=\"drop\" id=\"drop\">\n<label for=\"file\">").append(text("serve.form.file"))
                .append("</label>\n<input type=\"file\" id=\"file\" name=\"file\" required aria-describedby=\"file-help\" ")
                .append("accept=\".docx,.pdf,.txt,.md,.markdown,.yaml,.yml,.json\">\n<p id=\"file-help\" class=\"help\">")
                .append(text("serve.form.file-help")).append("</p>\n</div>\n");
        h.append("<div class=\"row\"><label for=\"template\">").append(text("serve.form.template"))
                .append("</label>\n<select id=\"template\" name=\"template\">\n");
        String chosen = result == null || result.template() == null ? Checker.AUTO : result.template();
        for (String id : checker.templateChoices()) {
            h.append("<option value=\"").append(esc(id)).append('"').append(id.equals(chosen) ? " selected" : "").append('>');
            if (id.equals(Checker.AUTO)) {
                h.append(text("serve.form.auto"));
            } else {
                Template t = checker.template(id);
                h.append(esc(id)).append(t == null ? "" : " — " + esc(t.title()));
            }
            h.append("</option>\n");
        }
        h.append("</select></div>\n<div class=\"row\"><button type=\"submit\">").append(text("serve.form.submit"))
                .append("</button></div>\n</form>\n");
        h.append("<div id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></div>\n");
        if (result == null) {
            h.append("<div id=\"result\"></div>\n");
        } else {
            result(h, result, view);
        }
        h.append(foot());
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param status the status
     * @param message what went wrong
     * @param view the request's path and chosen language
     * @return the form page with the error above where the result would be
     */
    byte[] errorPage(int status, String message, View view) {
        StringBuilder h = new StringBuilder(4096);
        String page = new String(form(null, view), StandardCharsets.UTF_8);
        int at = page.indexOf("<div id=\"result\"></div>");
        h.append(page, 0, at);
        h.append("<div id=\"result\"><div class=\"error-box\" role=\"alert\"><h2 id=\"result-title\" tabindex=\"-1\">")
                .append(esc(Texts.format("serve.error.title", String.valueOf(status)))).append("</h2><p>")
                .append(esc(message)).append("</p></div></div>\n");
        h.append(page, at + "<div id=\"result\"></div>".length(), page.length());
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void result(StringBuilder h, Result r, View view) {
        ReportResult report = r.results().get(0);
        long e = 0;
        long w = 0;
        long i = 0;
        for (ReportResult x : r.results()) {
            e += x.count(Severity.ERROR);
            w += x.count(Severity.WARNING);
            i += x.count(Severity.INFO);
        }
        h.append("<section id=\"result\" class=\"result\" aria-labelledby=\"result-title\">\n")
                .append("<h2 id=\"result-title\" tabindex=\"-1\">").append(esc(Texts.format("serve.result.title", r.name())))
                .append("</h2>\n<p class=\"meta\">").append(esc(report.format())).append(" · ")
                .append(report.template() == null ? text("html.no-template")
                        : Texts.format("html.template", "<code>" + esc(report.template()) + "</code>"))
                .append("</p>\n<ul class=\"counts\" aria-label=\"").append(text("serve.result.counts")).append("\">")
                .append(count(e, "error")).append(count(w, "warning")).append(count(i, "info")).append("</ul>\n");
        h.append("<p class=\"downloads\">").append(text("serve.result.download")).append(' ')
                .append(download(r.name(), Format.JSON, r.json(), "application/json")).append(' ')
                .append(download(r.name(), Format.SARIF, r.sarif(), "application/sarif+json")).append(' ')
                .append(download(r.name(), Format.HTML, r.html(), "text/html")).append("</p>\n");
        h.append("<div class=\"columns\">\n<section class=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">")
                .append(text("serve.result.findings")).append("</h2>\n");
        findings(h, r, view);
        h.append("</section>\n<section class=\"extract\" aria-labelledby=\"extract-title\">\n<h2 id=\"extract-title\">")
                .append(text("serve.result.extract")).append("</h2>\n");
        extract(h, r, report);
        h.append("</section>\n</div>\n</section>\n");
    }

    private static String count(long n, String severity) {
        return "<li><span class=\"badge " + (n == 0 ? "zero" : severity) + "\">"
                + esc(Texts.format("html.count." + severity, n, String.valueOf(n))) + "</span></li>";
    }

    private static String download(String name, Format f, byte[] bytes, String type) {
        return "<a class=\"download\" download=\"" + esc(downloadName(name, f)) + "\" href=\"data:" + type + ";base64,"
                + Base64.getEncoder().encodeToString(bytes) + "\">" + text("serve.result.download." + f.id()) + "</a>";
    }

    /** The findings under each section of the template, in template order; findings about the whole document first. */
    private void findings(StringBuilder h, Result r, View view) {
        ReportResult report = r.results().get(0);
        Template template = report.template() == null ? null : checker.template(report.template());
        Set<String> ids = new LinkedHashSet<>();
        if (template != null) {
            for (TemplateSection s : template.sections()) {
                ids.add(s.id());
            }
        }
        ids.addAll(report.sections().keySet());
        Map<String, List<Finding>> bySection = new LinkedHashMap<>();
        for (ReportResult x : r.results()) {
            for (Finding f : x.findings()) {
                String key = x != report || f.section() == null || !ids.contains(f.section()) ? "" : f.section();
                bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        if (bySection.isEmpty()) {
            h.append("<p class=\"clean\">").append(text("html.clean")).append("</p>\n");
        }
        List<Finding> whole = bySection.getOrDefault("", List.of());
        if (!whole.isEmpty()) {
            group(h, "", text("html.whole-document"), whole, true, view);
        }
        for (String id : ids) {
            TemplateSection def = template == null ? null : template.section(id).orElse(null);
            String title = def == null ? esc(id) : esc(def.label());
            group(h, id, title, bySection.getOrDefault(id, List.of()), report.sections().containsKey(id), view);
        }
    }

    private static void group(StringBuilder h, String id, String title, List<Finding> findings, boolean found, View view) {
        h.append("<section class=\"group").append(findings.isEmpty() ? " ok" : "").append("\"")
                .append(id.isEmpty() ? "" : " data-section=\"" + esc(id) + "\"").append(">\n<h3>").append(title);
        if (!id.isEmpty()) {
            h.append(" <code>").append(esc(id)).append("</code>");
        }
        h.append("</h3>\n");
        if (!found) {
            h.append("<p class=\"missing\">").append(text("serve.result.not-found")).append("</p>\n");
        }
        if (findings.isEmpty()) {
            h.append("<p class=\"clean\">").append(text("html.clean")).append("</p>\n</section>\n");
            return;
        }
        h.append("<ul class=\"list\">\n");
        for (Finding f : findings) {
            Location l = f.location();
            String sev = f.severity().id();
            h.append("<li class=\"finding ").append(sev).append("\" data-rule=\"").append(esc(f.rule())).append("\">")
                    .append("<p class=\"head\"><span class=\"badge ").append(sev).append("\">").append(esc(sev))
                    .append("</span> ");
            if (RulePages.text(f.rule()).isPresent()) {
                h.append("<a class=\"rule\" href=\"").append(esc(view.href("/rules/" + f.rule()))).append("\"><code>").append(esc(f.rule()))
                        .append("</code></a>");
            } else {
                h.append("<code class=\"rule\">").append(esc(f.rule())).append("</code>");
            }
            h.append(" <span class=\"where\">").append(esc(where(l))).append("</span></p>\n<p class=\"message\">")
                    .append(esc(f.message())).append("</p>");
            if (!f.excerpt().isBlank()) {
                h.append("<blockquote class=\"excerpt\">").append(esc(f.excerpt())).append("</blockquote>");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static String where(Location l) {
        if (l.row() != null) {
            return l.paragraph() == null ? Texts.format("output.row", l.row())
                    : Texts.format("output.row-paragraph", l.row(), String.valueOf(l.paragraph()));
        }
        String page = l.page() == null ? "" : Texts.format("html.page", String.valueOf(l.page())) + ", ";
        return Texts.format("html.where", page, String.valueOf(l.line()), String.valueOf(l.column()));
    }

    /** The sections as {@code extract} gives them: each with its label, then its text, items or paragraphs. */
    private void extract(StringBuilder h, Result r, ReportResult report) {
        if (r.extracted() == null) {
            h.append("<p class=\"missing\">").append(text("serve.result.no-extract")).append("</p>\n");
            return;
        }
        JsonNode tree = MAPPER.readTree(r.extracted());
        Template template = checker.template(tree.path("template").asString());
        Map<String, SectionSummary> counted = report.sections();
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            if (e.getKey().equals("template")) {
                continue;
            }
            TemplateSection def = template == null ? null : template.section(e.getKey()).orElse(null);
            h.append("<section class=\"read\" data-section=\"").append(esc(e.getKey())).append("\">\n<h3>")
                    .append(esc(def == null ? e.getKey() : def.label())).append("</h3>\n");
            SectionSummary s = counted.get(e.getKey());
            if (s != null) {
                h.append("<p class=\"meta\">").append(esc(Texts.format("serve.result.counted", String.valueOf(s.line()),
                        String.valueOf(s.items()), String.valueOf(s.paragraphs()), String.valueOf(s.words())))).append("</p>\n");
            }
            value(h, e.getValue(), 0);
            h.append("</section>\n");
        }
    }

    private static void value(StringBuilder h, JsonNode v, int depth) {
        if (v == null || v.isNull()) {
            h.append("<p class=\"missing\">").append(text("serve.result.empty")).append("</p>\n");
        } else if (v.isArray() && depth < 4) {
            h.append("<ul class=\"entries\">\n");
            for (JsonNode item : v) {
                h.append("<li>");
                value(h, item, depth + 1);
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        } else if (v.isObject() && depth < 4) {
            h.append("<dl>\n");
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                h.append("<dt>").append(esc(e.getKey())).append("</dt><dd>");
                value(h, e.getValue(), depth + 1);
                h.append("</dd>\n");
            }
            h.append("</dl>\n");
        } else {
            String text = v.isString() ? v.asString() : v.toString();
            for (String p : text.split("\n\n", -1)) {
                h.append("<p>").append(esc(p)).append("</p>\n");
            }
        }
    }

    /** @return the rules page: each rule with its severity, what it finds, and a link to its page */
    byte[] rules(View view) {
        StringBuilder h = new StringBuilder(16384);
        h.append(head(Texts.format("serve.rules.title"), view)).append("<h1>").append(text("serve.rules.title")).append("</h1>\n");
        h.append("<ul class=\"rules\">\n");
        for (RuleDescription r : checker.run().rules()) {
            h.append("<li><p class=\"head\"><span class=\"badge ").append(r.defaultSeverity().id()).append("\">")
                    .append(esc(r.defaultSeverity().id())).append("</span> ");
            if (RulePages.text(r.id()).isPresent()) {
                h.append("<a href=\"").append(esc(view.href("/rules/" + r.id()))).append("\"><code>").append(esc(r.id()))
                        .append("</code></a>");
            } else {
                h.append("<code>").append(esc(r.id())).append("</code>");
            }
            h.append("</p><p>").append(esc(r.summary())).append("</p></li>\n");
        }
        h.append("</ul>\n").append(foot());
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param id a rule id from the request's path
     * @param view the request's path and chosen language
     * @return its page (the Markdown of {@code explain} in the current language, else in English,
     *     rendered with raw HTML escaped), or {@code null}
     */
    byte[] rule(String id, View view) {
        if (!RulePages.isRuleId(id)) {
            return null;
        }
        String md = RulePages.text(id).orElse(null);
        if (md == null) {
            return null;
        }
        md = RulePages.text(id, Language.current()).orElse(md);
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
        StringBuilder h = new StringBuilder(md.length() * 2);
        h.append(head(id, view)).append("<article class=\"rule-page\">\n").append(renderer.render(parser.parse(md)))
                .append("</article>\n<p><a href=\"").append(view.href("/rules")).append("\">").append(text("serve.rules.all")).append("</a></p>\n").append(foot());
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the templates page: each template with its sections in order */
    byte[] templates(View view) {
        StringBuilder h = new StringBuilder(16384);
        h.append(head(Texts.format("serve.templates.title"), view)).append("<h1>").append(text("serve.templates.title"))
                .append("</h1>\n");
        for (Template t : checker.templates()) {
            h.append("<section class=\"template\" id=\"").append(esc(t.id())).append("\">\n<h2>").append(esc(t.title()))
                    .append(" <code>").append(esc(t.id())).append("</code></h2>\n<table>\n<thead><tr><th scope=\"col\">")
                    .append(text("serve.templates.label")).append("</th><th scope=\"col\">").append(text("html.column.section"))
                    .append("</th><th scope=\"col\">").append(text("serve.templates.asks")).append("</th></tr></thead>\n<tbody>\n");
            for (TemplateSection s : t.sections()) {
                h.append("<tr><td>").append(esc(s.label())).append("</td><td><code>").append(esc(s.id()))
                        .append("</code></td><td>").append(esc(s.help())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</section>\n");
        }
        h.append(foot());
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String key) {
        return esc(Texts.format(key));
    }
}
