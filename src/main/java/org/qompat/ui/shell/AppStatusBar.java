package org.qompat.ui.shell;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.FleetAnalysis;
import org.qompat.model.Fleet;
import org.qompat.ui.common.AppModel;

/**
 * The bottom line: load progress with a cancel button while a task runs, then the fleet's counts (hosts,
 * classes, VMs, verdicts by status) and the last error, if any.
 */
public final class AppStatusBar extends StatusBar {

    private final Button cancel = new Button(null, new FontIcon(Material2AL.CANCEL));
    private final Label counts = new Label();
    private final Label error = new Label();
    private Task<?> running;

    public AppStatusBar(AppModel app) {
        setId("status-bar");
        getStyleClass().add("app-status-bar");
        setText("Ready");
        cancel.setId("cancel-load");
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        cancel.setTooltip(new Tooltip("Cancel loading"));
        cancel.setVisible(false);
        cancel.setManaged(false);
        cancel.setOnAction(e -> {
            if (running != null) running.cancel(true);
        });
        counts.setId("status-counts");
        error.setId("status-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        error.setVisible(false);
        error.setManaged(false);
        error.textProperty().bind(app.lastErrorProperty());
        app.lastErrorProperty().addListener((o, a, msg) -> {
            boolean has = msg != null && !msg.isBlank();
            error.setVisible(has);
            error.setManaged(has);
            error.setTooltip(has ? new Tooltip(msg) : null);
        });
        HBox right = new HBox(10, error, new Separator(javafx.geometry.Orientation.VERTICAL), counts);
        right.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        right.setPadding(new Insets(0, 6, 0, 0));
        getLeftItems().add(cancel);
        getRightItems().add(right);
    }

    /** Shows a task's message and progress while it runs; the caller keeps its own result handlers. */
    public void track(Task<?> task) {
        running = task;
        textProperty().bind(task.messageProperty());
        progressProperty().bind(task.progressProperty());
        cancel.setVisible(true);
        cancel.setManaged(true);
        task.runningProperty().addListener((o, was, now) -> {
            if (!now && running == task) {
                textProperty().unbind();
                progressProperty().unbind();
                setProgress(0);
                cancel.setVisible(false);
                cancel.setManaged(false);
                running = null;
            }
        });
    }

    public void showCounts(Fleet fleet, FleetAnalysis analysis, VerdictTotals t) {
        NumberFormat nf = NumberFormat.getIntegerInstance();
        int classes = analysis == null ? 0 : analysis.classes().size();
        counts.setText(nf.format(fleet.hosts().size()) + " hosts · " + nf.format(classes) + " classes · "
                + nf.format(fleet.vms().size()) + " VMs   |   verdicts ✓ " + nf.format(t.ok()) + "  ! "
                + nf.format(t.warn()) + "  ✕ " + nf.format(t.blocked()) + "  ? " + nf.format(t.unknown()));
    }
}
