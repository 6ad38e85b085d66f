package org.qompat.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qompat.engine.VerdictStatus;

class MatrixPaletteTest {

    @Test
    void shareScaleRunsFromBlockedRedToOkBlue() {
        assertThat(MatrixPalette.forShare(0)).isEqualTo(MatrixPalette.BLOCKED);
        assertThat(MatrixPalette.forShare(1)).isEqualTo(MatrixPalette.OK);
        int mid = MatrixPalette.forShare(0.5); // near the scale's pale yellow midpoint #FFFFBF
        assertThat((mid >> 16) & 0xFF).isGreaterThan(0xF0);
        assertThat((mid >> 8) & 0xFF).isGreaterThan(0xF0);
        assertThat(MatrixPalette.forShare(-3)).isEqualTo(MatrixPalette.forShare(0));
        assertThat(MatrixPalette.forShare(Double.NaN)).isEqualTo(MatrixPalette.EMPTY);
    }

    @Test
    void shareScaleMovesSteadilyFromRedTowardsBlue() {
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i <= 100; i++) {
            int c = MatrixPalette.forShare(i / 100.0);
            int blueMinusRed = (c & 0xFF) - ((c >> 16) & 0xFF);
            assertThat(blueMinusRed).isGreaterThanOrEqualTo(previous);
            previous = blueMinusRed;
        }
    }

    @Test
    void everyStatusHasItsOwnColourAndGlyph() {
        assertThat(java.util.Arrays.stream(VerdictStatus.values()).map(MatrixPalette::forStatus).distinct()).hasSize(4);
        assertThat(java.util.Arrays.stream(VerdictStatus.values()).map(MatrixPalette::glyph))
                .containsExactly("✓", "!", "?", "✕");
    }

    @Test
    void glyphTextStaysReadable() {
        assertThat(MatrixPalette.textOn(MatrixPalette.BLOCKED).getRed()).isEqualTo(1.0); // white on red
        assertThat(MatrixPalette.textOn(MatrixPalette.WARN).getRed()).isLessThan(0.2);  // dark on orange
        assertThat(MatrixPalette.textOn(0xFFFFFFBF).getRed()).isLessThan(0.2);
    }

    @Test
    void fleetCellTextShowsGlyphsOrCounts() {
        SyntheticMatrixSource src = new SyntheticMatrixSource(4, 2, 40, 3);
        java.util.BitSet vms = new java.util.BitSet();
        vms.set(0, 40);
        PairData p = PairData.fleet(src, vms);
        String small = MatrixRenderer.cellText(p, 1, 0, false);
        String large = MatrixRenderer.cellText(p, 1, 0, true);
        assertThat(large).isEqualTo(p.movable(1, 0) + "/40");
        assertThat(small).isIn(Integer.toString(p.movable(1, 0)), "✓", "!", "✕", "?");
    }
}
