package org.qompat.ui.capacity;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.plan.MigrationDomains;
import org.qompat.engine.plan.VmReach;
import org.qompat.ui.plan.PlanUi;
import org.qompat.ui.plan.StatusChip;

/** Strongly connected migration domains and islands, and each VM's reach from where it runs. */
final class DomainsPanel extends VBox {

    static final String ALL = "All VMs that can migrate";

    private final VBox domains = new VBox(6);
    private final TableView<VmReach> reach = new TableView<>();
    private final javafx.scene.control.ComboBox<String> scope = new javafx.scene.control.ComboBox<>();
    private final Label excluded = new Label();
    private org.qompat.engine.plan.VerdictGrid grid;
    private MigrationDomains fleetDomains;

    DomainsPanel() {
        getStyleClass().add("plan-card");
        domains.setId("capacity-domains");
        reach.setId("capacity-reach");
        reach.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reach.getColumns().addAll(List.of(
                col("VM", VmReach::vm, 110), col("Runs on", r -> r.host() == null ? "(unknown)" : r.host(), 90),
                col("Direct", r -> Integer.toString(r.direct().size()), 60),
                col("Reachable hosts", r -> r.reachable().isEmpty() ? "none" : String.join(", ", r.reachable()), 240)));
        reach.setPrefHeight(170);
        scope.setId("capacity-domain-scope");
        scope.setOnAction(e -> showScope());
        excluded.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        excluded.setWrapText(true);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, new Label("For"), scope);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(PlanUi.heading("Migration domains", "Hosts between which the VMs can move both ways "
                + "(possibly over several hops); islands share that with no other host.",
                new FontIcon(Material2AL.ACCOUNT_TREE)), row, excluded, domains);
    }

    /** Each VM's reach, shown in its own card by the view. */
    VBox reachCard() {
        VBox card = new VBox(10, PlanUi.heading("Where each VM can go", "From the host the fleet manifest places it "
                + "on: directly, and over several hops.", new FontIcon(Material2AL.CALL_SPLIT)), reach);
        card.getStyleClass().add("plan-card");
        return card;
    }

    void show(org.qompat.engine.plan.VerdictGrid g, MigrationDomains d, List<VmReach> r) {
        grid = g;
        fleetDomains = d;
        List<String> choices = new java.util.ArrayList<>(List.of(ALL));
        g.vms().forEach(v -> choices.add(v.name()));
        scope.setItems(FXCollections.observableArrayList(choices));
        scope.setValue(ALL);
        reach.setItems(FXCollections.observableArrayList(r));
        showScope();
    }

    private void showScope() {
        if (grid == null || scope.getValue() == null) return;
        boolean all = ALL.equals(scope.getValue());
        MigrationDomains d = all ? fleetDomains : MigrationDomains.forVm(grid, grid.vmIndex(scope.getValue()));
        excluded.setText(all && !d.excludedVms().isEmpty() ? "Left out, they cannot migrate between any two hosts: "
                + String.join(", ", d.excludedVms()) : "");
        excluded.setVisible(!excluded.getText().isEmpty());
        excluded.setManaged(excluded.isVisible());
        domains.getChildren().clear();
        int i = 1;
        for (List<String> dom : d.domains()) {
            Label title = new Label("Domain " + i++ + " · " + dom.size() + " hosts");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            FlowPane chips = new FlowPane(4, 4);
            for (String h : dom) chips.getChildren().add(StatusChip.text(h, "ok"));
            domains.getChildren().addAll(title, chips);
        }
        if (!d.islands().isEmpty()) {
            Label title = new Label("Islands · " + d.islands().size() + " hosts");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            FlowPane chips = new FlowPane(4, 4);
            for (String h : d.islands()) chips.getChildren().add(StatusChip.text(h, "blocked"));
            domains.getChildren().addAll(title, chips);
        }
    }

    private static TableColumn<VmReach, String> col(String title, java.util.function.Function<VmReach, String> f,
                                                    double w) {
        TableColumn<VmReach, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
