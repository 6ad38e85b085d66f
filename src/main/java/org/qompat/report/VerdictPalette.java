package org.qompat.report;

import org.qompat.engine.VerdictStatus;

/**
 * The one palette of verdicts, shared by every export and by the GUI (which depends on report, never the other
 * way), so that a slide, a PNG and the window show the same colours and glyphs. The colours are ColorBrewer's
 * RdYlBu scale (the GUI's matrix palette), which stays distinguishable for the common colour-vision deficiencies;
 * every status is also backed by a glyph so that nothing depends on colour alone. All colours are opaque ARGB.
 */
public final class VerdictPalette {

    /** OK: RdYlBu blue. */
    public static final int OK = 0xFF2C7BB6;
    /** WARN: RdYlBu orange. */
    public static final int WARN = 0xFFFDAE61;
    /** UNKNOWN: a neutral grey; missing data is neither good nor bad, only missing. */
    public static final int UNKNOWN = 0xFFA0A0A0;
    /** BLOCKED: RdYlBu red. */
    public static final int BLOCKED = 0xFFD7191C;
    /** A cell with nothing to show (no VM selected). */
    public static final int EMPTY = 0xFFE4E6EA;
    /** The midpoint of the fleet share scale (half of the VMs can move): RdYlBu's pale yellow. */
    public static final int SHARE_MID = 0xFFFFFFBF;
    /** Lines, labels and other ink. */
    public static final int INK = 0xFF1F2328;
    /** Secondary ink (captions, grid lines between host classes). */
    public static final int MUTED = 0xFF6E7781;
    public static final int BACKGROUND = 0xFFFFFFFF;

    /** red (none can move) → orange → pale yellow (half) → light blue → blue (all can move). */
    private static final int[] SHARE_STOPS = {BLOCKED, WARN, SHARE_MID, 0xFFABD9E9, OK};

    private VerdictPalette() {
    }

    public static int argb(VerdictStatus status) {
        return switch (status) {
            case OK -> OK;
            case WARN -> WARN;
            case UNKNOWN -> UNKNOWN;
            case BLOCKED -> BLOCKED;
        };
    }

    /** The glyph drawn on a cell (or next to a verdict) so the status reads without colour. */
    public static String glyph(VerdictStatus status) {
        return switch (status) {
            case OK -> "\u2713";
            case WARN -> "!";
            case UNKNOWN -> "?";
            case BLOCKED -> "\u2715";
        };
    }

    /** "OK", "Warn", "Unknown", "Blocked": the word for legends. */
    public static String label(VerdictStatus status) {
        String n = status.name();
        if (status == VerdictStatus.OK) return n;
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Fleet mode: the colour for the share of the selected VMs that can move (OK or WARN), on the same RdYlBu
     * scale as the GUI. Values are quantised to 5 % steps so neighbouring cells that differ by one VM out of
     * hundreds do not look like noise and legends can show the exact steps; only exactly 0 and exactly 1 reach
     * the end colours, so one blocked VM out of a thousand never looks like "all fine".
     */
    public static int share(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        if (f > 0 && f < 1) f = Math.max(0.05, Math.min(0.95, Math.round(f * 20) / 20.0));
        double pos = f * (SHARE_STOPS.length - 1);
        int i = Math.min(SHARE_STOPS.length - 2, (int) Math.floor(pos));
        return mix(SHARE_STOPS[i], SHARE_STOPS[i + 1], pos - i);
    }

    /** Dark or white ink, whichever has the higher WCAG contrast ratio on {@code argb}. */
    public static int inkOn(int argb) {
        double l = luminance(argb);
        double onWhite = 1.05 / (l + 0.05);
        double onInk = (l + 0.05) / (luminance(INK) + 0.05);
        return onInk >= onWhite ? INK : 0xFFFFFFFF;
    }

    /** {@code #rrggbb} for CSS and SVG. */
    public static String hex(int argb) {
        return String.format(java.util.Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** Linear mix of two opaque colours; {@code t} = 0 gives {@code a}. */
    public static int mix(int a, int b, double t) {
        int r = (int) Math.round(ch(a, 16) + (ch(b, 16) - ch(a, 16)) * t);
        int g = (int) Math.round(ch(a, 8) + (ch(b, 8) - ch(a, 8)) * t);
        int bl = (int) Math.round(ch(a, 0) + (ch(b, 0) - ch(a, 0)) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    /** A slightly darker shade, used to mark the diagonal (source = destination) without a new hue. */
    public static int diagonal(int argb) {
        return mix(argb, INK, 0.18);
    }

    static double luminance(int argb) {
        return 0.2126 * lin(ch(argb, 16)) + 0.7152 * lin(ch(argb, 8)) + 0.0722 * lin(ch(argb, 0));
    }

    private static int ch(int argb, int shift) {
        return argb >> shift & 0xFF;
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
