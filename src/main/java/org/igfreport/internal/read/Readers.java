package org.igfreport.internal.read;

import java.util.Locale;

/**
 * Picks the reader for a file by its extension. Readers of heavy formats (PDF, Word) are made
 * only when such a file is met, so their libraries load only then. A {@code .doc} file goes to
 * the Word reader, which tells an old binary Word file ({@code old-doc}) from a misnamed .docx.
 */
public final class Readers {

    private Readers() {
    }

    /** @param name a file name
     *  @return its extension, lower-cased, or "" */
    public static String extension(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a file name
     * @return the reader for it; plain text for unknown extensions
     */
    public static ReportReader forName(String name) {
        // a switch, not a map of constructor references: each of those is a call site linked in the
        // interpreter at start-up; and PDFBox and POI load only when such a file is met
        switch (extension(name)) {
            case "md":
            case "markdown":
                return new MarkdownReader();
            case "yaml":
            case "yml":
                return StructuredReader.yaml();
            case "json":
                return StructuredReader.json();
            case "pdf":
                return new PdfReader();
            case "docx":
            case "doc":
                return new DocxReader();
            default:
                return new TextReader();
        }
    }

    /** @param name a file name
     *  @return whether the checker reads files with that extension when it searches a folder */
    public static boolean isReport(String name) {
        String ext = extension(name);
        return ext.equals("txt") || ext.equals("md") || ext.equals("markdown") || ext.equals("pdf")
                || ext.equals("docx") || ext.equals("yaml") || ext.equals("yml") || ext.equals("json");
    }

    /**
     * Loads the classes of a format's library (PDFBox, POI) once per JVM, so that the time this
     * takes on first use is not counted in any report's time budget; later calls cost a volatile
     * read. Safe on an interrupted thread (the flag is cleared and restored around it).
     *
     * @param format a format id ({@code pdf}, {@code docx}; others need nothing)
     */
    public static void warmUp(String format) {
        if ("pdf".equals(format)) {
            Warmup.PDF.ensure();
        } else if ("docx".equals(format)) {
            Warmup.DOCX.ensure();
        }
    }
}
