package org.qompat.ui.matrix;

import java.nio.IntBuffer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The whole matrix at one pixel per cell, as square tiles of {@value #TILE}² pixels so that no texture exceeds
 * what a graphics pipeline accepts (often 8192 or 16384) however many hosts are expanded. Each tile is filled
 * with a single {@code setPixels} call; drawing copies only the visible part of the visible tiles, scaled
 * without smoothing so cells stay crisp blocks.
 */
public final class MatrixImage {

    public static final int TILE = 1024;

    private final int size;
    private final int tilesPerSide;
    private final WritableImage[] tiles;

    private MatrixImage(int size) {
        this.size = size;
        this.tilesPerSide = (size + TILE - 1) / TILE;
        this.tiles = new WritableImage[tilesPerSide * tilesPerSide];
    }

    /** Colours every cell: {@code argb[row * n + col]} = pairs.argb(class of row, class of col). */
    public static int[] pixels(MatrixAxis axis, PairData pairs) {
        int n = axis.size();
        int[] px = new int[n * n];
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) cls[i] = axis.classAt(i);
        for (int r = 0; r < n; r++) {
            int base = r * n;
            int a = cls[r];
            for (int c = 0; c < n; c++) px[base + c] = pairs.argb(a, cls[c]);
        }
        return px;
    }

    /** Builds the tiles; must run on the FX thread (images may be on screen). */
    public static MatrixImage of(int n, int[] argb) {
        MatrixImage img = new MatrixImage(n);
        PixelFormat<IntBuffer> fmt = PixelFormat.getIntArgbPreInstance();
        for (int ty = 0; ty < img.tilesPerSide; ty++) {
            for (int tx = 0; tx < img.tilesPerSide; tx++) {
                int w = Math.min(TILE, n - tx * TILE);
                int h = Math.min(TILE, n - ty * TILE);
                WritableImage tile = new WritableImage(w, h);
                tile.getPixelWriter().setPixels(0, 0, w, h, fmt, argb, ty * TILE * n + tx * TILE, n);
                img.tiles[ty * img.tilesPerSide + tx] = tile;
            }
        }
        return img;
    }

    public int size() {
        return size;
    }

    /**
     * Draws rows {@code r0..r1} and columns {@code c0..c1} (inclusive) with their top-left cell at screen
     * ({@code x0}, {@code y0}), each cell {@code cell} pixels wide.
     */
    public void draw(GraphicsContext gc, int r0, int r1, int c0, int c1, double x0, double y0, double cell) {
        if (size == 0 || r1 < r0 || c1 < c0) return;
        gc.setImageSmoothing(false);
        for (int ty = r0 / TILE; ty <= r1 / TILE; ty++) {
            int rs = Math.max(r0, ty * TILE);
            int re = Math.min(r1, ty * TILE + TILE - 1);
            for (int tx = c0 / TILE; tx <= c1 / TILE; tx++) {
                int cs = Math.max(c0, tx * TILE);
                int ce = Math.min(c1, tx * TILE + TILE - 1);
                WritableImage tile = tiles[ty * tilesPerSide + tx];
                gc.drawImage(tile, cs - tx * TILE, rs - ty * TILE, ce - cs + 1, re - rs + 1,
                        x0 + (cs - c0) * cell, y0 + (rs - r0) * cell, (ce - cs + 1) * cell, (re - rs + 1) * cell);
            }
        }
    }
}
