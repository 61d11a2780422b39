package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Break;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static List<Row> rows(String md) {
        return new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8), "r.md", Limits.DEFAULTS).rows();
    }

    @Test
    void markupIsRemovedAndLinesKept() {
        List<Row> rows = rows("# Title\n\n**Session Title:** A *good* one\n\nFirst line\nsecond line\n");
        assertThat(rows).extracting(r -> r.body().text())
                .containsExactly("Title", "Session Title: A good one", "First line", "second line");
        assertThat(rows).extracting(r -> r.body().line()).containsExactly(1, 3, 5, 6);
        assertThat(rows.get(0).heading()).isTrue();
        assertThat(rows.get(2).breakAfter()).isEqualTo(Break.SOFT);
        assertThat(rows.get(3).breakAfter()).isEqualTo(Break.HARD);
    }

    @Test
    void listItemsKeepTheirMarkers() {
        List<Row> rows = rows("- one\n- two\n\n3. three\n4. four\n");
        assertThat(rows).extracting(r -> r.body().text()).containsExactly("- one", "- two", "3. three", "4. four");
    }

    @Test
    void htmlCommentsAreNotText() {
        assertThat(rows("<!-- igf-report-disable x -->\n\nText\n")).extracting(r -> r.body().text()).containsExactly("Text");
    }
}
