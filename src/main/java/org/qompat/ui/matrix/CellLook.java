package org.qompat.ui.matrix;

import org.qompat.engine.VerdictStatus;
import org.qompat.ui.matrix.PairData.Mode;

/**
 * What every class pair looks like, worked out once per {@link PairData}: colour, whether it is hatched
 * (some answers UNKNOWN), the ink its text needs and the text itself at both detail levels. Every host pair
 * inherits its class pair's look, so a frame only indexes arrays: no strings or colours are made per frame.
 */
final class CellLook {

    final PairData pairs;
    final int classes;
    final int[] argb;
    final boolean[] hatched;
    final int[] ink;
    /** Glyph or partial count ({@code cellText(…, false)}); null = nothing to draw. */
    final String[] glyph;
    /** "movable/total" in fleet mode, else the glyph ({@code cellText(…, true)}). */
    final String[] count;

    CellLook(PairData pairs) {
        this.pairs = pairs;
        classes = pairs.classCount();
        int n = classes * classes;
        argb = new int[n];
        hatched = new boolean[n];
        ink = new int[n];
        glyph = new String[n];
        count = new String[n];
        for (int a = 0; a < classes; a++) {
            for (int b = 0; b < classes; b++) {
                int p = a * classes + b;
                argb[p] = pairs.argb(a, b);
                hatched[p] = pairs.count(VerdictStatus.UNKNOWN, a, b) > 0;
                ink[p] = Pixels.rgb(MatrixPalette.textOn(argb[p]));
                glyph[p] = cellText(pairs, a, b, false);
                count[p] = cellText(pairs, a, b, true);
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
}
