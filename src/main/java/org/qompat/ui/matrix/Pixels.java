package org.qompat.ui.matrix;

import javafx.scene.paint.Color;

/** Integer colour arithmetic for the cell pixels (all opaque ARGB, so premultiplied and plain are the same). */
final class Pixels {

    private Pixels() {
    }

    /** {@code ink} (its RGB) over the opaque {@code dst} with coverage {@code alpha} (0..255). */
    static int blend(int dst, int ink, int alpha) {
        if (alpha >= 255) return ink | 0xFF000000;
        int inv = 255 - alpha;
        int r = div255(((ink >> 16) & 0xFF) * alpha + ((dst >> 16) & 0xFF) * inv);
        int g = div255(((ink >> 8) & 0xFF) * alpha + ((dst >> 8) & 0xFF) * inv);
        int b = div255((ink & 0xFF) * alpha + (dst & 0xFF) * inv);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** v / 255 rounded, exact for 0..65025, without a division (this runs for every blended pixel). */
    private static int div255(int v) {
        v += 128;
        return (v + (v >> 8)) >> 8;
    }

    /** The opaque RGB of a colour (as ARGB with alpha 255). */
    static int rgb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** A colour's opacity as a coverage 0..255. */
    static int alpha(Color c) {
        return (int) Math.round(c.getOpacity() * 255);
    }

    /** Blends one pixel if it lies inside the {@code w} × {@code h} buffer. */
    static void plot(int[] px, int w, int h, int x, int y, int ink, int alpha) {
        if (x < 0 || y < 0 || x >= w || y >= h || alpha <= 0) return;
        int i = y * w + x;
        px[i] = blend(px[i], ink, alpha);
    }

    /**
     * A rectangular ring {@code t} pixels thick just inside [x0, x1) × [y0, y1), clipped to the buffer. With
     * {@code dashInk} != 0 it is dashed in 3-pixel steps of {@code ink} and {@code dashInk}, so it stays visible
     * on any colour underneath.
     */
    static void ring(int[] px, int w, int h, int x0, int y0, int x1, int y1, int t, int ink, int dashInk, int alpha) {
        if (x1 - x0 <= 0 || y1 - y0 <= 0) return;
        for (int k = 0; k < t; k++) {
            for (int x = x0 + k; x < x1 - k; x++) {
                int c = dashInk != 0 && ((x - x0) / 3 & 1) == 1 ? dashInk : ink;
                plot(px, w, h, x, y0 + k, c, alpha);
                if (y1 - 1 - k != y0 + k) plot(px, w, h, x, y1 - 1 - k, c, alpha);
            }
            for (int y = y0 + k + 1; y < y1 - 1 - k; y++) {
                int c = dashInk != 0 && ((y - y0) / 3 & 1) == 1 ? dashInk : ink;
                plot(px, w, h, x0 + k, y, c, alpha);
                if (x1 - 1 - k != x0 + k) plot(px, w, h, x1 - 1 - k, y, c, alpha);
            }
        }
    }
}
