package org.qompat.ui.matrix;

import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * Paints the cell area straight into an ARGB pixel buffer the size of the viewport: cell colours (nearest
 * neighbour, so cells stay crisp blocks at any zoom), grid gaps, hatching for UNKNOWN, class boundaries,
 * glyphs or counts (blitted from a {@link GlyphAtlas}), the "same host" mark, hover and cursor. The software
 * pipeline then only copies one image per frame instead of rasterising thousands of canvas commands; the cost
 * of this pass depends on the viewport, not on the fleet, and it allocates nothing per frame.
 */
final class MatrixRenderer {

    static final double GRID_MIN_CELL = 6;
    static final double HATCH_MIN_CELL = 6;
    static final double GLYPH_MIN_CELL = 14;
    static final double COUNT_MIN_CELL = 40;
    /** The "same host" dashes: near-black and white, so they read on every cell colour in either theme. */
    static final int DIAGONAL_DARK = 0xFF1F2328;
    static final int DIAGONAL_LIGHT = 0xFFFFFFFF;

    private final GlyphAtlas glyphs = new GlyphAtlas();
    private CellLook look;
    private int[] colOf = new int[0];
    private int[] classOfX = new int[0];
    private boolean[] gridX = new boolean[0];
    private boolean[] hatchX = new boolean[0];
    private int[] rowOf = new int[0];
    private int[] line = new int[0];

    /** The text a cell shows (see {@link CellLook#cellText}). */
    static String cellText(PairData pairs, int a, int b, boolean counts) {
        return CellLook.cellText(pairs, a, b, counts);
    }

    /**
     * Paints the cell area into {@code px} ({@code w} × {@code h}, row-major). {@code ox}, {@code oy}: where
     * the area sits on the whole view, so the hatching lines up with what was drawn before.
     */
    void paint(int[] px, int w, int h, MatrixViewport vp, MatrixAxis axis, PairData pairs, MatrixTheme theme,
               CellRef hover, CellRef cursor, int ox, int oy) {
        int bg = Pixels.rgb(theme.background());
        if (axis == null || axis.size() == 0 || pairs == null || w <= 0 || h <= 0) {
            Arrays.fill(px, 0, Math.max(0, w * h), bg);
            return;
        }
        if (look == null || look.pairs != pairs) look = new CellLook(pairs);
        ensureCapacity(w, h);
        double s = vp.cellSize();
        mapColumns(w, vp, axis);
        mapRows(h, vp, axis.size());
        paintCells(px, w, h, axis, theme, bg, s, ox, oy);
        paintGroupLines(px, w, h, vp, axis, theme);
        if (s >= GLYPH_MIN_CELL) paintGlyphs(px, w, h, vp, axis, pairs.mode() == PairData.Mode.FLEET && s >= COUNT_MIN_CELL);
        paintDiagonal(px, w, h, vp);
        if (hover != null) outline(px, w, h, vp, hover, Pixels.rgb(theme.hover()), 2);
        if (cursor != null) outline(px, w, h, vp, cursor, Pixels.rgb(theme.cursor()), 3);
    }

    private void ensureCapacity(int w, int h) {
        if (colOf.length < w) {
            colOf = new int[w];
            classOfX = new int[w];
            gridX = new boolean[w];
            hatchX = new boolean[w];
            line = new int[w];
        }
        if (rowOf.length < h) rowOf = new int[h];
    }

    /** Column (and its class) under every pixel column, -1 past the end; grid gaps on each column's first pixel. */
    private void mapColumns(int w, MatrixViewport vp, MatrixAxis axis) {
        double s = vp.cellSize();
        double sx = vp.scrollX();
        int n = axis.size();
        boolean grid = s >= GRID_MIN_CELL;
        for (int x = 0; x < w; x++) {
            int c = (int) Math.floor((x + sx) / s);
            colOf[x] = c < n ? c : -1;
            classOfX[x] = c < n ? axis.classAt(c) : -1;
            gridX[x] = grid && x > 0 && colOf[x] >= 0 && colOf[x] != colOf[x - 1];
        }
    }

    private void mapRows(int h, MatrixViewport vp, int n) {
        double s = vp.cellSize();
        double sy = vp.scrollY();
        for (int y = 0; y < h; y++) {
            int r = (int) Math.floor((y + sy) / s);
            rowOf[y] = r < n ? r : -1;
        }
    }

    /**
     * Builds each matrix row's pixel line once (colours + vertical gaps) and copies it down the row's pixel
     * rows; the first pixel row of each matrix row is the horizontal gap. UNKNOWN cells get the hatch tile
     * anchored to the view's origin (8 px, one dark diagonal with soft edges).
     */
    private void paintCells(int[] px, int w, int h, MatrixAxis axis, MatrixTheme theme, int bg, double s, int ox, int oy) {
        boolean grid = s >= GRID_MIN_CELL;
        boolean hatch = s >= HATCH_MIN_CELL;
        int gridInk = Pixels.rgb(theme.grid());
        int gridAlpha = Pixels.alpha(theme.grid());
        int k = look.classes;
        int builtRow = -2;
        boolean rowHatched = false;
        for (int y = 0; y < h; y++) {
            int r = rowOf[y];
            int o = y * w;
            if (r < 0) {
                Arrays.fill(px, o, o + w, bg);
                continue;
            }
            if (r != builtRow) {
                builtRow = r;
                int base = axis.classAt(r) * k;
                rowHatched = false;
                for (int x = 0; x < w; x++) {
                    int b = classOfX[x];
                    if (b < 0) {
                        line[x] = bg;
                        hatchX[x] = false;
                        continue;
                    }
                    int c = look.argb[base + b];
                    line[x] = gridX[x] ? Pixels.blend(c, gridInk, gridAlpha) : c;
                    boolean hx = hatch && look.hatched[base + b];
                    hatchX[x] = hx;
                    rowHatched |= hx;
                }
            }
            System.arraycopy(line, 0, px, o, w);
            if (grid && y > 0 && rowOf[y - 1] >= 0 && rowOf[y - 1] != r) {
                for (int x = 0; x < w; x++) if (colOf[x] >= 0) px[o + x] = Pixels.blend(px[o + x], gridInk, gridAlpha);
            }
            if (rowHatched) {
                for (int x = 0; x < w; x++) {
                    if (!hatchX[x]) continue;
                    int d = (ox + x + oy + y) & 7; // all terms are >= 0
                    int a = d == 7 ? 0x70 : d == 0 || d == 6 ? 0x22 : 0;
                    if (a != 0) px[o + x] = Pixels.blend(px[o + x], 0, a);
                }
            }
        }
    }

    /** Class boundaries, so the equivalence classes read as blocks even when zoomed far out. */
    private void paintGroupLines(int[] px, int w, int h, MatrixViewport vp, MatrixAxis axis, MatrixTheme theme) {
        double s = vp.cellSize();
        Color c = theme.groupLine();
        int ink = Pixels.rgb(c);
        int alpha = Pixels.alpha(c);
        int side = s >= GRID_MIN_CELL ? alpha / 4 : 0; // a 1.5 px line: full middle pixel, soft neighbours
        int endX = (int) Math.min(w, Math.ceil(vp.xOf(axis.size())));
        int endY = (int) Math.min(h, Math.ceil(vp.yOf(axis.size())));
        double prev = Double.NEGATIVE_INFINITY;
        for (MatrixAxis.Group g : axis.groups()) {
            if (g.start() == 0) continue;
            if (g.start() * s - prev < 3) continue; // too dense to be useful
            prev = g.start() * s;
            double x = vp.xOf(g.start());
            double y = vp.yOf(g.start());
            if (x >= 0 && x <= w) {
                int xi = (int) Math.floor(x);
                for (int yy = 0; yy < endY; yy++) {
                    Pixels.plot(px, w, h, xi, yy, ink, alpha);
                    Pixels.plot(px, w, h, xi - 1, yy, ink, side);
                    Pixels.plot(px, w, h, xi + 1, yy, ink, side);
                }
            }
            if (y >= 0 && y <= h) {
                int yi = (int) Math.floor(y);
                for (int xx = 0; xx < endX; xx++) {
                    Pixels.plot(px, w, h, xx, yi, ink, alpha);
                    Pixels.plot(px, w, h, xx, yi - 1, ink, side);
                    Pixels.plot(px, w, h, xx, yi + 1, ink, side);
                }
            }
        }
    }

    private void paintGlyphs(int[] px, int w, int h, MatrixViewport vp, MatrixAxis axis, boolean counts) {
        double s = vp.cellSize();
        int size = (int) Math.round(Math.min(counts ? 13 : 16, s * 0.55));
        String[] texts = counts ? look.count : look.glyph;
        int k = look.classes;
        for (int r = vp.firstVisibleRow(); r <= vp.lastVisibleRow(); r++) {
            int base = axis.classAt(r) * k;
            double cy = vp.yOf(r) + s / 2 + 0.5;
            for (int c = vp.firstVisibleCol(); c <= vp.lastVisibleCol(); c++) {
                int p = base + axis.classAt(c);
                String text = texts[p];
                if (text != null) glyphs.draw(px, w, h, text, size, vp.xOf(c) + s / 2, cy, look.ink[p]);
            }
        }
    }

    /**
     * Source = destination: "can this VM migrate at all?" is a real question, so the cell stays but is marked
     * with a dashed square (a dashed line when cells are tiny) in near-black and white, visible on any cell
     * colour and in both themes.
     */
    private static void paintDiagonal(int[] px, int w, int h, MatrixViewport vp) {
        int from = Math.max(vp.firstVisibleRow(), vp.firstVisibleCol());
        int to = Math.min(vp.lastVisibleRow(), vp.lastVisibleCol());
        if (to < from) return;
        double s = vp.cellSize();
        if (s < GRID_MIN_CELL) {
            int x0 = (int) Math.max(0, Math.ceil(vp.xOf(from)));
            int x1 = (int) Math.min(w, Math.ceil(vp.xOf(to + 1)));
            double dy = vp.yOf(from) - vp.xOf(from);
            for (int x = x0; x < x1; x++) {
                int y = (int) Math.floor(x + dy);
                int ink = (x / 3 & 1) == 0 ? DIAGONAL_DARK : DIAGONAL_LIGHT;
                Pixels.plot(px, w, h, x, y, ink, 230);
                Pixels.plot(px, w, h, x, y + 1, ink, 230);
            }
            return;
        }
        double inset = Math.max(2, s * 0.12);
        int t = s >= GLYPH_MIN_CELL ? 2 : 1;
        for (int i = from; i <= to; i++) {
            int x0 = (int) Math.round(vp.xOf(i) + inset);
            int y0 = (int) Math.round(vp.yOf(i) + inset);
            int x1 = (int) Math.round(vp.xOf(i) + s - inset);
            int y1 = (int) Math.round(vp.yOf(i) + s - inset);
            Pixels.ring(px, w, h, x0, y0, x1, y1, t, DIAGONAL_DARK, DIAGONAL_LIGHT, 230);
        }
    }

    /** A solid ring on the cell's edge (at least 3 px square, so a cell stays findable when zoomed out). */
    private static void outline(int[] px, int w, int h, MatrixViewport vp, CellRef cell, int ink, int t) {
        double s = Math.max(vp.cellSize(), 3);
        double x = vp.xOf(cell.col()) + (vp.cellSize() - s) / 2;
        double y = vp.yOf(cell.row()) + (vp.cellSize() - s) / 2;
        Pixels.ring(px, w, h, (int) Math.round(x), (int) Math.round(y), (int) Math.round(x + s) + 1,
                (int) Math.round(y + s) + 1, t, ink, 0, 255);
    }
}
