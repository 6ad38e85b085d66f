package org.qompat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.VerdictStatus;
import org.qompat.ui.common.CellSelection;
import org.qompat.ui.matrix.CellRef;
import org.qompat.ui.matrix.MatrixCanvas;
import org.qompat.ui.matrix.PairData;
import org.testfx.util.WaitForAsyncUtils;

/** Fleet and VM mode, the keyboard, classes that collapse and expand, and zooming around the pointer. */
class MatrixNavigationUiTest extends DemoWindowTest {

    @Test
    void arrowKeysMoveTheSelectionAndEnterDrillsDown() throws Exception {
        matrix.click("hv-east-02", "hv-west-03");
        assertThat(app.getSelectedCell()).isEqualTo(CellSelection.ofHosts("hv-east-02", "hv-west-03"));
        type(KeyCode.RIGHT);
        assertThat(app.getSelectedCell().toHost()).isEqualTo("hv-west-04");
        type(KeyCode.DOWN, 2);
        assertThat(app.getSelectedCell().fromHost()).isEqualTo("hv-east-04");
        press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT); // ten to the left: west-04 → east-02
        assertThat(app.getSelectedCell().toHost()).isEqualTo("hv-east-02");
        assertThat(lookup("#drill-title").queryAs(Label.class).getText()).isEqualTo("hv-east-04 → hv-east-02");

        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> vms = lookup("#drill-vms").queryTableView();
        assertThat(vms.isFocused()).as("Enter puts the keyboard into the drill-down").isTrue();
        assertThat(vms.getSelectionModel().getSelectedIndex()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void vmModeShowsOneVmsVerdictsAndTheSummaryCountsThem() throws Exception {
        Label summary = lookup("#matrix-summary").queryAs(Label.class);
        assertThat(summary.getText()).startsWith("784 host pairs").contains("VM moves possible");
        clickOn("#vm-choice");
        clickOn("web-01");
        WaitForAsyncUtils.waitForFxEvents();
        MatrixCanvas canvas = matrix.canvas();
        assertThat(canvas.model().getMode()).isEqualTo(PairData.Mode.VM);
        assertThat(app.getFocusedVm()).isEqualTo("web-01");
        FleetAnalysis a = app.getAnalysis();
        int vm = a.vms().indexOf(a.vms().stream().filter(v -> v.name().equals("web-01")).findFirst().orElseThrow());
        long blocked = 0;
        for (int s = 0; s < a.hosts().size(); s++) {
            for (int d = 0; d < a.hosts().size(); d++) if (a.status(vm, s, d) == VerdictStatus.BLOCKED) blocked++;
        }
        assertThat(blocked).isPositive();
        assertThat(summary.getText()).contains("✕ BLOCKED " + blocked).doesNotContain("VM moves");
        assertThat(canvas.model().getPairs().worst(a.classOf(app.hostIndex("hv-east-01")), a.classOf(app.hostIndex("hv-west-01"))))
                .as("web-01 needs tap USO, which west's 6.1 kernel lacks").isEqualTo(VerdictStatus.BLOCKED);

        clickOn("#mode-fleet");
        assertThat(canvas.model().getMode()).isEqualTo(PairData.Mode.FLEET);
        assertThat(summary.getText()).contains("VM moves possible");
    }

    @Test
    void classesCollapseIntoOneRowAndExpandBack() throws Exception {
        MatrixCanvas canvas = matrix.canvas();
        assertThat(canvas.model().getAxis().size()).isEqualTo(28);
        Point2D band = WaitForAsyncUtils.asyncFx(() -> {
            double y = canvas.matrixLayout().top() + canvas.viewport().yOf(matrix.indexOf("hv-legacy-03")) + 2;
            return canvas.localToScreen(20, y);
        }).get();
        clickOn(band);
        assertThat(canvas.model().getAxis().size()).isEqualTo(21); // 8 legacy hosts became one class row
        int row = matrix.indexOf("hv-legacy-05");
        assertThat(canvas.model().getAxis().isClassEntry(row)).isTrue();
        assertThat(matrix.indexOf("hv-legacy-01")).isEqualTo(row);

        matrix.click("hv-legacy-05", "hv-east-01");
        assertThat(app.getSelectedCell().fromHosts()).hasSize(8).contains("hv-legacy-01", "hv-legacy-08");
        assertThat(lookup("#drill-title").queryAs(Label.class).getText()).startsWith("C");
        type(KeyCode.SPACE); // expands the class of the selected row again
        assertThat(canvas.model().getAxis().size()).isEqualTo(28);
        assertThat(canvas.model().getCursor().row()).as("the cursor stays on its host").isEqualTo(matrix.indexOf("hv-legacy-01"));
    }

    @Test
    void ctrlWheelZoomsAroundThePointer() throws Exception {
        MatrixCanvas canvas = matrix.canvas();
        matrix.click("hv-west-05", "hv-south-02");
        type(KeyCode.ADD, 3); // zoom in first, so the matrix overflows the window and nothing clamps the zoom
        Point2D p = matrix.cell("hv-west-05", "hv-south-02");
        moveTo(p);
        double before = canvas.viewport().cellSize();
        // the headless robot sends small wheel deltas, and its direction convention differs between platforms:
        // what matters is that the zoom changed and the cell under the pointer stayed put
        press(KeyCode.CONTROL).scroll(25, javafx.geometry.VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Math.abs(canvas.viewport().cellSize() / before - 1)).isGreaterThan(0.05);
        CellRef under = WaitForAsyncUtils.asyncFx(() -> {
            Point2D local = canvas.screenToLocal(p);
            return canvas.cellAt(local.getX(), local.getY());
        }).get();
        assertThat(under).isEqualTo(new CellRef(matrix.indexOf("hv-west-05"), matrix.indexOf("hv-south-02")));
    }
}
