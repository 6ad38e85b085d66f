package org.qompat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.engine.VerdictStatus;

class MatrixCellsTest {

    private final ConstructedFleet fleet = new ConstructedFleet();

    @Test
    void hostsAreGroupedByClassWhateverTheirOrderInTheFleet() {
        MatrixCells cells = MatrixCells.of(fleet, List.of());

        assertThat(cells.size()).isEqualTo(6);
        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(p -> cells.host(p).name()))
                .containsExactly("old-1", "old-2", "mid-1", "new-1", "new-2", "new-3");
    }

    @Test
    void aSingleVmShowsItsVerdictColourAndGlyph() {
        MatrixCells cells = MatrixCells.of(fleet, List.of("web"));

        assertThat(cells.singleVm()).isTrue();
        CellSummary newToOld = cells.cell(3, 0);
        assertThat(newToOld.worst()).isEqualTo(VerdictStatus.BLOCKED);
        assertThat(newToOld.argb()).isEqualTo(VerdictPalette.BLOCKED);
        assertThat(newToOld.glyph()).isEqualTo(VerdictPalette.glyph(VerdictStatus.BLOCKED));
        assertThat(cells.cell(0, 3).argb()).isEqualTo(VerdictPalette.WARN);
        assertThat(cells.argb(1, 1)).isEqualTo(VerdictPalette.diagonal(VerdictPalette.OK));
    }

    @Test
    void severalVmsShowTheShareThatCanMove() {
        MatrixCells cells = MatrixCells.of(fleet, List.of());

        CellSummary oldToOld = cells.cell(0, 1);
        assertThat(oldToOld.glyph()).isEqualTo("3/4");
        assertThat(oldToOld.argb()).isEqualTo(VerdictPalette.share(0.75));
        assertThat(cells.cell(3, 0).glyph()).isEqualTo("1/4");
        assertThat(cells.cell(3, 0).describe()).isEqualTo("1 of 4 VMs can move, 3 blocked");
        assertThat(cells.selectionLabel()).isEqualTo("all 4 VMs");
    }

    @Test
    void aCellWhereNothingIsDecidedIsGreyNotRed() {
        CellSummary onlyUnknown = CellSummary.NONE.plus(VerdictStatus.UNKNOWN).plus(VerdictStatus.UNKNOWN);

        assertThat(onlyUnknown.argb()).isEqualTo(VerdictPalette.UNKNOWN);
        assertThat(CellSummary.NONE.plus(VerdictStatus.BLOCKED).plus(VerdictStatus.BLOCKED).argb())
                .isEqualTo(VerdictPalette.BLOCKED);
    }

    @Test
    void anUnknownVmNameIsAClearError() {
        assertThatThrownBy(() -> MatrixCells.of(fleet, List.of("mail")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no VM named 'mail'").hasMessageContaining("web");
    }
}
