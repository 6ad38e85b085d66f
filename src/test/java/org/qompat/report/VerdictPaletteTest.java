package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.qompat.engine.VerdictStatus;

class VerdictPaletteTest {

    @Test
    void everyStatusHasItsOwnColourAndGlyph() {
        assertThat(Arrays.stream(VerdictStatus.values()).map(VerdictPalette::argb).distinct()).hasSize(4);
        assertThat(Arrays.stream(VerdictStatus.values()).map(VerdictPalette::glyph).distinct()).hasSize(4);
    }

    @Test
    void theShareScaleRunsFromBlockedToOkInFivePercentSteps() {
        assertThat(VerdictPalette.share(0)).isEqualTo(VerdictPalette.BLOCKED);
        assertThat(VerdictPalette.share(1)).isEqualTo(VerdictPalette.OK);
        assertThat(VerdictPalette.share(0.5)).isEqualTo(VerdictPalette.SHARE_MID);
        assertThat(VerdictPalette.share(0.51)).isEqualTo(VerdictPalette.share(0.5));
        // a single blocked VM out of 1000 must not look like "all fine"
        assertThat(VerdictPalette.share(0.999)).isNotEqualTo(VerdictPalette.OK);
        assertThat(VerdictPalette.share(0.001)).isNotEqualTo(VerdictPalette.BLOCKED);
    }

    @Test
    void inkIsChosenForContrast() {
        assertThat(VerdictPalette.inkOn(0xFF000000)).isEqualTo(0xFFFFFFFF);
        assertThat(VerdictPalette.inkOn(0xFFFFFFFF)).isEqualTo(VerdictPalette.INK);
        assertThat(VerdictPalette.hex(VerdictPalette.BLOCKED)).isEqualTo("#d7191c");
    }
}
