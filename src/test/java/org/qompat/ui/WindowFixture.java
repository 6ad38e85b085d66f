package org.qompat.ui;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import org.qompat.model.Fleet;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.shell.FleetOpener;
import org.qompat.ui.shell.WindowPrefs;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real main window for TestFX tests, with settings in a throwaway preferences node. */
final class WindowFixture {

    private WindowFixture() {
    }

    static Preferences throwawayPrefs() {
        Preferences node = Preferences.userRoot().node("org/qompat/test-" + System.nanoTime());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.removeNode();
            } catch (Exception ignored) {
                // best effort: the node lives under the user's prefs and is harmless if left
            }
        }));
        return node;
    }

    static MainWindow open(Stage stage, FleetOpener opener) {
        MainWindow w = new MainWindow(stage, new AppModel(), opener, new WindowPrefs(throwawayPrefs()));
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        return w;
    }

    /** Shows a fleet and waits until the analysis is published and the UI has caught up. */
    static void showAndWait(MainWindow w, Fleet fleet) throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> w.showFleet(fleet));
        awaitLoad(w);
    }

    static void awaitLoad(MainWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Worker.State s = w.currentTask() == null ? null : w.currentTask().getState();
            return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    static AppModel model(MainWindow w) {
        return w.model();
    }
}
