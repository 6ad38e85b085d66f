package org.qompat.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.qompat.ui.common.AppModel;
import org.testfx.framework.junit5.ApplicationTest;

/** The main window on the UI tests' demo fleet, loaded afresh before each test, with a driver for its matrix. */
abstract class DemoWindowTest extends ApplicationTest {

    protected MainWindow window;
    protected AppModel app;
    protected MatrixDriver matrix;

    @Override
    public void start(Stage stage) {
        window = WindowFixture.open(stage, (paths, progress) -> TestFleets.demo());
        app = window.model();
    }

    @BeforeEach
    void loadDemoFleet() throws Exception {
        WindowFixture.showAndWait(window, TestFleets.demo());
        matrix = new MatrixDriver(this, app);
    }
}
