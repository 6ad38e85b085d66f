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

    static final int HEIGHT = 64;
    private static final int SWATCH = 16;
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
        return Math.max(caption, cells.singleVm() ? 480 : GRADIENT_WIDTH + 360);
    }

    static void draw(Graphics2D g, MatrixCells cells, int x, int y, int width) {
        g.setColor(new Color(VerdictPalette.INK));
        g.setFont(new Font(MatrixImage.FONT, Font.BOLD, 13));
        g.drawString(caption(cells), x, y + 14);
        g.setFont(new Font(MatrixImage.FONT, Font.PLAIN, 12));
        int row = y + 30;
        int cx = cells.singleVm() ? drawStatuses(g, x, row) : drawShareScale(g, x, row);
        drawSwatch(g, cx, row, VerdictPalette.diagonal(VerdictPalette.EMPTY), "", "diagonal (darker): same host");
    }

    private static int drawStatuses(Graphics2D g, int x, int y) {
        int cx = x;
        for (VerdictStatus s : VerdictStatus.values()) {
            cx = drawSwatch(g, cx, y, VerdictPalette.argb(s), VerdictPalette.glyph(s), VerdictPalette.label(s));
        }
        return cx;
    }

    /** 0 % → 100 % of the selected VMs can move, drawn as 5 % steps exactly as the cells quantise. */
    private static int drawShareScale(Graphics2D g, int x, int y) {
        for (int i = 0; i < GRADIENT_WIDTH; i++) {
            g.setColor(new Color(VerdictPalette.share(i / (double) (GRADIENT_WIDTH - 1))));
            g.fillRect(x + i, y, 1, SWATCH);
        }
        g.setColor(new Color(VerdictPalette.MUTED));
        g.drawRect(x, y, GRADIENT_WIDTH - 1, SWATCH - 1);
        g.setColor(new Color(VerdictPalette.INK));
        FontMetrics fm = g.getFontMetrics();
        int ty = y + SWATCH + fm.getAscent() + 2;
        g.drawString("0 %", x, ty);
        String mid = "share of VMs that can move";
        g.drawString(mid, x + (GRADIENT_WIDTH - fm.stringWidth(mid)) / 2, ty);
        g.drawString("100 %", x + GRADIENT_WIDTH - fm.stringWidth("100 %"), ty);
        return drawSwatch(g, x + GRADIENT_WIDTH + 16, y, VerdictPalette.UNKNOWN, "?", "nothing decided (unknown)");
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
        return x + SWATCH + 6 + fm.stringWidth(label) + 18;
    }
}
