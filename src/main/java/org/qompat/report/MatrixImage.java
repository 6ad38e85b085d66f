package org.qompat.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws the matrix offscreen into a {@link BufferedImage}: one {@code scale}×{@code scale} block per host pair,
 * host labels when the cells are big enough to carry them, glyphs on the cells when they fit, and an optional
 * legend. Cells are written straight into the raster one class row at a time (the same pattern repeats for every
 * host of a class), so a 10,000-host matrix costs a memory copy, not 10⁸ draw calls.
 */
public final class MatrixImage {

    /** Cells at least this big get host labels by default. */
    public static final int LABEL_MIN_SCALE = 12;
    /** Cells at least this big carry their glyph. */
    public static final int GLYPH_MIN_SCALE = 16;
    /** ~800 MB of ARGB: beyond this an export would exhaust memory rather than help anyone read it. */
    public static final long MAX_PIXELS = 200_000_000L;

    static final int MARGIN = 16;
    static final String FONT = Font.SANS_SERIF;

    /** Pixels per cell, whether to draw the legend, whether to draw host names along both axes. */
    public record Options(int scale, boolean legend, boolean labels) {
        public Options {
            if (scale < 1 || scale > 64) throw new IllegalArgumentException("scale must be 1..64 pixels per cell");
        }

        /** Legend on, labels when the cells are big enough to read them. */
        public static Options forScale(int scale) {
            return new Options(scale, true, scale >= LABEL_MIN_SCALE);
        }

        public Options withLegend(boolean on) {
            return new Options(scale, on, labels);
        }

        public Options withLabels(boolean on) {
            return new Options(scale, legend, on);
        }
    }

    /** Where things go: matrix origin and side, label font, legend position, total size. */
    public record Layout(int left, int top, int matrixSide, int width, int height, int legendTop, int labelFont) {
    }

    private MatrixImage() {
    }

    public static Layout layout(MatrixCells cells, Options o) {
        int side = Math.multiplyExact(cells.size(), o.scale());
        int font = Math.max(9, Math.min(14, (int) Math.round(o.scale() * 0.7)));
        int labelExtent = 0;
        if (o.labels()) {
            FontMetrics fm = scratch().getFontMetrics(new Font(FONT, Font.PLAIN, font));
            for (int p = 0; p < cells.size(); p++) labelExtent = Math.max(labelExtent, fm.stringWidth(cells.host(p).name()));
            labelExtent += 8;
        }
        boolean framed = o.labels() || o.legend();
        int left = (framed ? MARGIN : 0) + labelExtent;
        int top = (framed ? MARGIN : 0) + labelExtent;
        int width = left + side + (framed ? MARGIN : 0);
        int legendTop = top + side + (framed ? MARGIN : 0);
        int height = legendTop;
        if (o.legend()) {
            width = Math.max(width, MatrixLegend.minWidth(cells) + 2 * MARGIN);
            height += MatrixLegend.HEIGHT + MARGIN;
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would be " + width + "×" + height + " pixels (" + cells.size()
                    + " hosts at " + o.scale() + " px per cell); choose a smaller scale");
        }
        return new Layout(left, top, side, width, height, legendTop, font);
    }

    public static BufferedImage render(MatrixCells cells, Options o, ExportProgress progress) {
        Layout l = layout(cells, o);
        BufferedImage img = new BufferedImage(l.width(), l.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            // straight into the raster: a Graphics2D fill of 10⁸ pixels costs seconds
            java.util.Arrays.fill(((DataBufferInt) img.getRaster().getDataBuffer()).getData(),
                    VerdictPalette.BACKGROUND & 0xFFFFFF);
            fillCells(img, cells, o.scale(), l, progress);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawClassSeparators(g, cells, o.scale(), l);
            if (o.scale() >= GLYPH_MIN_SCALE) drawGlyphs(g, cells, o.scale(), l);
            if (o.labels()) drawLabels(g, cells, o.scale(), l);
            if (o.legend()) MatrixLegend.draw(g, cells, MARGIN, l.legendTop(), l.width() - 2 * MARGIN);
        } finally {
            g.dispose();
        }
        progress.update(1, "matrix drawn");
        return img;
    }

    /** One pixel row pattern per source class, copied to every row of that class; the diagonal patched after. */
    private static void fillCells(BufferedImage img, MatrixCells cells, int scale, Layout l, ExportProgress progress) {
        int[] data = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int stride = img.getWidth();
        int n = cells.size();
        int side = l.matrixSide();
        int[][] rowByClass = new int[cells.classCount()][];
        for (int p = 0; p < n; p++) {
            int c = cells.classAt(p);
            int[] row = rowByClass[c];
            if (row == null) {
                row = new int[side];
                for (int q = 0; q < n; q++) {
                    java.util.Arrays.fill(row, q * scale, (q + 1) * scale, cells.cell(p, q).argb() & 0xFFFFFF);
                }
                rowByClass[c] = row;
            }
            int diagonal = cells.argb(p, p) & 0xFFFFFF;
            for (int dy = 0; dy < scale; dy++) {
                int offset = (l.top() + p * scale + dy) * stride + l.left();
                System.arraycopy(row, 0, data, offset, side);
                java.util.Arrays.fill(data, offset + p * scale, offset + (p + 1) * scale, diagonal);
            }
            if ((p & 255) == 0) {
                progress.checkCancelled();
                progress.update(p / (double) n, "drawing the matrix");
            }
        }
    }

    /** A thin white gap between host classes, as the GUI's group headers do, when cells are big enough. */
    private static void drawClassSeparators(Graphics2D g, MatrixCells cells, int scale, Layout l) {
        if (scale < 4) return;
        g.setColor(new Color(VerdictPalette.BACKGROUND));
        g.setStroke(new BasicStroke(1f));
        for (int p = 1; p < cells.size(); p++) {
            if (cells.classAt(p) == cells.classAt(p - 1)) continue;
            int at = p * scale;
            g.fillRect(l.left() + at, l.top(), 1, l.matrixSide());
            g.fillRect(l.left(), l.top() + at, l.matrixSide(), 1);
        }
    }

    private static void drawGlyphs(Graphics2D g, MatrixCells cells, int scale, Layout l) {
        Font glyphFont = new Font(FONT, Font.BOLD, Math.max(9, (int) Math.round(scale * 0.55)));
        int n = cells.size();
        java.util.Map<String, Font> fitted = new java.util.HashMap<>();
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                String text = cells.cell(p, q).glyph();
                if (text.isEmpty()) continue;
                // one-character verdict glyphs big; "movable/total" counts in the largest size that fits the cell
                Font font = text.length() == 1 ? glyphFont : fitted.computeIfAbsent(text, t -> fit(g, t, scale));
                if (font == null && text.indexOf('/') > 0) {
                    // "11/12" is too wide for a small cell: the movable count alone still reads without colour,
                    // and the total is the same in every cell (the figure's title says how many VMs)
                    text = text.substring(0, text.indexOf('/'));
                    font = fitted.computeIfAbsent(text, t -> fit(g, t, scale));
                }
                if (font == null) continue;
                g.setFont(font);
                FontMetrics fm = g.getFontMetrics();
                int w = fm.stringWidth(text);
                g.setColor(new Color(VerdictPalette.inkOn(cells.argb(p, q))));
                int x = l.left() + q * scale + (scale - w) / 2;
                int y = l.top() + p * scale + (scale - fm.getHeight()) / 2 + fm.getAscent();
                g.drawString(text, x, y);
            }
        }
    }

    /** The largest bold font from 45 % of the cell down to 8 px in which {@code text} fits; null if none does. */
    private static Font fit(Graphics2D g, String text, int scale) {
        for (int size = Math.max(8, (int) Math.round(scale * 0.45)); size >= 8; size--) {
            Font f = new Font(FONT, Font.BOLD, size);
            if (g.getFontMetrics(f).stringWidth(text) <= scale - 3) return f;
        }
        return null;
    }

    /** Source hosts down the left, destination hosts along the top (rotated), right-aligned to the matrix. */
    private static void drawLabels(Graphics2D g, MatrixCells cells, int scale, Layout l) {
        g.setFont(new Font(FONT, Font.PLAIN, l.labelFont()));
        g.setColor(new Color(VerdictPalette.INK));
        FontMetrics fm = g.getFontMetrics();
        int baselineShift = (scale - fm.getHeight()) / 2 + fm.getAscent();
        for (int p = 0; p < cells.size(); p++) {
            String name = cells.host(p).name();
            g.drawString(name, l.left() - 6 - fm.stringWidth(name), l.top() + p * scale + baselineShift);
        }
        AffineTransform saved = g.getTransform();
        for (int q = 0; q < cells.size(); q++) {
            String name = cells.host(q).name();
            g.setTransform(saved);
            g.translate(l.left() + q * scale + baselineShift, l.top() - 6);
            g.rotate(-Math.PI / 2);
            g.drawString(name, 0, 0);
        }
        g.setTransform(saved);
    }

    static Graphics2D scratch() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    }
}
