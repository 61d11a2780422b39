package org.igfreport.internal.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into characters the way an office user expects: a byte-order mark
 * decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (what Word and Notepad wrote for years). Files with NUL bytes or many control
 * characters are binary, not text.
 */
public final class Decoding {

    /**
     * The decoded text, or why there is none.
     *
     * @param text the text, or {@code null} when the bytes are not text
     * @param charset the charset used
     * @param problem {@code binary} when the bytes are not text, else {@code null}
     */
    public record Result(String text, String charset, String problem) {
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /**
     * @param bytes the file's bytes
     * @return the text and charset, or the problem
     */
    public static Result decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return checked(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return checked(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return checked(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (looksUtf16(bytes)) {
            boolean le = bytes.length > 1 && bytes[1] == 0;
            return checked(new String(bytes, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE),
                    le ? "UTF-16LE" : "UTF-16BE");
        }
        Result ascii = ascii(bytes);
        if (ascii != null) {
            return ascii;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return new Result(null, null, "binary");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return checked(s, "UTF-8");
        } catch (CharacterCodingException e) {
            return checked(new String(bytes, CP1252), "windows-1252");
        }
    }

    /**
     * Plain ASCII, as most reports are: checked for NULs and control characters in one pass and
     * copied straight into a string, without a decoder's char buffer (a 10 MB file would need 20 MB).
     *
     * @return the result, or {@code null} when a byte is not ASCII
     */
    private static Result ascii(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b < 0x20) {
                if (b < 0) {
                    return null;
                }
                if (b == 0) {
                    return new Result(null, null, "binary");
                }
                if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                    controls++;
                }
            }
        }
        if (tooManyControls(controls, bytes.length)) {
            return new Result(null, "UTF-8", "binary");
        }
        return new Result(new String(bytes, StandardCharsets.US_ASCII), "UTF-8", null);
    }

    /** UTF-16 without a BOM: most bytes at odd (or even) positions are zero. */
    private static boolean looksUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZero = 0;
        int oddZero = 0;
        int half = n / 2;
        double needed = half * 0.6;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
            int left = (n - i - 2) / 2;
            if (evenZero + left <= needed && oddZero + left <= needed) {
                return false; // neither side can have enough zeros any more
            }
        }
        return (oddZero > half * 0.6 && evenZero < half * 0.1) || (evenZero > half * 0.6 && oddZero < half * 0.1);
    }

    private static Result checked(String s, String charset) {
        int controls = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return new Result(null, charset, "binary");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (tooManyControls(controls, len)) {
            return new Result(null, charset, "binary");
        }
        return new Result(s, charset, null);
    }

    /** More control characters than text has: binary. */
    private static boolean tooManyControls(int controls, int length) {
        return length > 0 && controls > Math.max(8, length / 100);
    }
}
