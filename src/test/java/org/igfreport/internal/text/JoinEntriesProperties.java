package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Joining wrapped speaker entries never loses or reorders text, and paragraphs keep every line. */
class JoinEntriesProperties {

    @Property(tries = 500)
    void joiningNeverLosesText(@ForAll("cells") List<String> cell) {
        List<Line> in = WrappedLinesTest.lines(cell.toArray(String[]::new));
        List<Line> out = Items.joinEntries(in);
        assertThat(squeeze(out)).isEqualTo(squeeze(in));
        assertThat(out.size()).isLessThanOrEqualTo(in.size());
    }

    @Property(tries = 500)
    void paragraphsKeepEveryLine(@ForAll("cells") List<String> cell) {
        List<Line> in = WrappedLinesTest.lines(cell.toArray(String[]::new));
        StringBuilder out = new StringBuilder();
        Paragraphs.analyse(in).paragraphs().forEach(b -> b.lines().forEach(f -> out.append(f.text())));
        assertThat(out.toString().replaceAll("\\s", "")).isEqualTo(squeeze(in));
    }

    private static String squeeze(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.text().text()));
        return sb.toString().replaceAll("\\s", "");
    }

    @Provide
    Arbitrary<List<String>> cells() {
        Arbitrary<String> word = Arbitraries.of("Jane", "Doe", "(UNESCO)", "(Digital", "Foundation)", "of", "and",
                "University", "Bergen,", "ministry", "-", "Okonkwo-", "Adeyemi", ")", "(", "1.", "•", "end.", "\f", "");
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(8).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(0).ofMaxSize(12);
    }
}
