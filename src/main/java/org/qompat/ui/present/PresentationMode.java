package org.qompat.ui.present;

import java.util.BitSet;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.qompat.model.Fleet;
import org.qompat.report.HostSubset;
import org.qompat.report.VerdictSource;
import org.qompat.ui.baseline.BaselineModel;
import org.qompat.ui.common.AppModel;

/**
 * View → Presentation Mode: the fleet on a full-screen stage in large type, for an audience. The slides'
 * data is computed in the background (the matrix picture with the exports' renderer, the ranking, the baseline
 * through the planning engine); Esc closes the stage and the main window is as it was.
 */
public final class PresentationMode {

    static final String CSS = "/org/qompat/ui/present/present.css";

    private PresentationMode() {
    }

    /** What the main window's menu item runs: the hosts and VMs the window has selected. */
    public static Stage enter(AppModel model, Window owner) {
        if (model.getAnalysis() == null) return null;
        BitSet hosts = new BitSet();
        if (model.getIncludedHosts().isEmpty()) hosts.set(0, model.getAnalysis().hosts().size());
        model.getIncludedHosts().forEach(h -> {
            if (model.hostIndex(h) >= 0) hosts.set(model.hostIndex(h));
        });
        BitSet vms = new BitSet();
        model.getSelectedVms().forEach(v -> {
            if (model.vmIndex(v) >= 0) vms.set(model.vmIndex(v));
        });
        return open(HostSubset.of(VerdictSource.of(model.getAnalysis()), hosts), model.getFleet(), vms, owner, true);
    }

    /**
     * Opens the presentation on {@code source} (empty {@code vms} = all). {@code fullScreen} is false only for
     * screenshots of a fixed window size.
     */
    public static Stage open(VerdictSource source, Fleet fleet, BitSet vms, Window owner, boolean fullScreen) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Qompat \u2014 presentation");
        Rectangle2D screen = Screen.getPrimary().getBounds();
        StackPane root = new StackPane(SlideParts.label("Preparing the presentation\u2026", "slide-title"));
        root.getStyleClass().add("present-root");
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        scene.getStylesheets().add(PresentationMode.class.getResource(CSS).toExternalForm());
        stage.setScene(scene);
        // Esc leaves the presentation, not merely full screen, and no "press Esc" banner covers the first slide
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.Q) {
                e.consume();
                stage.close();
            } else if (root.getChildren().get(0) instanceof PresentationDeck deck && deck.handle(e)) {
                e.consume();
            }
        });
        root.styleProperty().bind(scene.heightProperty().map(h ->
                "-fx-font-size: " + Math.round(Math.max(16, Math.min(44, h.doubleValue() / 34))) + "px;"));

        int matrixPixels = (int) Math.max(200, screen.getHeight() * 0.66);
        Task<PresentationData> load = new Task<>() {
            @Override
            protected PresentationData call() {
                return PresentationData.compute(source, fleet, vms, matrixPixels);
            }
        };
        load.setOnSucceeded(e -> {
            PresentationDeck deck = new PresentationDeck(load.getValue());
            root.getChildren().setAll(deck);
            computeBaseline(deck, fleet);
        });
        load.setOnFailed(e -> root.getChildren().setAll(SlideParts.label("Cannot present this fleet: "
                + load.getException().getMessage(), "slide-title")));
        Thread t = new Thread(load, "qompat-present");
        t.setDaemon(true);
        t.start();
        stage.show();
        return stage;
    }

    /** The baseline re-runs the engine, so it arrives after the first slides are already up. */
    private static void computeBaseline(PresentationDeck deck, Fleet fleet) {
        Thread t = new Thread(() -> {
            try {
                BaselineModel.Result r = BaselineModel.computeNow(fleet, BaselineSlide.selector(fleet));
                Platform.runLater(() -> deck.replace(3, BaselineSlide.build(r)));
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> deck.replace(3, BaselineSlide.pending("No baseline for this fleet: " + why)));
            }
        }, "qompat-present-baseline");
        t.setDaemon(true);
        t.start();
    }
}
