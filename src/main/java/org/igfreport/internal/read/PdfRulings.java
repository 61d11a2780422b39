package org.igfreport.internal.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one PDF page, as PDFBox paints them: the straight horizontal and vertical
 * pieces of stroked paths (table borders), thin filled rectangles (borders drawn as filled bars)
 * and the edges of larger filled rectangles (cell shading). The points PDFBox hands over are
 * already through the current transformation matrix (form XObjects included); they are turned
 * into the glyphs' frame: points from the left and from the top of the crop box. Text is not
 * decoded here (the text stripper has read it); curves, images and clips are ignored.
 *
 * <p>A rotated page, or one with more than {@link #MAX_SEGMENTS} pieces (a drawing, not a
 * table), gives no rulings: the page is then read by its column geometry alone.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** More pieces than this on one page is a drawing or a hostile file, not a form's table. */
    static final int MAX_SEGMENTS = 20_000;
    /** A filled rectangle at most this thick (points) is a line. */
    private static final float THIN = 3f;
    /** Pieces shorter than this (points) are not rulings. */
    private static final float SHORT = 2f;

    private final List<PdfGrid.Segment> segments = new ArrayList<>();
    /** The current path: the points of each subpath, device space; a rectangle is 4 points closed. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private final float left;
    private final float top;
    private Point2D.Float current;
    private int points;
    private boolean overflow;

    private final PdfBudget budget;

    /**
     * @param page the page whose rulings are collected
     * @param budget the budget of the document's read, shared with the text pass
     */
    PdfRulings(PDPage page, PdfBudget budget) {
        super(page);
        this.budget = budget;
        PDRectangle box = page.getCropBox();
        left = box == null ? 0 : box.getLowerLeftX();
        top = box == null ? 792 : box.getUpperRightY();
    }

    /**
     * @return the page's ruling pieces (top-down coordinates), empty for a rotated page or one
     *         with too many pieces
     * @throws IOException when the content stream cannot be read
     */
    List<PdfGrid.Segment> collect() throws IOException {
        if (getPage().getRotation() % 360 != 0) {
            return List.of();
        }
        budget.restartPage();
        processPage(getPage());
        return overflow ? List.of() : segments;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
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
    protected void showText(byte[] string) {
        // Glyphs are the text stripper's: nothing to draw here.
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> r = new ArrayList<>(4);
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            r.add(new Point2D.Float((float) p.getX(), (float) p.getY()));
        }
        subpaths.add(r);
        closed.add(true);
        current = r.get(0);
        if ((points += 4) > MAX_SEGMENTS) {
            overflow = true;
            endPath();
        }
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images are not rulings.
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is not painted; endPath() clears it.
    }

    @Override
    public void moveTo(float x, float y) {
        if (++points > MAX_SEGMENTS) {
            overflow = true; // a path of this many points is never painted as table borders
            endPath();
        }
        current = new Point2D.Float(x, y);
        List<Point2D.Float> s = new ArrayList<>();
        s.add(current);
        subpaths.add(s);
        closed.add(false);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty() || closed.get(closed.size() - 1)) {
            moveTo(current == null ? x : current.x, current == null ? y : current.y);
        }
        current = new Point2D.Float(x, y);
        if (++points > MAX_SEGMENTS) {
            overflow = true;
            endPath();
            moveTo(x, y);
            return;
        }
        subpaths.get(subpaths.size() - 1).add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve is not a ruling: it ends the straight subpath, which goes on from its end point.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty()) {
            closed.set(closed.size() - 1, true);
            List<Point2D.Float> s = subpaths.get(subpaths.size() - 1);
            current = s.get(0);
        }
    }

    @Override
    public void endPath() {
        points = 0;
        subpaths.clear();
        closed.clear();
    }

    @Override
    public void strokePath() {
        for (int k = 0; k < subpaths.size(); k++) {
            List<Point2D.Float> s = subpaths.get(k);
            for (int i = 0; i + 1 < s.size(); i++) {
                edge(s.get(i), s.get(i + 1));
            }
            if (closed.get(k) && s.size() > 2) {
                edge(s.get(s.size() - 1), s.get(0));
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D.Float> s : subpaths) {
            fillBox(s);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // A shading fill covers the clip, not a cell of its own.
    }

    /** A filled axis-aligned rectangle: a thin one is a line along its middle, a larger one gives its four edges. */
    private void fillBox(List<Point2D.Float> s) {
        if (s.size() < 4 || s.size() > 5) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (Point2D.Float p : s) {
            x0 = Math.min(x0, p.x);
            y0 = Math.min(y0, p.y);
            x1 = Math.max(x1, p.x);
            y1 = Math.max(y1, p.y);
        }
        for (Point2D.Float p : s) {
            boolean corner = (near(p.x, x0) || near(p.x, x1)) && (near(p.y, y0) || near(p.y, y1));
            if (!corner) {
                return; // not an axis-aligned rectangle
            }
        }
        float w = x1 - x0;
        float h = y1 - y0;
        if (w <= THIN && h <= THIN) {
            return; // a dot
        }
        if (h <= THIN) {
            add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        } else if (w <= THIN) {
            add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        } else {
            add(x0, y0, x1, y0);
            add(x0, y1, x1, y1);
            add(x0, y0, x0, y1);
            add(x1, y0, x1, y1);
        }
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= 0.5f;
    }

    private void edge(Point2D.Float a, Point2D.Float b) {
        add(a.x, a.y, b.x, b.y);
    }

    /** Adds a straight piece given in device space, if it is horizontal or vertical and long enough. */
    private void add(float ax, float ay, float bx, float by) {
        if (!(Float.isFinite(ax) && Float.isFinite(ay) && Float.isFinite(bx) && Float.isFinite(by))) {
            return;
        }
        float dx = Math.abs(ax - bx);
        float dy = Math.abs(ay - by);
        boolean horizontal = dy <= 1f && dx >= SHORT;
        boolean vertical = dx <= 1f && dy >= SHORT;
        if (!horizontal && !vertical) {
            return;
        }
        if (segments.size() >= MAX_SEGMENTS) {
            overflow = true;
            return;
        }
        segments.add(new PdfGrid.Segment(ax - left, top - ay, bx - left, top - by));
    }
}
