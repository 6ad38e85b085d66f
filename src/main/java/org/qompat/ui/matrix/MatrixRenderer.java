package org.qompat.ui.matrix;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.qompat.engine.VerdictStatus;
import org.qompat.ui.matrix.PairData.Mode;

/**
 * Paints the cell area: the one-pixel-per-cell image scaled to the zoom, then, for the visible cells only and
 * only when they are big enough to carry it, grid gaps, class boundaries, hatching for UNKNOWN, glyphs or
 * counts, the diagonal mark, the hover and the cursor outline. Cost depends on the viewport, not the fleet.
 */
final class MatrixRenderer {

    static final double GRID_MIN_CELL = 6;
    static final double HATCH_MIN_CELL = 6;
    static final double GLYPH_MIN_CELL = 14;
    static final double COUNT_MIN_CELL = 40;

    private MatrixRenderer() {
    }

    static void paint(GraphicsContext gc, MatrixViewport vp, MatrixAxis axis, PairData pairs, MatrixImage image,
                      MatrixTheme theme, CellRef hover, CellRef cursor, double ox, double oy) {
        gc.setFill(theme.background());
        gc.fillRect(ox, oy, vp.width(), vp.height());
        if (axis == null || axis.size() == 0 || pairs == null || image == null || image.size() != axis.size()) return;
        int r0 = vp.firstVisibleRow();
        int r1 = vp.lastVisibleRow();
        int c0 = vp.firstVisibleCol();
        int c1 = vp.lastVisibleCol();
        double cell = vp.cellSize();
        // no clip: the headers are painted afterwards and cover anything that spills over the cell area's edges
        image.draw(gc, r0, r1, c0, c1, ox + vp.xOf(c0), oy + vp.yOf(r0), cell);
        if (cell >= GRID_MIN_CELL) drawGrid(gc, vp, theme, r0, r1, c0, c1, ox, oy);
        drawGroupLines(gc, vp, axis, theme, ox, oy);
        if (cell >= HATCH_MIN_CELL) drawHatching(gc, vp, axis, pairs, r0, r1, c0, c1, ox, oy);
        if (cell >= GLYPH_MIN_CELL) drawGlyphs(gc, vp, axis, pairs, r0, r1, c0, c1, ox, oy);
        drawDiagonal(gc, vp, theme, r0, r1, c0, c1, ox, oy);
        if (hover != null) outline(gc, vp, hover, theme.hover(), 1.5, ox, oy);
        if (cursor != null) outline(gc, vp, cursor, theme.cursor(), 3, ox, oy);
    }

    /** Grid gaps as 1-px filled rectangles: far cheaper than stroked paths in the software pipeline. */
    private static void drawGrid(GraphicsContext gc, MatrixViewport vp, MatrixTheme theme, int r0, int r1, int c0,
                                 int c1, double ox, double oy) {
        gc.setFill(theme.grid());
        double top = oy + Math.max(0, vp.yOf(r0));
        double bottom = oy + Math.min(vp.height(), vp.yOf(r1 + 1));
        double left = ox + Math.max(0, vp.xOf(c0));
        double right = ox + Math.min(vp.width(), vp.xOf(c1 + 1));
        for (int c = c0 + 1; c <= c1; c++) gc.fillRect(Math.round(ox + vp.xOf(c)), top, 1, bottom - top);
        for (int r = r0 + 1; r <= r1; r++) gc.fillRect(left, Math.round(oy + vp.yOf(r)), right - left, 1);
    }

    /** Class boundaries, so the equivalence classes read as blocks even when zoomed far out. */
    private static void drawGroupLines(GraphicsContext gc, MatrixViewport vp, MatrixAxis axis, MatrixTheme theme,
                                       double ox, double oy) {
        double cell = vp.cellSize();
        double endX = Math.min(vp.width(), vp.xOf(axis.size()));
        double endY = Math.min(vp.height(), vp.yOf(axis.size()));
        gc.setStroke(theme.groupLine());
        gc.setLineWidth(cell >= GRID_MIN_CELL ? 1.5 : 1);
        gc.beginPath();
        double prev = Double.NEGATIVE_INFINITY;
        for (MatrixAxis.Group g : axis.groups()) {
            if (g.start() == 0) continue;
            double x = vp.xOf(g.start());
            double y = vp.yOf(g.start());
            if (g.start() * cell - prev < 3) continue; // too dense to be useful
            prev = g.start() * cell;
            if (x >= 0 && x <= vp.width()) {
                gc.moveTo(snap(ox + x), oy);
                gc.lineTo(snap(ox + x), oy + endY);
            }
            if (y >= 0 && y <= vp.height()) {
                gc.moveTo(ox, snap(oy + y));
                gc.lineTo(ox + endX, snap(oy + y));
            }
        }
        gc.stroke();
    }

    /**
     * Hatches cells with UNKNOWN answers: one pattern-filled rectangle per run of such cells in a row (the pattern
     * is anchored to the canvas, so adjacent runs line up), instead of thousands of stroked lines.
     */
    private static void drawHatching(GraphicsContext gc, MatrixViewport vp, MatrixAxis axis, PairData pairs,
                                     int r0, int r1, int c0, int c1, double ox, double oy) {
        gc.setFill(HATCH);
        double s = vp.cellSize();
        for (int r = r0; r <= r1; r++) {
            int a = axis.classAt(r);
            int run = -1;
            for (int c = c0; c <= c1 + 1; c++) {
                boolean unknown = c <= c1 && pairs.count(VerdictStatus.UNKNOWN, a, axis.classAt(c)) > 0;
                if (unknown && run < 0) run = c;
                if (!unknown && run >= 0) {
                    gc.fillRect(ox + vp.xOf(run), oy + vp.yOf(r), (c - run) * s, s);
                    run = -1;
                }
            }
        }
    }

    /** An 8 × 8 tile with one diagonal line that continues across tiles. */
    private static final ImagePattern HATCH = hatchPattern();

    private static ImagePattern hatchPattern() {
        WritableImage tile = new WritableImage(8, 8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int d = Math.floorMod(x + y, 8);
                int alpha = d == 7 ? 0x70 : d == 0 || d == 6 ? 0x22 : 0;
                tile.getPixelWriter().setArgb(x, y, alpha << 24);
            }
        }
        return new ImagePattern(tile, 0, 0, 8, 8, false);
    }

    private static void drawGlyphs(GraphicsContext gc, MatrixViewport vp, MatrixAxis axis, PairData pairs, int r0,
                                   int r1, int c0, int c1, double ox, double oy) {
        double s = vp.cellSize();
        boolean counts = pairs.mode() == Mode.FLEET && s >= COUNT_MIN_CELL;
        gc.setFont(Font.font(null, FontWeight.BOLD, Math.round(Math.min(counts ? 13 : 16, s * 0.55))));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int r = r0; r <= r1; r++) {
            int a = axis.classAt(r);
            for (int c = c0; c <= c1; c++) {
                int b = axis.classAt(c);
                String text = cellText(pairs, a, b, counts);
                if (text == null) continue;
                gc.setFill(MatrixPalette.textOn(pairs.argb(a, b)));
                gc.fillText(text, ox + vp.xOf(c) + s / 2, oy + vp.yOf(r) + s / 2 + 0.5);
            }
        }
    }

    /** The glyph of a cell, or in fleet mode at large zoom "movable/total"; partial shares show the count. */
    static String cellText(PairData pairs, int a, int b, boolean counts) {
        VerdictStatus worst = pairs.worst(a, b);
        if (worst == null) return null;
        if (pairs.mode() == Mode.VM) return MatrixPalette.glyph(worst);
        int movable = pairs.movable(a, b);
        if (counts) return movable + "/" + pairs.total();
        if (movable == pairs.total()) return MatrixPalette.glyph(worst);
        if (movable == 0) return pairs.count(VerdictStatus.BLOCKED, a, b) > 0 ? "✕" : "?";
        return Integer.toString(movable);
    }

    /** Source = destination: "can this VM migrate at all?" is a real question, so the cell stays but is marked. */
    private static void drawDiagonal(GraphicsContext gc, MatrixViewport vp, MatrixTheme theme, int r0, int r1,
                                     int c0, int c1, double ox, double oy) {
        int from = Math.max(r0, c0);
        int to = Math.min(r1, c1);
        if (to < from) return;
        double s = vp.cellSize();
        gc.setStroke(theme.groupLine());
        if (s < GRID_MIN_CELL) {
            gc.setLineWidth(1);
            gc.strokeLine(ox + vp.xOf(from), oy + vp.yOf(from), ox + vp.xOf(to + 1), oy + vp.yOf(to + 1));
            return;
        }
        gc.setLineWidth(1.5);
        gc.setLineDashes(3, 3);
        for (int i = from; i <= to; i++) {
            double inset = Math.max(2, s * 0.12);
            gc.strokeRect(ox + vp.xOf(i) + inset, oy + vp.yOf(i) + inset, s - 2 * inset, s - 2 * inset);
        }
        gc.setLineDashes((double[]) null);
    }

    private static void outline(GraphicsContext gc, MatrixViewport vp, CellRef cell, Color color, double width,
                                double ox, double oy) {
        double s = Math.max(vp.cellSize(), 3);
        double x = ox + vp.xOf(cell.col()) + (vp.cellSize() - s) / 2;
        double y = oy + vp.yOf(cell.row()) + (vp.cellSize() - s) / 2;
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeRect(x + width / 2 - 0.5, y + width / 2 - 0.5, s - width + 1, s - width + 1);
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
