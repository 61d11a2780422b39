package org.igfreport.internal.read;

import java.io.ByteArrayOutputStream;

/**
 * A byte scanner over a Word document part ({@code word/document.xml}) run before POI parses it:
 * it counts the table rows, cells and paragraphs (so that {@link org.igfreport.internal.base.Limits#maxWordElements()}
 * holds before POI builds objects for them) and cuts tables of more than {@link #MAX_ROWS} rows
 * into consecutive tables of at most that many. POI builds a table in time quadratic in its rows
 * (each row is looked up from the start of the list), so a table of 100,000 rows took 40 s; cut,
 * it is read in linear time, and the reader gives the same rows in the same order. One pass, no
 * regular expression; tags are ASCII, so bytes are compared directly.
 */
final class WordXml {

    /** Rows per table after cutting. */
    static final int MAX_ROWS = 1000;

    private static final byte[] TBL = ascii("<w:tbl");
    private static final byte[] TBL_END = ascii("</w:tbl>");
    private static final byte[] TR = ascii("<w:tr");
    private static final byte[] TR_END = ascii("</w:tr>");
    private static final byte[] TC = ascii("<w:tc");
    private static final byte[] P = ascii("<w:p");
    private static final byte[] CUT = ascii("</w:tbl><w:tbl>");

    private WordXml() {
    }

    /** What the scan found. */
    record Scan(long elements, boolean longTable) {
    }

    /**
     * @param xml the part's bytes
     * @return how many rows, cells and paragraphs it has, and whether a table has more than {@link #MAX_ROWS} rows
     */
    static Scan scan(byte[] xml) {
        long elements = 0;
        int depth = 0;
        int[] rows = new int[64];
        boolean longTable = false;
        for (int k = 0; k < xml.length; k++) {
            if (xml[k] != '<') {
                continue;
            }
            if (tag(xml, k, TBL)) {
                depth++;
                if (depth < rows.length) {
                    rows[depth] = 0;
                }
            } else if (starts(xml, k, TBL_END)) {
                depth = Math.max(0, depth - 1);
            } else if (tag(xml, k, TR)) {
                elements++;
                if (depth > 0 && depth < rows.length && ++rows[depth] > MAX_ROWS) {
                    longTable = true;
                }
            } else if (tag(xml, k, TC) || tag(xml, k, P)) {
                elements++;
            }
        }
        return new Scan(elements, longTable);
    }

    /**
     * @param xml the part's bytes
     * @return the part with every table of more than {@link #MAX_ROWS} rows cut into consecutive tables
     */
    static byte[] cutLongTables(byte[] xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + xml.length / 64);
        int depth = 0;
        int[] rows = new int[64];
        int from = 0;
        for (int k = 0; k < xml.length; k++) {
            if (xml[k] != '<') {
                continue;
            }
            if (tag(xml, k, TBL)) {
                depth++;
                if (depth < rows.length) {
                    rows[depth] = 0;
                }
            } else if (starts(xml, k, TBL_END)) {
                depth = Math.max(0, depth - 1);
            } else if (starts(xml, k, TR_END) && depth > 0 && depth < rows.length && ++rows[depth] >= MAX_ROWS) {
                int after = k + TR_END.length;
                int next = after;
                while (next < xml.length && (xml[next] == ' ' || xml[next] == '\n' || xml[next] == '\r' || xml[next] == '\t')) {
                    next++;
                }
                if (tag(xml, next, TR)) { // another row follows: end this table, start the next
                    out.write(xml, from, after - from);
                    out.write(CUT, 0, CUT.length);
                    from = after;
                    rows[depth] = 0;
                }
            }
        }
        out.write(xml, from, xml.length - from);
        return out.toByteArray();
    }

    /**
     * @param xml the part's bytes
     * @param ascii an ASCII string
     * @return whether the part contains it anywhere
     */
    static boolean contains(byte[] xml, String ascii) {
        byte[] s = ascii(ascii);
        for (int k = 0; k + s.length <= xml.length; k++) {
            if (xml[k] == s[0] && starts(xml, k, s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element {@code name} starts at {@code at}: the name followed by '>', '/' or white space. */
    private static boolean tag(byte[] xml, int at, byte[] name) {
        if (!starts(xml, at, name) || at + name.length >= xml.length) {
            return false;
        }
        byte c = xml[at + name.length];
        return c == '>' || c == '/' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean starts(byte[] xml, int at, byte[] s) {
        if (at + s.length > xml.length) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (xml[at + i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
