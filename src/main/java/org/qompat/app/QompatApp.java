package org.qompat.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; the window itself is built by the ui package. */
public class QompatApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(QompatApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        org.qompat.ui.MainWindow.show(stage, getParameters().getRaw());
    }
}
