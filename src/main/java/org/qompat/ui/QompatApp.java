package org.qompat.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. It lives in {@code ui} because only {@code ui} may touch JavaFX; the jar's entry point
 * {@code app.Main} stays JavaFX-free (a main class extending Application fails on the classpath) and calls
 * {@link #launchWith(String[])}.
 */
public class QompatApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(QompatApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow.show(stage, getParameters().getRaw());
    }
}
