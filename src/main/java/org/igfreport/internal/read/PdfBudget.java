package org.igfreport.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Messages;

/**
 * The work budget of reading one PDF, for any PDFBox {@code PDFStreamEngine}: operators and glyphs
 * per page and per document, form XObject drawings (every one counts, so a form that draws itself
 * twice, or nine levels of "draw the level below ten times", stops at the budget instead of
 * running for ever), the content-stream bytes inflated (measured by a bounded inflate before
 * PDFBox decodes a stream into memory), and the deadline and interrupt flag of the read. Going
 * over throws {@link BudgetExceeded}.
 *
 * <p>An engine hooks it in its overrides:
 * <pre>{@code
 * protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
 *     budget.operator();
 *     super.processOperator(op, operands);
 * }
 * public void showForm(PDFormXObject form) throws IOException {
 *     budget.form(form, () -> super.showForm(form));
 * }
 * }</pre>
 * plus {@link #startPage(PDPage)} when a page begins and {@link #glyph()} per glyph shown. Forms
 * nested deeper than {@value #MAX_FORM_NESTING} are skipped quietly (PDFBox would log a line for
 * each at depth 50). One budget per document read; several engines may share it, in turn.
 */
public final class PdfBudget {

    /** Forms nested deeper are not drawn (no report nests forms; PDFBox logs an error at 50). */
    public static final int MAX_FORM_NESTING = 25;

    private final ReadBudget budget;
    private final Limits limits;
    private final Map<COSStream, Long> inflatedSizes = new IdentityHashMap<>();
    private long operators;
    private long pageOperators;
    private long glyphs;
    private long pageGlyphs;
    private long forms;
    private long inflated;
    private int nesting;

    /** @param budget the budget of the read (deadline, interrupt, limits) */
    public PdfBudget(ReadBudget budget) {
        this.budget = budget;
        this.limits = budget.limits();
    }

    /** @return the budget of the read */
    public ReadBudget read() {
        return budget;
    }

    /**
     * A page begins: its counters restart, its content streams' inflated size is counted.
     *
     * @param page the page
     */
    public void startPage(PDPage page) {
        budget.checkTime();
        pageOperators = 0;
        pageGlyphs = 0;
        nesting = 0;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            PDStream s = streams.next();
            if (s != null) {
                content(s.getCOSObject());
            }
        }
    }

    /**
     * A further pass over a page already started (the table borders, {@link PdfRulings}): the page's
     * operator and glyph counts start again, its content is not counted twice.
     */
    public void restartPage() {
        budget.checkTime();
        pageOperators = 0;
        pageGlyphs = 0;
        nesting = 0;
    }

    /** One content-stream operator is run. */
    public void operator() {
        budget.tick();
        budget.count(++pageOperators, limits.maxPageOperators(), Messages.format("phrase.budget.page-operators"), "max-page-operators");
        budget.count(++operators, limits.maxOperators(), Messages.format("phrase.budget.operators"), "max-operators");
    }

    /** One glyph is shown (visible or not). */
    public void glyph() {
        budget.tick();
        budget.count(++pageGlyphs, limits.maxPageGlyphs(), Messages.format("phrase.budget.page-glyphs"), "max-page-glyphs");
        budget.count(++glyphs, limits.maxGlyphs(), Messages.format("phrase.budget.glyphs"), "max-glyphs");
    }

    /**
     * A form XObject (or transparency group) is about to be drawn: counts the drawing and its
     * inflated content, and says whether to draw it (not when nested too deeply).
     *
     * @param form the form
     * @return whether to draw it; if so, call {@link #exitForm()} after
     */
    public boolean enterForm(PDFormXObject form) {
        budget.checkTime();
        budget.count(++forms, limits.maxFormCalls(), Messages.format("phrase.budget.form-calls"), "max-form-calls");
        if (nesting >= MAX_FORM_NESTING) {
            return false;
        }
        content(form.getCOSObject());
        nesting++;
        return true;
    }

    /** A drawing step of a PDFBox engine, which may fail. */
    @FunctionalInterface
    public interface Drawing {
        /** @throws IOException when the content cannot be read */
        void draw() throws IOException;
    }

    /**
     * Draws a form XObject (or transparency group) within the budget: the drawing is counted,
     * and a form nested too deep is skipped.
     *
     * @param form the form
     * @param drawing the engine's own drawing of it ({@code () -> super.showForm(form)})
     * @throws IOException when the content cannot be read
     */
    public void form(PDFormXObject form, Drawing drawing) throws IOException {
        if (enterForm(form)) {
            try {
                drawing.draw();
            } finally {
                exitForm();
            }
        }
    }

    /** A form drawn after {@link #enterForm} returned true has ended. */
    public void exitForm() {
        nesting--;
    }

    /** @return the operators run so far */
    public long operators() {
        return operators;
    }

    /** @return the glyphs shown so far */
    public long glyphs() {
        return glyphs;
    }

    /** @return the form drawings so far */
    public long forms() {
        return forms;
    }

    /** @return the content-stream bytes counted as inflated so far */
    public long inflated() {
        return inflated;
    }

    /** Counts a content stream that is about to be run: its inflated size, measured once per stream. */
    private void content(COSStream stream) {
        long left = limits.maxInflated() - inflated;
        Long size = inflatedSizes.get(stream);
        if (size == null) {
            size = inflatedSize(stream, left + 1);
            inflatedSizes.put(stream, size);
        }
        inflated += size;
        budget.count(inflated, limits.maxInflated(), Messages.format("phrase.budget.inflated"), "max-inflated");
    }

    /**
     * The size of a stream once decoded, counting no further than {@code cap}: a Flate stream (the
     * usual content compression) is inflated here chunk by chunk and thrown away, so a stream that
     * inflates to gigabytes is never held; a stream without filters is its length; other filters
     * are decoded by PDFBox.
     */
    static long inflatedSize(COSStream stream, long cap) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSArray a && a.size() == 1) {
            filters = a.getObject(0);
        }
        if (filters == null || filters instanceof COSArray a && a.size() == 0) {
            return stream.getLength();
        }
        boolean flate = COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters);
        long n = 0;
        try (InputStream in = flate ? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream()) {
            byte[] buf = new byte[64 * 1024];
            int r;
            while (n < cap && (r = in.read(buf)) >= 0) {
                n += r;
            }
        } catch (IOException | RuntimeException e) {
            // damaged data: what inflated so far counts; the rest is PDFBox's to report
        }
        return n;
    }
}
