package org.igfreport.internal.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Row;

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
 * Text nobody sees is not report text: glyphs drawn with text render mode 3 or 7 (invisible) or
 * wholly outside the crop box are left out, and their places listed in {@link Document#hidden()}.
 * The work of reading is counted by a {@link PdfBudget} (operators, glyphs, form drawings, inflated
 * content, the deadline): going over is an {@code over-budget} or {@code too-slow} finding.
 */
public final class PdfReader implements ReportReader {

    /** Points a glyph may stick out of the crop box before it counts as off the page (rounding). */
    static final float OFF_PAGE_SLACK = 1f;

    /** Hidden glyphs remembered per page (only their places are kept, to say where hidden text was). */
    static final int MAX_HIDDEN_PER_PAGE = 10_000;

    /** Broken operators PDFBox may skip (and log) before the file is called damaged. */
    static final int MAX_OPERATOR_ERRORS = 100;

    @Override
    public String format() {
        return "pdf";
    }

    /** Whether a bordered label cell is read whole ({@link PdfLayout#rows(List, List, boolean)}). */
    private final boolean wholeLabels;

    /** A reader for checking: a label cell line by line beside its answer. */
    public PdfReader() {
        this(false);
    }

    private PdfReader(boolean wholeLabels) {
        this.wholeLabels = wholeLabels;
    }

    /**
     * @return a reader for {@code templates import}: each bordered label cell whole on its row's
     *         first line, one line per paragraph (the label, then its hint), as a Word label cell
     */
    public static PdfReader forForms() {
        return new PdfReader(true);
    }

    @Override
    public Document read(byte[] content, String name, Limits limits) {
        try {
            new ReadBudget(limits).checkTime(); // an interrupted thread does not start PDFBox (a class it loads could fail for good)
            Warmup.PDF.ensure(); // once per JVM, not counted in the time budget
            ReadBudget budget = new ReadBudget(limits);
            return readChecked(content, name, limits, new PdfBudget(budget));
        } catch (BudgetExceeded e) {
            return e.document(name, format());
        } catch (InvalidPasswordException e) {
            return Unreadable.document(name, format(), "encrypted");
        } catch (IOException e) {
            return Unreadable.document(name, format(), "corrupt", detail(e));
        } catch (RuntimeException e) {
            return Unreadable.document(name, format(), "corrupt", Messages.format("phrase.corrupt.structure"));
        } catch (StackOverflowError e) {
            return Unreadable.document(name, format(), "corrupt", Messages.format("phrase.corrupt.it-nested"));
        }
    }

    private Document readChecked(byte[] content, String name, Limits limits, PdfBudget budget) throws IOException {
        if (content.length == 0) {
            return Unreadable.document(name, format(), "empty");
        }
        if (Ole2.is(content)) {
            return Unreadable.document(name, format(), "old-doc");
        }
        if (indexOf(content, "%PDF-", 0, 1024) < 0) {
            return Unreadable.document(name, format(), "corrupt", Messages.format("phrase.corrupt.no-pdf-header"));
        }
        List<Finding> warnings = new ArrayList<>();
        if (damaged(content)) {
            warnings.add(Unreadable.warning("corrupt", Messages.format("phrase.corrupt.truncated")));
        }
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                return empty(content, name);
            }
            int read = Math.min(pages, limits.maxPages());
            if (read < pages) {
                warnings.add(Unreadable.warning("too-many-pages", String.valueOf(pages), String.valueOf(limits.maxPages())));
            }
            Collector collector = new Collector(read, budget);
            collector.setSortByPosition(true);
            collector.setStartPage(1);
            collector.setEndPage(read);
            collector.getText(pdf);
            if (collector.glyphCount == 0) {
                boolean images = false;
                for (int i = 0; i < read && !images; i++) {
                    images = hasImages(pdf.getPage(i));
                }
                return images ? Unreadable.document(name, format(), "no-text-layer") : empty(content, name);
            }
            List<Row> rows = PdfLayout.rows(collector.pages, grids(pdf, collector.pages.size(), budget), wholeLabels);
            if (rows.stream().allMatch(Row::isBlank)) {
                return empty(content, name);
            }
            return Document.ofRows(name, format(), rows).withFindings(warnings).withHidden(collector.hiddenPlaces());
        }
    }

    /**
     * A file that gave no text is empty, unless PDFBox dropped its objects because they nest
     * deeper than its parser goes (500 levels): then it is damaged, and says so.
     */
    private Document empty(byte[] content, String name) {
        if (nesting(content, MAX_NESTING) > MAX_NESTING) {
            return Unreadable.document(name, format(), "corrupt", Messages.format("phrase.corrupt.objects-nested",
                    String.valueOf(MAX_NESTING)));
        }
        return Unreadable.document(name, format(), "empty");
    }

    /** PDFBox's parser gives up on objects nested deeper than this. */
    static final int MAX_NESTING = 500;

    /** The deepest nesting of arrays and dictionaries in the bytes, counted no further than {@code cap} + 1 (one pass). */
    static int nesting(byte[] content, int cap) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < content.length && max <= cap; i++) {
            byte b = content[i];
            if (b == '[' || b == '<' && i + 1 < content.length && content[i + 1] == '<') {
                depth++;
                max = Math.max(max, depth);
                i += b == '<' ? 1 : 0;
            } else if (b == ']' || b == '>' && i + 1 < content.length && content[i + 1] == '>') {
                depth = Math.max(0, depth - 1);
                i += b == '>' ? 1 : 0;
            }
        }
        return max;
    }

    /**
     * The cells of each page's bordered tables ({@link PdfRulings}, {@link PdfGrid}); a page
     * whose drawing cannot be read has none and is read by its column geometry.
     */
    private static List<List<PdfGrid.Cell>> grids(PDDocument pdf, int pages, PdfBudget budget) {
        List<List<PdfGrid.Cell>> grids = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            List<PdfGrid.Cell> cells;
            try {
                cells = PdfGrid.cells(new PdfRulings(pdf.getPage(i), budget).collect());
            } catch (BudgetExceeded e) {
                throw e;
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
        private final PdfBudget budget;
        private int glyphCount;
        private int operatorErrors;
        /** Per page read, the baselines (y from the top) of the glyphs dropped as hidden. */
        private final List<List<Float>> hidden = new ArrayList<>();
        private List<Float> currentHidden;
        private int rotation;

        Collector(int maxPages, PdfBudget budget) {
            this.maxPages = maxPages;
            this.budget = budget;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.operator();
            super.processOperator(operator, operands);
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            // PDFBox logs some broken operators and goes on; a file made of them would flood the log
            if (++operatorErrors > MAX_OPERATOR_ERRORS) {
                throw new IOException(Messages.format("phrase.corrupt.operators", String.valueOf(MAX_OPERATOR_ERRORS)));
            }
            super.operatorException(operator, operands, e);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            budget.form(form, () -> super.showForm(form));
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            budget.form(group, () -> super.showTransparencyGroup(group));
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            budget.glyph();
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            budget.startPage(page);
            current = new ArrayList<>();
            var box = page.getCropBox();
            pageHeight = box == null ? 792 : box.getHeight();
            pageWidth = box == null ? 612 : box.getWidth();
            rotation = ((page.getRotation() % 360) + 360) % 360;
            currentHidden = new ArrayList<>();
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
            if (invisible() || offPage(x, y, Math.max(0f, w), size)) {
                if (!u.isBlank() && currentHidden.size() < MAX_HIDDEN_PER_PAGE) {
                    currentHidden.add(y);
                }
                return; // not report text: nobody sees it
            }
            if (!u.isBlank()) {
                glyphCount++;
            }
            current.add(new PdfLayout.Glyph(u, x, y, Math.max(0f, w), size, t.getWidthOfSpace()));
        }

        /** Text render mode 3 (neither filled nor stroked) and 7 (only added to the clip) draw nothing. */
        private boolean invisible() {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            return mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
        }

        /**
         * Whether a glyph lies wholly outside the page's crop box (positions are from the box's
         * top left corner; a page turned by 90 or 270 degrees has its sides swapped).
         */
        private boolean offPage(float x, float y, float w, float size) {
            boolean turned = rotation == 90 || rotation == 270;
            float width = turned ? pageHeight : pageWidth;
            float height = turned ? pageWidth : pageHeight;
            return x + w <= -OFF_PAGE_SLACK || x >= width + OFF_PAGE_SLACK
                    || y <= -OFF_PAGE_SLACK || y - size >= height + OFF_PAGE_SLACK;
        }

        /**
         * Where hidden glyphs were dropped: for each page, the distinct lines of hidden text, each
         * numbered as the last visible line at or above it (so it falls in the section whose
         * label or text precedes it). Lines are told apart by baselines half a glyph apart.
         */
        List<org.igfreport.internal.base.Location> hiddenPlaces() {
            List<org.igfreport.internal.base.Location> out = new ArrayList<>();
            for (int i = 0; i < hidden.size() && i < pages.size(); i++) {
                List<Float> ys = hidden.get(i);
                if (ys.isEmpty()) {
                    continue;
                }
                List<Float> baselines = baselines(pages.get(i).glyphs());
                java.util.Set<Integer> lines = new java.util.TreeSet<>();
                for (float y : ys) {
                    int above = 0;
                    for (float b : baselines) {
                        if (b <= y + 1f) {
                            above++;
                        }
                    }
                    lines.add(Math.max(1, above));
                }
                for (int line : lines) {
                    out.add(new org.igfreport.internal.base.Location(line, 1, line, 1, i + 1, null));
                }
            }
            return out;
        }

        /** The distinct baselines of a page's visible glyphs, top to bottom. */
        private static List<Float> baselines(List<PdfLayout.Glyph> glyphs) {
            List<float[]> sorted = new ArrayList<>();
            for (PdfLayout.Glyph g : glyphs) {
                if (!g.text().isBlank()) {
                    sorted.add(new float[] {g.y(), g.size()});
                }
            }
            sorted.sort((a, b) -> Float.compare(a[0], b[0]));
            List<Float> out = new ArrayList<>();
            float last = Float.NEGATIVE_INFINITY;
            for (float[] g : sorted) {
                if (g[0] - last > g[1] / 2) {
                    out.add(g[0]);
                    last = g[0];
                }
            }
            return out;
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            if (current != null) {
                pages.add(new PdfLayout.Page(pages.size() + 1, pageWidth, pageHeight, current));
                hidden.add(currentHidden);
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
