package org.qompat.ui;

import javafx.geometry.Point2D;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.matrix.MatrixCanvas;
import org.qompat.ui.matrix.MatrixPane;
import org.qompat.ui.matrix.MatrixViewport;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Finds matrix cells on screen the way a user would aim at them: by source and destination host. */
final class MatrixDriver {

    private final FxRobot robot;
    private final AppModel app;

    MatrixDriver(FxRobot robot, AppModel app) {
        this.robot = robot;
        this.app = app;
    }

    MatrixCanvas canvas() {
        return robot.lookup("#matrix-pane").queryAs(MatrixPane.class).canvas();
    }

    int indexOf(String host) {
        return canvas().model().getAxis().indexOfHost(app.hostIndex(host));
    }

    /** Screen point at the centre of the cell from → to, scrolled into view first. */
    Point2D cell(String from, String to) throws Exception {
        MatrixCanvas c = canvas();
        int r = indexOf(from);
        int k = indexOf(to);
        return WaitForAsyncUtils.asyncFx(() -> {
            MatrixViewport vp = c.viewport();
            vp.ensureVisible(r, k);
            c.viewportChanged();
            double x = c.matrixLayout().left() + vp.xOf(k) + vp.cellSize() / 2;
            double y = c.matrixLayout().top() + vp.yOf(r) + vp.cellSize() / 2;
            return c.localToScreen(x, y);
        }).get();
    }

    void click(String from, String to) throws Exception {
        robot.clickOn(cell(from, to));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
