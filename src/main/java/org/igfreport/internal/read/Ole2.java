package org.igfreport.internal.read;

/** Recognises OLE2 compound files (old binary .doc, encrypted .docx) by their signature, for the PDF and Word readers. */
final class Ole2 {

    private static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    private Ole2() {
    }

    /** @param content a file's bytes
     *  @return whether it is an OLE2 compound file */
    static boolean is(byte[] content) {
        if (content.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (content[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
