package org.igfreport.read;

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
}
