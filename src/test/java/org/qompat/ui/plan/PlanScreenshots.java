package org.qompat.ui.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.qompat.io.FleetLoader;
import org.qompat.model.Fleet;
import org.qompat.ui.MainWindow;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.shell.WindowPrefs;

/**
 * Not a test: takes the docs/ screenshots of the Baseline, What-if and Capacity views in the real main window
 * (menus, inventory, tabs, status bar) on a real X server, with ImageMagick's {@code import -window root}. Each
 * view is driven a little first ({@link ScreenshotScripts}) so the picture shows real answers of the engine.
 * Usage: {@code Xvfb :91 -screen 0 1600x1000x24 & DISPLAY=:91 java -cp target/qompat.jar:target/test-classes
 * org.qompat.ui.plan.PlanScreenshots docs [INPUT...]} (default input: samples).
 */
public final class PlanScreenshots {

    private PlanScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(out);
        List<Path> inputs = args.length > 1 ? java.util.Arrays.stream(args).skip(1).map(Path::of).toList()
                : List.of(Path.of("samples"));
        Platform.startup(() -> { });
        // a throwaway preferences node: the tool must neither read nor change the user's window settings
        Preferences prefs = Preferences.userRoot().node("org/qompat/screenshots-" + ProcessHandle.current().pid());
        MainWindow w = onFx(() -> {
            Stage stage = new Stage();
            MainWindow mw = new MainWindow(stage, new AppModel(), FleetLoader::load, new WindowPrefs(prefs));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Integer.getInteger("qompat.shot.width", 1600));
            stage.setHeight(Integer.getInteger("qompat.shot.height", 1000));
            stage.show();
            mw.open(inputs);
            return mw;
        });
        try {
            waitFor("the fleet to load", () -> w.model().getFleet() != null && !w.model().getFleet().hosts().isEmpty()
                    && !w.currentTask().isRunning());
            Fleet fleet = onFx(() -> w.model().getFleet());
            shoot(w, "Baseline", out.resolve("baseline.png"), root -> { }, ScreenshotScripts::baselineReady);
            // the lower half: the options to apply and the VM's matrix before and after
            shoot(w, "Baseline", out.resolve("baseline-effect.png"), ScreenshotScripts::scrollToBottom,
                    ScreenshotScripts::baselineReady);
            shoot(w, "What-if", out.resolve("whatif.png"), ScreenshotScripts::whatIf, ScreenshotScripts::whatIfReady);
            shoot(w, "Capacity", out.resolve("capacity.png"), root -> ScreenshotScripts.capacity(root, fleet),
                    ScreenshotScripts::capacityReady);
            // the lower half: per-cluster numbers and the migration domains
            shoot(w, "Capacity", out.resolve("capacity-domains.png"), ScreenshotScripts::scrollToBottom,
                    ScreenshotScripts::capacityReady);
        } finally {
            onFx(() -> {
                w.stage().close();
                return null;
            });
            prefs.removeNode();
            Platform.exit();
        }
    }

    private static void shoot(MainWindow w, String view, Path file, Consumer<Parent> script, Predicate<Parent> ready)
            throws Exception {
        Parent root = onFx(() -> {
            w.model().showView(view);
            TabPane tabs = (TabPane) w.stage().getScene().lookup("#view-tabs");
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (!tab.getText().equals(view)) throw new IllegalStateException("no " + view + " tab");
            return (Parent) tab.getContent();
        });
        waitFor(view + " to compute", () -> ScreenshotScripts.settled(root));
        onFx(() -> {
            script.accept(root);
            return null;
        });
        waitFor(view + " to show its answer", () -> ready.test(root));
        captureWhenSettled(file);
        System.out.println("wrote " + file);
    }

    private static void captureWhenSettled(Path file) throws Exception {
        org.qompat.ui.ScreenCapture.captureWhenSettled(file, 800);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (onFx(condition)) return;
            Thread.sleep(250);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get();
    }
}
