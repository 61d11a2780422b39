package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text is cut into lines at CRLF, CR and LF, as the line-break regex would, form feeds read as spaces. */
class TextReaderProperties {

    @Property(tries = 1000)
    void linesAreWhatTheLineBreakRegexGives(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (expected.get(expected.size() - 1).isEmpty()) {
            expected.remove(expected.size() - 1); // no line after the last line break
        }
        expected.replaceAll(l -> l.replace('\f', ' '));
        assertThat(TextReader.lines(text)).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \r\n\f\t").ofMaxLength(40);
    }
}
