package org.qompat.ui.investigate;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.investigate.LogContext;
import org.qompat.engine.investigate.LogDecoding;

/** What the log says about where it was written: VM, host, QEMU version, kernel, machine types on command lines. */
final class LogContextStrip {

    private LogContextStrip() {
    }

    /** Null when the log names nothing of the kind. */
    static HBox of(LogDecoding d) {
        LogContext c = d.context();
        FlowPane chips = new FlowPane(6, 4);
        add(chips, "VM", c.vms());
        add(chips, "host", c.hosts());
        add(chips, "QEMU", c.qemuVersions());
        add(chips, "kernel", c.kernels());
        add(chips, "machine", c.machines());
        if (chips.getChildren().isEmpty()) return null;
        FontIcon icon = new FontIcon(Material2AL.DNS);
        icon.getStyleClass().add("context-icon");
        Label title = new Label("The log says");
        title.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chips.setPrefWrapLength(900);
        HBox.setHgrow(chips, javafx.scene.layout.Priority.ALWAYS);
        HBox box = new HBox(10, icon, title, chips);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("log-context");
        box.setId("investigate-log-context");
        return box;
    }

    private static void add(FlowPane chips, String kind, List<String> values) {
        for (String v : values) {
            Label l = Chips.plain(v, "context-chip");
            Label k = new Label(kind);
            k.getStyleClass().add("chip-kind");
            l.setGraphic(k);
            chips.getChildren().add(l);
        }
    }
}
