package org.qompat.ui.capacity;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.plan.BlockerCount;
import org.qompat.engine.plan.DrainResult;
import org.qompat.engine.plan.StrandedVm;
import org.qompat.ui.plan.PlanUi;

/** "If I drain these hosts, where do their VMs go?": pick hosts, check, read stranded VMs and placements. */
final class DrainPanel extends VBox {

    final ComboBox<String> hosts = new ComboBox<>();
    private final Label banner = new Label();
    private final Label error = new Label();
    private final TableView<StrandedVm> stranded = new TableView<>();
    private final TableView<DrainResult.Placement> placements = new TableView<>();

    DrainPanel(CapacityModel model) {
        getStyleClass().add("plan-card");
        hosts.setId("drain-hosts");
        hosts.setEditable(true);
        hosts.setPromptText("rack=r1, host names or a glob");
        hosts.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hosts, Priority.ALWAYS);
        Button check = new Button("Check drain", new FontIcon(Material2AL.EXIT_TO_APP));
        check.setId("drain-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        check.setOnAction(e -> {
            String sel = hosts.getEditor().getText();
            if (sel == null || sel.isBlank()) sel = hosts.getValue();
            if (sel != null && !sel.isBlank()) model.drain(sel.trim());
        });
        HBox row = new HBox(8, hosts, check);
        row.setAlignment(Pos.CENTER_LEFT);
        banner.setId("drain-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.drainErrorProperty());

        stranded.setId("drain-stranded");
        stranded.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stranded.setPlaceholder(PlanUi.muted("No stranded VMs."));
        stranded.getColumns().addAll(List.of(
                col("VM", StrandedVm::vm, 110), col("On", StrandedVm::host, 90),
                wrapping(col("Why", DrainPanel::why, 320))));
        stranded.setPrefHeight(140);
        placements.setId("drain-placements");
        placements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placements.setPlaceholder(PlanUi.muted("Nothing to move."));
        placements.getColumns().addAll(List.of(col("VM", DrainResult.Placement::vm, 120),
                col("From", DrainResult.Placement::from, 100), col("To", DrainResult.Placement::to, 100),
                chipCol()));
        placements.setPrefHeight(200);
        getChildren().addAll(PlanUi.heading("Drain check", "Every VM on the drained hosts needs an OK or WARN "
                + "destination outside them, within each host's slots=N.", new FontIcon(Material2MZ.POWER_SETTINGS_NEW)),
                row, error, banner, new Label("Stranded VMs"), stranded, new Label("Placements"), placements);

        model.drainProperty().addListener((o, a, r) -> show(r));
    }

    private void show(DrainResult r) {
        if (r == null) {
            banner.setVisible(false);
            stranded.getItems().clear();
            placements.getItems().clear();
            return;
        }
        banner.setVisible(true);
        banner.getStyleClass().removeAll("plan-banner-ok", "plan-banner-bad");
        banner.getStyleClass().add(r.ok() ? "plan-banner-ok" : "plan-banner-bad");
        banner.setGraphic(new FontIcon(r.ok() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE));
        banner.setText(r.ok()
                ? "All " + r.vmsToMove() + " VMs on " + String.join(", ", r.drainedHosts()) + " have a destination."
                : r.stranded().size() + " of " + r.vmsToMove() + " VMs would be stranded: "
                + String.join(", ", r.stranded().stream().map(StrandedVm::vm).toList()));
        stranded.setItems(FXCollections.observableArrayList(r.stranded()));
        placements.setItems(FXCollections.observableArrayList(r.placements()));
    }

    private static TableColumn<DrainResult.Placement, String> chipCol() {
        TableColumn<DrainResult.Placement, String> c = col("Verdict", DrainResult.Placement::status, 90);
        c.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null
                        : org.qompat.ui.plan.StatusChip.of(org.qompat.engine.VerdictStatus.valueOf(s)));
            }
        });
        return c;
    }

    /** The blocker's sentence is the answer: wrapped in full rather than cut with an ellipsis. */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> c) {
        c.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
            // a Text wraps to the column and makes the row as tall as it needs; the cell keeps its text too
            private final javafx.scene.text.Text shown = new javafx.scene.text.Text();

            {
                shown.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
                shown.getStyleClass().add("plan-cell-text");
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s);
                shown.setText(empty || s == null ? "" : s);
                setGraphic(empty || s == null ? null : shown);
            }
        });
        return c;
    }

    private static String why(StrandedVm s) {
        if (s.outOfCapacity() || s.blockers().isEmpty()) return s.reason();
        BlockerCount b = s.blockers().get(0);
        return b.label() + " — " + b.example();
    }

    private static <T> TableColumn<T, String> col(String title, java.util.function.Function<T, String> f, double w) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
