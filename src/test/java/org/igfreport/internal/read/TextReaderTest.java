package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    private static Document read(String text) {
        return new TextReader().read(text.getBytes(StandardCharsets.UTF_8), "r.txt", Limits.DEFAULTS);
    }

    @Test
    void crlfCrAndLfAllEndLines() {
        Document d = read("a\r\nb\rc\nd");
        assertThat(d.rows()).extracting(r -> r.body().text()).containsExactly("a", "b", "c", "d");
        assertThat(d.rows()).extracting(r -> r.body().line()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aWordTableSavedAsTextBecomesTableRows() {
        String text = "Title\n\nSession Title\tA\nDate\t1 May 2017\nTime\t10:00\nChair\tJ\nKey Issues raised (1\t\n"
                + "\tFirst issue.\nsentence per issue):\tSecond issue.\n";
        List<Row> rows = read(text).rows();
        assertThat(rows.get(0).isTableRow()).isFalse();
        Row r = rows.get(2);
        assertThat(r.isTableRow()).isTrue();
        assertThat(r.label().text()).isEqualTo("Session Title");
        assertThat(r.body().text()).isEqualTo("A");
        assertThat(r.body().column()).isEqualTo(15);
        assertThat(rows.get(7).label().isBlank()).isTrue();
    }

    @Test
    void aFewTabsDoNotMakeATable() {
        assertThat(read("a\tb\nc\nd\ne\nf\n").rows()).noneMatch(Row::isTableRow);
    }

    @Test
    void emptyAndBinaryFilesAreUnreadable() {
        assertThat(read("  \n\n").unreadable()).isTrue();
        assertThat(read("  \n\n").findings().get(0).rule()).isEqualTo("input-unreadable");
        Document bin = new TextReader().read(new byte[] {1, 0, 2, 0, 3}, "x.txt", Limits.DEFAULTS);
        assertThat(bin.unreadable()).isTrue();
    }
}
