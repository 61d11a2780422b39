package org.igfreport.internal.serve;

import org.igfreport.internal.output.HtmlWriter;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of the server that need no socket: upload names and HTML escaping. */
class WebServerTest {

    @Test
    void anUploadsNameIsItsLastSegmentWithoutControlCharacters() {
        assertThat(WebServer.fileName("report.docx")).isEqualTo("report.docx");
        assertThat(WebServer.fileName("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(WebServer.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(WebServer.fileName("a\u0000b\nc\u007f.md")).isEqualTo("abc.md");
        assertThat(WebServer.fileName("<x>\".txt")).isEqualTo("x.txt");
        assertThat(WebServer.fileName("dir/")).isNull();
        assertThat(WebServer.fileName("..")).isNull();
        assertThat(WebServer.fileName(null)).isNull();
        assertThat(WebServer.fileName("x".repeat(300) + ".txt")).isNull();
    }

    @Test
    void everyTextIsEscaped() {
        assertThat(HtmlWriter.esc("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(HtmlWriter.esc("a\u0001b")).isEqualTo("a\uFFFDb");
        assertThat(Page.downloadName("r\"e;p\u00e9.docx", org.igfreport.internal.output.Format.SARIF)).isEqualTo("r_e_p_.docx.sarif");
    }
}
