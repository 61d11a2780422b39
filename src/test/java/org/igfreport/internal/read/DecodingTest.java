package org.igfreport.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {

    private static final String TEXT = "Session Title: Café – “quoted”\nDate: 19 December 2017\n";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(Decoding.decode(plain).text()).isEqualTo(TEXT);
        assertThat(Decoding.decode(bom).text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithBom() {
        byte[] le = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\ufeff" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(Decoding.decode(le).text()).isEqualTo(TEXT);
        assertThat(Decoding.decode(be).text()).isEqualTo(TEXT);
    }

    @Test
    void windows1252WhenNotUtf8() {
        byte[] cp = TEXT.getBytes(Charset.forName("windows-1252"));
        Decoding.Result r = Decoding.decode(cp);
        assertThat(r.charset()).isEqualTo("windows-1252");
        assertThat(r.text()).isEqualTo(TEXT);
    }

    @Test
    void nulBytesAreBinary() {
        byte[] b = {'a', 'b', 0, (byte) 0xff, (byte) 0xfe, 0, 1, 2, 3};
        assertThat(Decoding.decode(b).problem()).isEqualTo("binary");
        assertThat(Decoding.decode(b).text()).isNull();
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] b = new byte[2000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 31 + 1);
        }
        assertThat(Decoding.decode(b).problem()).isEqualTo("binary");
    }

    @net.jqwik.api.Property(tries = 1000)
    void asciiIsTextUnlessNulOrManyControls(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(max = 300) byte[] raw) {
        byte[] b = raw.clone();
        int controls = 0;
        boolean nul = false;
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (b[i] & 0x7f);
            nul |= b[i] == 0;
            if (b[i] < 0x20 && b[i] != 0 && b[i] != '\n' && b[i] != '\r' && b[i] != '\t' && b[i] != '\f') {
                controls++;
            }
        }
        Decoding.Result r = Decoding.decode(b);
        boolean utf16 = r.charset() != null && r.charset().startsWith("UTF-16");
        if (!utf16) {
            boolean binary = nul || (b.length > 0 && controls > Math.max(8, b.length / 100));
            assertThat(r.problem()).isEqualTo(binary ? "binary" : null);
            if (!binary) {
                assertThat(r.text()).isEqualTo(new String(b, java.nio.charset.StandardCharsets.US_ASCII));
                assertThat(r.charset()).isEqualTo("UTF-8");
            }
        }
    }
}
