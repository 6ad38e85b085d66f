package org.qompat.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.qompat.engine.VerdictStatus;

/**
 * The legend band under an exported matrix image: a caption (what is selected, which axis is which), then the
 * colour key — the four verdicts with their glyphs for one VM, or the share scale for several.
 */
final class MatrixLegend {

    static final int HEIGHT = 68;
    static final String SHARE = "share of the selected VMs that can move";
    static final String UNDECIDED = "nothing decided (unknown)";
    static final String DIAGONAL = "diagonal (darker): same host";
    private static final int SWATCH = 16;
    private static final int ROW_GAP = 20;
    private static final int GRADIENT_WIDTH = 220;

    private MatrixLegend() {
    }

    static String caption(MatrixCells cells) {
        return "Qompat \u00b7 " + cells.selectionLabel() + " \u00b7 " + cells.size() + " hosts in "
                + cells.classCount() + " classes \u00b7 rows: source, columns: destination";
    }

    static int minWidth(MatrixCells cells) {
        Graphics2D g = MatrixImage.scratch();
        int caption = g.getFontMetrics(new Font(MatrixImage.FONT, Font.BOLD, 13)).stringWidth(caption(cells));
        g.setFont(new Font(MatrixImage.FONT, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        int keys;
        if (cells.singleVm()) {
            keys = 0;
            for (VerdictStatus s : VerdictStatus.values()) keys += swatchWidth(fm, VerdictPalette.label(s));
            keys += swatchWidth(fm, DIAGONAL);
        } else {
            keys = GRADIENT_WIDTH + 16 + Math.max(fm.stringWidth(SHARE),
                    swatchWidth(fm, UNDECIDED) + swatchWidth(fm, DIAGONAL));
        }
        return Math.max(caption, keys);
    }

    static void draw(Graphics2D g, MatrixCells cells, int x, int y, int width) {
        g.setColor(new Color(VerdictPalette.INK));
        g.setFont(new Font(MatrixImage.FONT, Font.BOLD, 13));
        g.drawString(caption(cells), x, y + 14);
        g.setFont(new Font(MatrixImage.FONT, Font.PLAIN, 12));
        int row = y + 28;
        if (cells.singleVm()) {
            int cx = x;
            for (VerdictStatus s : VerdictStatus.values()) {
                cx = drawSwatch(g, cx, row, VerdictPalette.argb(s), VerdictPalette.glyph(s), VerdictPalette.label(s));
            }
            drawSwatch(g, cx, row, VerdictPalette.diagonal(VerdictPalette.EMPTY), "", DIAGONAL);
        } else {
            drawShareScale(g, x, row);
            int cx = x + GRADIENT_WIDTH + 16;
            g.setColor(new Color(VerdictPalette.INK));
            g.drawString(SHARE, cx, row + (SWATCH + g.getFontMetrics().getAscent()) / 2 - 1);
            cx = drawSwatch(g, cx, row + ROW_GAP, VerdictPalette.UNKNOWN, "?", UNDECIDED);
            drawSwatch(g, cx, row + ROW_GAP, VerdictPalette.diagonal(VerdictPalette.EMPTY), "", DIAGONAL);
        }
    }

    /** 0 % → 100 % of the selected VMs can move, drawn in 5 % steps exactly as the cells quantise, ticks below. */
    private static void drawShareScale(Graphics2D g, int x, int y) {
        for (int i = 0; i < GRADIENT_WIDTH; i++) {
            g.setColor(new Color(VerdictPalette.share(i / (double) (GRADIENT_WIDTH - 1))));
            g.fillRect(x + i, y, 1, SWATCH);
        }
        g.setColor(new Color(VerdictPalette.MUTED));
        g.drawRect(x, y, GRADIENT_WIDTH - 1, SWATCH - 1);
        g.setColor(new Color(VerdictPalette.INK));
        FontMetrics fm = g.getFontMetrics();
        int ty = y + ROW_GAP + (SWATCH + fm.getAscent()) / 2 - 1;
        g.drawString("0 %", x, ty);
        g.drawString("50 %", x + (GRADIENT_WIDTH - fm.stringWidth("50 %")) / 2, ty);
        g.drawString("100 %", x + GRADIENT_WIDTH - fm.stringWidth("100 %"), ty);
    }

    private static int swatchWidth(FontMetrics fm, String label) {
        return SWATCH + 6 + fm.stringWidth(label) + 18;
    }

    /** A swatch with its glyph and a label to its right; returns the x where the next item starts. */
    private static int drawSwatch(Graphics2D g, int x, int y, int argb, String glyph, String label) {
        g.setColor(new Color(argb));
        g.fillRect(x, y, SWATCH, SWATCH);
        Font plain = g.getFont();
        FontMetrics fm = g.getFontMetrics();
        if (!glyph.isEmpty()) {
            g.setColor(new Color(VerdictPalette.inkOn(argb)));
            g.setFont(plain.deriveFont(Font.BOLD));
            FontMetrics bold = g.getFontMetrics();
            g.drawString(glyph, x + (SWATCH - bold.stringWidth(glyph)) / 2, y + (SWATCH + bold.getAscent()) / 2 - 1);
            g.setFont(plain);
        }
        g.setColor(new Color(VerdictPalette.INK));
        g.drawString(label, x + SWATCH + 6, y + (SWATCH + fm.getAscent()) / 2 - 1);
        return x + swatchWidth(fm, label);
    }
}
