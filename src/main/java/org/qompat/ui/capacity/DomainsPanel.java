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

    private final VBox domains = new VBox(6);
    private final TableView<VmReach> reach = new TableView<>();

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
        getChildren().addAll(PlanUi.heading("Migration domains", "Hosts between which every VM can move both ways "
                + "(possibly over several hops); islands share that with no other host.",
                new FontIcon(Material2AL.ACCOUNT_TREE)), domains, new Label("Where each VM can go"), reach);
    }

    void show(MigrationDomains d, List<VmReach> r) {
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
        reach.setItems(FXCollections.observableArrayList(r));
    }

    private static TableColumn<VmReach, String> col(String title, java.util.function.Function<VmReach, String> f,
                                                    double w) {
        TableColumn<VmReach, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
