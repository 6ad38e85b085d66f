package org.qompat.ui.matrix;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.model.Vm;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.matrix.PairData.Mode;

/** Fleet / VM mode, the VM shown in VM mode, expand and collapse of classes, and zoom. */
final class MatrixToolbar extends HBox {

    MatrixToolbar(AppModel app, MatrixModel model, MatrixCanvas canvas) {
        getStyleClass().add("matrix-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        ToggleButton fleet = new ToggleButton("Fleet");
        fleet.setId("mode-fleet");
        fleet.setTooltip(new Tooltip("Each cell: share of the checked VMs that can move"));
        ToggleButton vm = new ToggleButton("VM");
        vm.setId("mode-vm");
        vm.setTooltip(new Tooltip("Each cell: the verdict of one VM"));
        SegmentedButton modes = new SegmentedButton(fleet, vm);
        ToggleGroup group = modes.getToggleGroup();
        fleet.setSelected(true);
        group.selectedToggleProperty().addListener((obs, o, t) -> {
            if (t == null) o.setSelected(true); // a segmented choice always has one side on
            else model.setMode(t == vm ? Mode.VM : Mode.FLEET);
        });
        model.modeProperty().addListener((obs, o, m) -> (m == Mode.VM ? vm : fleet).setSelected(true));

        ComboBox<String> vmBox = new ComboBox<>();
        vmBox.setId("vm-choice");
        vmBox.setPromptText("VM");
        vmBox.setPrefWidth(190);
        vmBox.setTooltip(new Tooltip("The VM shown in VM mode"));
        app.fleetProperty().addListener((obs, o, f) -> vmBox.setItems(FXCollections.observableArrayList(
                f.vms().stream().map(Vm::name).toList())));
        vmBox.setItems(FXCollections.observableArrayList(app.getFleet().vms().stream().map(Vm::name).toList()));
        vmBox.setValue(app.getFocusedVm());
        app.focusedVmProperty().addListener((obs, o, n) -> vmBox.setValue(n));
        vmBox.valueProperty().addListener((obs, o, n) -> {
            if (n != null && !n.equals(app.getFocusedVm())) {
                app.focusVm(n);
                model.setMode(Mode.VM);
            }
        });

        Button expand = iconButton(Material2MZ.UNFOLD_MORE, "Expand every class into its hosts",
                () -> model.setAllExpanded(true));
        Button collapse = iconButton(Material2MZ.UNFOLD_LESS, "Collapse hosts into equivalence classes",
                () -> model.setAllExpanded(false));
        Button zoomIn = iconButton(Material2MZ.ZOOM_IN, "Zoom in (Ctrl+wheel, +)", () -> zoom(canvas, 1.25));
        Button zoomOut = iconButton(Material2MZ.ZOOM_OUT, "Zoom out (Ctrl+wheel, −)", () -> zoom(canvas, 0.8));
        Button fit = iconButton(Material2MZ.ZOOM_OUT_MAP, "Fit the matrix to the window (0)", canvas::fitToWindow);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.computingProperty());
        for (ToggleButton t : new ToggleButton[] {fleet, vm}) t.setMinWidth(Region.USE_PREF_SIZE);
        modes.setMinWidth(Region.USE_PREF_SIZE);
        vmBox.setMinWidth(120);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(modes, vmBox, separator(), expand, collapse, separator(), zoomIn, zoomOut, fit, spacer, busy);
    }

    private static void zoom(MatrixCanvas canvas, double factor) {
        MatrixViewport vp = canvas.viewport();
        vp.zoomAround(factor, vp.width() / 2, vp.height() / 2);
        canvas.userMovedViewport();
    }

    private static javafx.scene.control.Separator separator() {
        return new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL);
    }

    static Button iconButton(Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

}
