package org.igfreport.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.igfreport.Severity;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private static String write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Samples.writeAll(new HtmlWriter(out), Samples.run(Severity.ERROR));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneSelfContainedPage() throws Exception {
        String html = write();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<style>");
        assertThat(html).doesNotContain("<script", "<link", "src=", "http://");
        // the one kind of address: a finding's rule links to its page (a link, nothing the page loads)
        assertThat(html).contains("<a class=\"rule\" href=\"" + RulePages.uri("sentences-per-item") + "\"><code>sentences-per-item</code></a>");
        assertThat(html.replaceAll("<a class=\"rule\" href=\"https://[^\"]*\">", "")).doesNotContain("https://");
        assertThat(html).containsOnlyOnce("<html").containsOnlyOnce("</body>");
    }

    @Test
    void everyTextFromAReportIsEscaped() throws Exception {
        String html = write();
        assertThat(html).contains("What do we mean by &lt;rights&gt; &amp; &quot;cyber&quot;?")
                .doesNotContain("<rights>");
        assertThat(HtmlWriter.esc("<script>alert('x')</script>")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void aSummaryTableThenEachReportWithSectionsInTemplateOrderAndFindings() throws Exception {
        String html = write();
        assertThat(html).contains("<section class=\"summary\">", "3 reports", "2 errors, 1 warning, 1 info in 3 reports");
        assertThat(html).contains("<a href=\"#report-1\">reports/ws 42.txt</a>", "id=\"report-3\"");
        String first = html.substring(html.indexOf("id=\"report-1\""), html.indexOf("id=\"report-2\""));
        assertThat(first).containsSubsequence("session_title", "date", "not found", "key_issues", "discussions");
        assertThat(first).contains("<td>2, 1, 5</td>", "sentences-per-item", "35:1", "class=\"excerpt\"");
        String pdf = html.substring(html.indexOf("id=\"report-2\""), html.indexOf("id=\"report-3\""));
        assertThat(pdf).contains("no template recognised", "p. 2, 1:1");
        assertThat(html.substring(html.indexOf("id=\"report-3\""))).contains("No findings.");
    }
}
