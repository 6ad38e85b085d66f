package org.qompat.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatrixViewportTest {

    private MatrixViewport vp;

    @BeforeEach
    void setUp() {
        vp = new MatrixViewport();
        vp.setCells(100);
        vp.setSize(400, 300);
        vp.setCellSize(10);
    }

    @Test
    void hitTestingIsFloorOfOffsetOverCellSize() {
        vp.scrollTo(25, 7);
        assertThat(vp.colAt(0)).isEqualTo(2);     // (0 + 25) / 10
        assertThat(vp.colAt(14.9)).isEqualTo(3);  // 39.9 / 10
        assertThat(vp.colAt(15)).isEqualTo(4);    // exactly on the boundary belongs to the next cell
        assertThat(vp.rowAt(2.9)).isEqualTo(0);
        assertThat(vp.rowAt(3)).isEqualTo(1);
    }

    @Test
    void outsideTheMatrixHitsNothing() {
        assertThat(vp.colAt(-1)).isEqualTo(-1);
        assertThat(vp.colAt(400)).isEqualTo(-1);
        vp.setCells(5); // 50 px of content in a 400 px window
        assertThat(vp.colAt(49)).isEqualTo(4);
        assertThat(vp.colAt(50)).isEqualTo(-1);
    }

    @Test
    void zoomKeepsTheCellUnderThePointerInPlace() {
        vp.scrollTo(120, 80);
        double x = 137;
        double y = 61;
        double contentX = (x + vp.scrollX()) / vp.cellSize();
        double contentY = (y + vp.scrollY()) / vp.cellSize();
        vp.zoomAround(2.5, x, y);
        assertThat(vp.cellSize()).isEqualTo(25);
        assertThat((x + vp.scrollX()) / vp.cellSize()).isCloseTo(contentX, within(1e-9));
        assertThat((y + vp.scrollY()) / vp.cellSize()).isCloseTo(contentY, within(1e-9));
        assertThat(vp.colAt(x)).isEqualTo((int) contentX);
    }

    @Test
    void zoomIsClampedBetweenFitAndMaximum() {
        vp.zoomAround(1000, 10, 10);
        assertThat(vp.cellSize()).isEqualTo(MatrixViewport.MAX_CELL);
        vp.zoomAround(1e-6, 10, 10);
        assertThat(vp.cellSize()).isEqualTo(3.0); // min(400, 300) / 100 cells
        assertThat(vp.scrollX()).isZero();
        assertThat(vp.scrollY()).isZero();
    }

    @Test
    void scrollingStopsAtTheEdges() {
        vp.scrollTo(-50, 1e6);
        assertThat(vp.scrollX()).isZero();
        assertThat(vp.scrollY()).isEqualTo(100 * 10 - 300);
        vp.panBy(-30, 20); // dragging left moves the content left: scroll grows
        assertThat(vp.scrollX()).isEqualTo(30);
        assertThat(vp.scrollY()).isEqualTo(680);
    }

    @Test
    void visibleRangeCoversPartiallyShownCells() {
        vp.scrollTo(15, 0);
        assertThat(vp.firstVisibleCol()).isEqualTo(1);
        assertThat(vp.lastVisibleCol()).isEqualTo(41); // (15 + 400) / 10 = 41.5 → cell 41 is partly on screen
        assertThat(vp.firstVisibleRow()).isEqualTo(0);
        assertThat(vp.lastVisibleRow()).isEqualTo(29);
    }

    @Test
    void ensureVisibleScrollsTheLeastAmount() {
        vp.ensureVisible(50, 3);
        assertThat(vp.scrollY()).isEqualTo(510 - 300); // row 50 ends at 510
        assertThat(vp.scrollX()).isZero();
        vp.ensureVisible(10, 3);
        assertThat(vp.scrollY()).isEqualTo(100);
    }

    @Test
    void fitShowsTheWholeMatrixWithComfortableCells() {
        vp.setCells(24);
        vp.fit();
        assertThat(vp.cellSize()).isEqualTo(12.5); // 300 / 24
        vp.setCells(3);
        vp.fit();
        assertThat(vp.cellSize()).isEqualTo(40);   // capped: a 3×3 matrix should not fill the screen
    }
}
