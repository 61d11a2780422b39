package org.igfreport.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of the bordered tables on one page, from its ruling lines, as Tabula's "lattice" mode
 * finds them (independent of PDFBox, so that it can be tested on plain segments): collinear
 * pieces are merged into horizontal and vertical rulings (within {@link #TOL} points); every
 * ruling's position and end cuts the page into elementary boxes; two neighbouring boxes belong
 * to one cell when no ruling separates them (a merged cell is one whose inner border is
 * missing); and a group of boxes is a cell when it is a rectangle closed by rulings on all four
 * sides. A cell may be open at the bottom or the top where a table row is cut by a page break and
 * the PDF draws no border there (its side borders still run to the cut).
 *
 * <p>Coordinates are points from the left and from the top of the page.
 */
final class PdfGrid {

    /** Positions closer than this (points) are one. */
    static final float TOL = 1.5f;
    /** Collinear pieces with a gap up to this (points) are one ruling. */
    private static final float GAP = 2.5f;
    /** Cells thinner than this (points) are the space between the two lines of a double border. */
    private static final float MIN_CELL = 4f;
    /** More distinct positions than this on one axis is not a form's table. */
    private static final int MAX_LINES = 400;

    /** A straight horizontal or vertical piece, in any direction. */
    record Segment(float x0, float y0, float x1, float y1) {
        boolean horizontal() {
            return Math.abs(y1 - y0) <= Math.abs(x1 - x0);
        }
    }

    /** A ruling: a merged horizontal (at {@code at}, from {@code from} to {@code to} in x) or vertical one. */
    record Ruling(float at, float from, float to) {
    }

    /**
     * A cell.
     *
     * @param x0 left border
     * @param y0 top border (or the top of the page's part of a cut row)
     * @param x1 right border
     * @param y1 bottom border
     * @param openTop no border on top: the row goes on from the previous page
     * @param openBottom no border at the bottom: the row goes on on the next page
     */
    record Cell(float x0, float y0, float x1, float y1, boolean openTop, boolean openBottom) {
        boolean holds(float x, float y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    private PdfGrid() {
    }

    /**
     * @param segments the page's ruling pieces
     * @return the cells, top to bottom and left to right within a row of boxes; empty when there is no closed cell
     */
    static List<Cell> cells(List<Segment> segments) {
        List<Segment> hs = new ArrayList<>();
        List<Segment> vs = new ArrayList<>();
        for (Segment s : segments) {
            (s.horizontal() ? hs : vs).add(s);
        }
        List<Ruling> h = merge(hs, true);
        List<Ruling> v = merge(vs, false);
        if (h.size() < 2 || v.size() < 2) {
            return List.of();
        }
        float[] xs = positions(v, h);
        float[] ys = positions(h, v);
        if (xs.length > MAX_LINES || ys.length > MAX_LINES || xs.length < 2 || ys.length < 2) {
            return List.of();
        }
        int nx = xs.length;
        int ny = ys.length;
        // vEdge[i][j]: a vertical ruling at xs[i] runs from ys[j] to ys[j+1]; hEdge[j][i] likewise.
        boolean[][] vEdge = edges(v, xs, ys);
        boolean[][] hEdge = edges(h, ys, xs);
        int[] parent = new int[(nx - 1) * (ny - 1)];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                if (i + 1 < nx - 1 && !vEdge[i + 1][j]) {
                    union(parent, j * (nx - 1) + i, j * (nx - 1) + i + 1);
                }
                if (j + 1 < ny - 1 && !hEdge[j + 1][i]) {
                    union(parent, j * (nx - 1) + i, (j + 1) * (nx - 1) + i);
                }
            }
        }
        int n = parent.length;
        int[] i0 = new int[n];
        int[] i1 = new int[n];
        int[] j0 = new int[n];
        int[] j1 = new int[n];
        int[] count = new int[n];
        Arrays.fill(i0, Integer.MAX_VALUE);
        Arrays.fill(j0, Integer.MAX_VALUE);
        Arrays.fill(i1, -1);
        Arrays.fill(j1, -1);
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int r = find(parent, j * (nx - 1) + i);
                i0[r] = Math.min(i0[r], i);
                i1[r] = Math.max(i1[r], i + 1);
                j0[r] = Math.min(j0[r], j);
                j1[r] = Math.max(j1[r], j + 1);
                count[r]++;
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                int k = j * (nx - 1) + i;
                if (find(parent, k) != k) {
                    continue;
                }
                if (count[k] != (i1[k] - i0[k]) * (j1[k] - j0[k])) {
                    continue; // not a rectangle
                }
                boolean sides = true;
                for (int jj = j0[k]; jj < j1[k] && sides; jj++) {
                    sides = vEdge[i0[k]][jj] && vEdge[i1[k]][jj];
                }
                boolean top = true;
                boolean bottom = true;
                for (int ii = i0[k]; ii < i1[k]; ii++) {
                    top &= hEdge[j0[k]][ii];
                    bottom &= hEdge[j1[k]][ii];
                }
                if (!sides || !top && !bottom) {
                    continue;
                }
                Cell c = new Cell(xs[i0[k]], ys[j0[k]], xs[i1[k]], ys[j1[k]], !top, !bottom);
                if (c.x1() - c.x0() >= MIN_CELL && c.y1() - c.y0() >= MIN_CELL) {
                    cells.add(c);
                }
            }
        }
        cells.sort((a, b) -> a.y0() != b.y0() ? Float.compare(a.y0(), b.y0()) : Float.compare(a.x0(), b.x0()));
        return cells;
    }

    /** Clusters pieces by their position across and merges the ones that touch or overlap along. */
    static List<Ruling> merge(List<Segment> pieces, boolean horizontal) {
        List<Ruling> raw = new ArrayList<>(pieces.size());
        for (Segment s : pieces) {
            float at = horizontal ? (s.y0() + s.y1()) / 2 : (s.x0() + s.x1()) / 2;
            float a = horizontal ? Math.min(s.x0(), s.x1()) : Math.min(s.y0(), s.y1());
            float b = horizontal ? Math.max(s.x0(), s.x1()) : Math.max(s.y0(), s.y1());
            raw.add(new Ruling(at, a, b));
        }
        raw.sort((p, q) -> Float.compare(p.at(), q.at()));
        List<Ruling> out = new ArrayList<>();
        int g = 0;
        while (g < raw.size()) {
            int e = g;
            float sum = 0;
            while (e < raw.size() && raw.get(e).at() - raw.get(g).at() <= TOL) {
                sum += raw.get(e).at();
                e++;
            }
            float at = sum / (e - g);
            List<Ruling> group = new ArrayList<>(raw.subList(g, e));
            group.sort((p, q) -> Float.compare(p.from(), q.from()));
            float from = group.get(0).from();
            float to = group.get(0).to();
            for (int k = 1; k < group.size(); k++) {
                Ruling r = group.get(k);
                if (r.from() <= to + GAP) {
                    to = Math.max(to, r.to());
                } else {
                    out.add(new Ruling(at, from, to));
                    from = r.from();
                    to = r.to();
                }
            }
            out.add(new Ruling(at, from, to));
            g = e;
        }
        return out;
    }

    /** The distinct positions across the page: where these rulings lie and where the others end. */
    private static float[] positions(List<Ruling> lying, List<Ruling> crossing) {
        float[] all = new float[lying.size() + 2 * crossing.size()];
        int n = 0;
        for (Ruling r : lying) {
            all[n++] = r.at();
        }
        for (Ruling r : crossing) {
            all[n++] = r.from();
            all[n++] = r.to();
        }
        Arrays.sort(all, 0, n);
        float[] out = new float[n];
        int m = 0;
        int g = 0;
        while (g < n) {
            int e = g;
            while (e < n && all[e] - all[g] <= TOL) {
                e++;
            }
            // The position of the group: a ruling's own position wins over a crossing one's end.
            out[m++] = pick(all, g, e, lying);
            g = e;
        }
        return Arrays.copyOf(out, m);
    }

    private static float pick(float[] all, int from, int to, List<Ruling> lying) {
        for (Ruling r : lying) {
            if (r.at() >= all[from] - 0.01f && r.at() <= all[to - 1] + 0.01f) {
                return r.at();
            }
        }
        return all[from];
    }

    /** edges[i][j]: a ruling lies at positions[i] and covers along[j]..along[j+1]. */
    private static boolean[][] edges(List<Ruling> rulings, float[] positions, float[] along) {
        boolean[][] e = new boolean[positions.length][Math.max(0, along.length - 1)];
        for (Ruling r : rulings) {
            int i = nearest(positions, r.at());
            if (i < 0) {
                continue;
            }
            for (int j = 0; j + 1 < along.length; j++) {
                if (r.from() <= along[j] + TOL && r.to() >= along[j + 1] - TOL) {
                    e[i][j] = true;
                }
            }
        }
        return e;
    }

    private static int nearest(float[] positions, float at) {
        int best = -1;
        float d = TOL + 0.01f;
        for (int i = 0; i < positions.length; i++) {
            float x = Math.abs(positions[i] - at);
            if (x <= d) {
                d = x;
                best = i;
            }
        }
        return best;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
