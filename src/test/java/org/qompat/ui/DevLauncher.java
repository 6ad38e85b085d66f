package org.qompat.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.shell.WindowPrefs;

/** Starts the window on the constructed test fleet (for looking at the UI before real inputs exist). */
public class DevLauncher extends Application {

    /** Not on this class: a main class extending Application fails with JavaFX on the classpath. */
    public static final class Main {
        public static void main(String[] args) {
            launch(DevLauncher.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        WindowPrefs prefs = new WindowPrefs(WindowFixture.throwawayPrefs());
        MainWindow w = new MainWindow(stage, new AppModel(), (p, l) -> TestFleets.withProblem(), prefs);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        w.showFleet(getParameters().getRaw().contains("--problem") ? TestFleets.withProblem() : TestFleets.demo());
        if (getParameters().getRaw().contains("--dark")) w.setDarkTheme(true);
    }
}
