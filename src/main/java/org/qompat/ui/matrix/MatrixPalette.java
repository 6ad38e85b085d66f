package org.qompat.ui.matrix;

import javafx.scene.paint.Color;
import org.qompat.engine.VerdictStatus;

/**
 * Cell colours and glyphs. The colours are ColorBrewer's RdYlBu scale, which stays distinguishable for the
 * common forms of colour blindness; every status also carries a glyph (✓ ! ✕ ?), and UNKNOWN is hatched, so
 * colour is never the only signal. Fleet-mode cells map the share of VMs that can move onto the same scale:
 * red (none) → yellow (half) → blue (all).
 */
public final class MatrixPalette {

    public static final int OK = 0xFF2C7BB6;
    public static final int WARN = 0xFFFDAE61;
    public static final int BLOCKED = 0xFFD7191C;
    public static final int UNKNOWN = 0xFFA0A0A0;
    /** A cell with nothing to count (no VM selected). */
    public static final int EMPTY = 0xFFE4E6EA;

    private static final int[] STOPS = {0xFFD7191C, 0xFFFDAE61, 0xFFFFFFBF, 0xFFABD9E9, 0xFF2C7BB6};
    private static final int[] SHARE_LUT = new int[256];

    static {
        for (int i = 0; i < 256; i++) SHARE_LUT[i] = interpolate(i / 255.0);
    }

    private MatrixPalette() {
    }

    public static int forStatus(VerdictStatus status) {
        return switch (status) {
            case OK -> OK;
            case WARN -> WARN;
            case BLOCKED -> BLOCKED;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Colour for the share (0..1) of selected VMs that can move. */
    public static int forShare(double share) {
        if (Double.isNaN(share)) return EMPTY;
        int i = (int) Math.round(Math.max(0, Math.min(1, share)) * 255);
        return SHARE_LUT[i];
    }

    public static String glyph(VerdictStatus status) {
        return switch (status) {
            case OK -> "✓";
            case WARN -> "!";
            case BLOCKED -> "✕";
            case UNKNOWN -> "?";
        };
    }

    /** Black or white, whichever reads better on the given cell colour. */
    public static Color textOn(int argb) {
        return luminance(argb) > 0.45 ? Color.rgb(20, 20, 20) : Color.WHITE;
    }

    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    /** Relative luminance per WCAG (sRGB linearised). */
    static double luminance(int argb) {
        return 0.2126 * lin((argb >> 16) & 0xFF) + 0.7152 * lin((argb >> 8) & 0xFF) + 0.0722 * lin(argb & 0xFF);
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int interpolate(double t) {
        double pos = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
