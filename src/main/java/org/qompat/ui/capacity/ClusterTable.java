package org.qompat.ui.capacity;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.plan.FleetSummary;
import org.qompat.ui.plan.PlanUi;

/** Per cluster: hosts, share of host pairs every VM can cross, share of VM × pair combinations, top blocker. */
final class ClusterTable extends VBox {

    private final TableView<FleetSummary> table = new TableView<>();

    ClusterTable() {
        getStyleClass().add("plan-card");
        table.setId("capacity-clusters");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                col("Cluster", s -> s.scope().replaceFirst("^cluster=", ""), 70),
                col("Hosts", s -> Integer.toString(s.hosts()), 55),
                col("Pairs OK", s -> pct(s.compatiblePairs(), s.hostPairs()), 105),
                col("VM × pair", s -> pct(s.movableVmPairs(), s.vmPairs()), 145),
                col("Top blocker", s -> s.pareto().isEmpty() ? "—" : s.pareto().get(0).label(), 190)));
        table.setPrefHeight(160);
        getChildren().addAll(PlanUi.heading("Per cluster", "Migrations inside each cluster (label cluster=…).",
                new FontIcon(Material2AL.GROUP_WORK)), table);
    }

    void show(List<FleetSummary> clusters) {
        table.setItems(FXCollections.observableArrayList(clusters));
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "% (" + part + "/" + whole + ")";
    }

    private static TableColumn<FleetSummary, String> col(String title,
                                                         java.util.function.Function<FleetSummary, String> f,
                                                         double w) {
        TableColumn<FleetSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
