package org.igfreport.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.igfreport.Finding;
import org.igfreport.Limits;
import org.igfreport.document.Document;
import org.igfreport.document.Row;

/**
 * Reads PDF reports with PDFBox 3 as a person sees the page, not as a flat text dump: the glyphs
 * with their positions are grouped into lines ({@link PdfLayout}), the label column of the IGF
 * Word template is told from the answer column by x position, paragraphs are found from vertical
 * gaps and first-line indents, and running headers, footers and page numbers are dropped.
 *
 * <p>Positions: every fragment carries its {@code page} and, as {@code line}, the number of the
 * text line on that page counted from the top (headers and footers included, as a person counts
 * them). The label cell starts at column 1; the answer cell at the label's length + 2, as if the
 * two cells were separated by a tab.
 *
 * <p>Bad files are findings, never exceptions: an encrypted file that does not open with the
 * empty password is {@code encrypted}; a file without any text (a scan: no OCR is done) is
 * {@code no-text-layer}; one PDFBox cannot parse is {@code corrupt}, and one it recovers text from
 * although it is damaged (truncated, no end-of-file marker) gets a {@code corrupt} warning. Only
 * the first {@link Limits#maxPages()} pages are read; a longer file gets a {@code too-large}
 * warning and is checked on those pages. PDFBox caches streams in temporary files, not memory.
 */
public final class PdfReader implements ReportReader {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Document read(byte[] content, String name, Limits limits) {
        try {
            return readChecked(content, name, limits);
        } catch (InvalidPasswordException e) {
            return Unreadable.document(name, format(), "encrypted");
        } catch (IOException e) {
            return Unreadable.document(name, format(), "corrupt", detail(e));
        } catch (RuntimeException | StackOverflowError e) {
            return Unreadable.document(name, format(), "corrupt", "its structure is broken");
        } catch (OutOfMemoryError e) {
            return Unreadable.document(name, format(), "too-large", "?", limits.maxBytes() / (1024 * 1024) + " MB");
        }
    }

    private Document readChecked(byte[] content, String name, Limits limits) throws IOException {
        if (content.length == 0) {
            return Unreadable.document(name, format(), "empty");
        }
        if (DocxReader.isOle2(content)) {
            return Unreadable.document(name, format(), "old-doc");
        }
        if (indexOf(content, "%PDF-", 0, 1024) < 0) {
            return Unreadable.document(name, format(), "corrupt", "no PDF header");
        }
        List<Finding> warnings = new ArrayList<>();
        if (damaged(content)) {
            warnings.add(Unreadable.warning("corrupt", "the file is truncated or its cross-reference table is damaged"));
        }
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                return Unreadable.document(name, format(), "empty");
            }
            int read = Math.min(pages, limits.maxPages());
            if (read < pages) {
                warnings.add(Unreadable.warning("too-many-pages", String.valueOf(pages), String.valueOf(limits.maxPages())));
            }
            Collector collector = new Collector(read);
            collector.setSortByPosition(true);
            collector.setStartPage(1);
            collector.setEndPage(read);
            collector.getText(pdf);
            if (collector.glyphCount == 0) {
                boolean images = false;
                for (int i = 0; i < read && !images; i++) {
                    images = hasImages(pdf.getPage(i));
                }
                return Unreadable.document(name, format(), images ? "no-text-layer" : "empty");
            }
            List<Row> rows = PdfLayout.rows(collector.pages, grids(pdf, collector.pages.size()));
            if (rows.stream().allMatch(Row::isBlank)) {
                return Unreadable.document(name, format(), "empty");
            }
            return Document.ofRows(name, format(), rows).withFindings(warnings);
        }
    }

    /**
     * The cells of each page's bordered tables ({@link PdfRulings}, {@link PdfGrid}); a page
     * whose drawing cannot be read has none and is read by its column geometry.
     */
    private static List<List<PdfGrid.Cell>> grids(PDDocument pdf, int pages) {
        List<List<PdfGrid.Cell>> grids = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            List<PdfGrid.Cell> cells;
            try {
                cells = PdfGrid.cells(new PdfRulings(pdf.getPage(i)).collect());
            } catch (IOException | RuntimeException e) {
                cells = List.of();
            }
            grids.add(cells);
        }
        return grids;
    }

    private static boolean hasImages(PDPage page) {
        PDResources res = page.getResources();
        if (res == null) {
            return false;
        }
        for (COSName n : res.getXObjectNames()) {
            if (n != null) {
                return true;
            }
        }
        return false;
    }

    /** A file whose end-of-file marker or cross-reference start is missing near its end was cut off or damaged. */
    static boolean damaged(byte[] content) {
        int from = Math.max(0, content.length - 2048);
        return indexOf(content, "%%EOF", from, content.length) < 0
                || indexOf(content, "startxref", Math.max(0, content.length - 4096), content.length) < 0;
    }

    private static int indexOf(byte[] hay, String needle, int from, int to) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(to, hay.length) - n.length;
        outer:
        for (int i = Math.max(0, from); i <= end; i++) {
            for (int k = 0; k < n.length; k++) {
                if (hay[i + k] != n[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String detail(Exception e) {
        return Unreadable.detail(e);
    }

    /** Collects every glyph with its position, page by page, instead of writing text. */
    private static final class Collector extends PDFTextStripper {
        private final List<PdfLayout.Page> pages = new ArrayList<>();
        private final int maxPages;
        private List<PdfLayout.Glyph> current;
        private float pageHeight;
        private float pageWidth;
        private int glyphCount;

        Collector(int maxPages) {
            this.maxPages = maxPages;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            current = new ArrayList<>();
            var box = page.getCropBox();
            pageHeight = box == null ? 792 : box.getHeight();
            pageWidth = box == null ? 612 : box.getWidth();
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (current == null || pages.size() >= maxPages) {
                return;
            }
            String u = t.getUnicode();
            if (u == null || u.isEmpty()) {
                return;
            }
            float x = t.getXDirAdj();
            float y = t.getYDirAdj();
            float w = t.getWidthDirAdj();
            float size = Math.max(1f, Math.abs(t.getFontSizeInPt()));
            if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(w)) {
                return;
            }
            if (!u.isBlank()) {
                glyphCount++;
            }
            current.add(new PdfLayout.Glyph(u, x, y, Math.max(0f, w), size, t.getWidthOfSpace()));
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            if (current != null) {
                pages.add(new PdfLayout.Page(pages.size() + 1, pageWidth, pageHeight, current));
                current = null;
            }
            super.endPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            // The text is rebuilt from positions by PdfLayout; nothing is written here.
        }
    }
}
