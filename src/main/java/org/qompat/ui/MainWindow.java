package org.qompat.ui;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder shell; replaced by the explorer window. */
public final class MainWindow {
    private MainWindow() {
    }

    public static void show(Stage stage, List<String> args) {
        stage.setScene(new Scene(new Label("Qompat"), 800, 600));
        stage.setTitle("Qompat");
        stage.show();
    }
}
