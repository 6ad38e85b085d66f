package org.qompat.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.qompat.io.FleetLoader;
import org.qompat.model.Fleet;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.common.FeatureViews;
import org.qompat.ui.common.LayoutMemory;
import org.qompat.ui.inventory.InventoryView;
import org.qompat.ui.shell.AppStatusBar;
import org.qompat.ui.shell.DemoInputs;
import org.qompat.ui.shell.FleetLoadTask;
import org.qompat.ui.shell.FleetOpener;
import org.qompat.ui.shell.LoadResult;
import org.qompat.ui.shell.WindowPrefs;

/**
 * The explorer window: menus, the inventory on the left, the feature views (Matrix first) in the centre, the
 * status bar below. Loading and analysis run as a cancelable background task; only the finished result touches
 * the {@link AppModel}, on the FX thread. Files and folders dropped on the window are loaded too.
 */
public final class MainWindow {

    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fleet-loader");
        t.setDaemon(true);
        return t;
    });

    private final Stage stage;
    private final AppModel model;
    private final FleetOpener opener;
    private final WindowPrefs prefs;
    private final AppStatusBar statusBar;
    private final List<FeatureView> views;
    private Task<LoadResult> current;

    public MainWindow(Stage stage, AppModel model, FleetOpener opener, WindowPrefs prefs) {
        this.stage = stage;
        this.model = model;
        this.opener = opener;
        this.prefs = prefs;
        this.views = FeatureViews.all();
        this.statusBar = new AppStatusBar(model);
        LayoutMemory.useNode(prefs.node().node("layout"));
        BorderPane root = new BorderPane();
        root.setId("main-root");
        root.getStyleClass().add("main-root");
        root.setTop(MainMenu.build(this, views));
        InventoryView inventory = new InventoryView(model);
        ViewTabs tabs = new ViewTabs(model, views);
        SplitPane split = new SplitPane(inventory, tabs);
        split.setId("main-split");
        split.setDividerPositions(0.15);
        LayoutMemory.remember(split, "main", 0.15);
        root.setCenter(split);
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/qompat/ui/shell/app.css").toExternalForm());
        installDrop(scene, root);
        stage.setScene(scene);
        stage.setTitle("Qompat");
        setDarkTheme(prefs.darkTheme());
    }

    /** The app's entry: restores the window, then opens the arguments, or the demo fleet with none. */
    public static void show(Stage stage, List<String> args) {
        MainWindow w = new MainWindow(stage, new AppModel(), FleetLoader::load, WindowPrefs.forUser());
        w.prefs.restoreBounds(stage);
        w.prefs.trackBounds(stage);
        stage.show();
        List<Path> inputs = args.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (inputs.isEmpty()) w.openDemo();
        else w.open(inputs);
    }

    public Stage stage() {
        return stage;
    }

    public AppModel model() {
        return model;
    }

    WindowPrefs prefs() {
        return prefs;
    }

    /** The load running now, or the last one (tests wait on it). */
    public Task<LoadResult> currentTask() {
        return current;
    }

    /** Replaces the fleet with what the inputs hold. */
    public void open(List<Path> inputs) {
        prefs.addRecent(inputs);
        run(new FleetLoadTask(inputs, opener));
    }

    /** Adds inputs to the current fleet (drag and drop); the demo fleet is replaced rather than extended. */
    public void add(List<Path> inputs) {
        List<Path> current = model.sourcesProperty().get();
        if (current.isEmpty() || DemoInputs.isDemo(current)) {
            open(inputs);
            return;
        }
        LinkedHashSet<Path> all = new LinkedHashSet<>(current);
        all.addAll(inputs);
        open(new ArrayList<>(all));
    }

    public void reload() {
        List<Path> sources = model.sourcesProperty().get();
        if (sources.isEmpty()) openDemo();
        else run(new FleetLoadTask(sources, opener));
    }

    /** The demo fleet: samples/ on disk when there is one (a clone), else the copy inside the jar. */
    public void openDemo() {
        var local = DemoInputs.locate();
        if (local.isPresent()) run(new FleetLoadTask(List.of(local.get()), opener));
        else run(new FleetLoadTask(List.of(), (paths, progress) -> FleetLoader.loadEmbeddedSamples(progress)));
    }

    /** Analyses a fleet that is already in memory (tests, scenarios). */
    public void showFleet(Fleet fleet) {
        run(new FleetLoadTask(fleet));
    }

    public void setDarkTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        model.setDarkTheme(dark);
        prefs.setDarkTheme(dark);
    }

    private void run(FleetLoadTask task) {
        if (current != null && current.isRunning()) current.cancel(true);
        current = task;
        statusBar.track(task);
        task.setOnSucceeded(e -> {
            LoadResult r = task.getValue();
            model.publish(r.fleet(), r.analysis(), r.sources() == null ? model.sourcesProperty().get() : r.sources());
            statusBar.showCounts(r.fleet(), r.analysis(), r.totals());
            int problems = r.fleet().problems().size();
            statusBar.setText("Loaded " + r.fleet().hosts().size() + " hosts and " + r.fleet().vms().size()
                    + " VMs in " + r.millis() + " ms" + (problems == 0 ? "" : " — " + problems + " input(s) failed, see the inventory"));
            model.reportError(problems == 0 ? "" : r.fleet().problems().get(0).toString());
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String msg = t == null ? "unknown error" : t.getMessage() == null ? t.toString() : t.getMessage();
            model.reportError("Loading failed: " + msg);
            statusBar.setText("Loading failed");
        });
        task.setOnCancelled(e -> statusBar.setText("Loading cancelled"));
        LOADER.submit(task);
    }

    private void installDrop(Scene scene, BorderPane root) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                if (!root.getStyleClass().contains("drop-target")) root.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        scene.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        scene.setOnDragDropped(e -> {
            root.getStyleClass().remove("drop-target");
            boolean ok = e.getDragboard().hasFiles();
            if (ok) add(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Matrix");
        a.setContentText("""
                Arrows — move the selected cell (Shift: 10 at a time)
                Enter — drill down into the selected cell
                Space — expand / collapse the class of the selected row
                + / − or Ctrl+wheel or pinch — zoom around the pointer
                0 — fit the matrix to the window
                Drag or wheel — pan;  Home / End — first / last cell
                Double-click a host name — host details

                Ctrl+O open files · Ctrl+Shift+O open folder · F5 reload
                Ctrl+1…9 switch views · Ctrl+Shift+D dark theme""");
        a.show();
    }
}
