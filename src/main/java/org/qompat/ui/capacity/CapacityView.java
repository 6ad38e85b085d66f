package org.qompat.ui.capacity;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.plan.FleetSummary;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.plan.PlanUi;

/**
 * The Capacity view: headline numbers (pairs every VM can cross, movable VM × pair combinations, domains,
 * islands), a drain check with stranded VMs and their blockers, the Pareto chart of blockers, per-cluster
 * summaries, and migration domains with each VM's reach.
 */
public final class CapacityView implements FeatureView {

    public static final String TITLE = "Capacity";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Node build(AppModel app) {
        CapacityModel model = new CapacityModel();
        MetricTile pairs = new MetricTile("metric-pairs", Material2AL.COMPARE_ARROWS,
                "Host pairs every migratable VM can cross");
        MetricTile vmPairs = new MetricTile("metric-vm-pairs", Material2AL.CHECK_CIRCLE_OUTLINE,
                "VM × host-pair combinations movable");
        MetricTile domains = new MetricTile("metric-domains", Material2AL.ACCOUNT_TREE, "Migration domains");
        MetricTile islands = new MetricTile("metric-islands", Material2AL.LINK_OFF, "Island hosts");
        HBox tiles = new HBox(14, pairs, vmPairs, domains, islands);
        for (Node t : tiles.getChildren()) HBox.setHgrow(t, Priority.ALWAYS);

        DrainPanel drain = new DrainPanel(model);
        ParetoChart pareto = new ParetoChart();
        ClusterTable clusters = new ClusterTable();
        DomainsPanel domainPanel = new DomainsPanel();
        HBox middle = new HBox(14, drain, pareto);
        HBox.setHgrow(drain, Priority.ALWAYS);
        HBox.setHgrow(pareto, Priority.ALWAYS);
        drain.setPrefWidth(560);
        pareto.setPrefWidth(520);
        VBox leftBottom = new VBox(14, clusters, domainPanel.reachCard());
        HBox bottom = new HBox(14, leftBottom, domainPanel);
        HBox.setHgrow(leftBottom, Priority.ALWAYS);
        HBox.setHgrow(domainPanel, Priority.ALWAYS);
        leftBottom.setPrefWidth(560);
        domainPanel.setPrefWidth(520);

        VBox content = new VBox(14, tiles, middle, bottom);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane root = PlanUi.styled(new BorderPane(scroll));
        root.setId("capacity-view");
        var heading = PlanUi.heading("Capacity", "Where VMs can go, what a drain would strand, and which blockers "
                + "cost the most migrations.", new FontIcon(Material2MZ.SPEED));
        root.setTop(heading);
        BorderPane.setMargin(heading, new Insets(0, 0, 12, 0));

        model.overviewProperty().addListener((o, a, ov) -> {
            if (ov == null) return;
            FleetSummary f = ov.fleet();
            pairs.show(ClusterTable.pct(f.compatiblePairs(), f.hostPairs()).replaceFirst(" \\(.*", ""),
                    f.compatiblePairs() + " of " + f.hostPairs() + " ordered pairs"
                            + (ov.domains().excludedVms().isEmpty() ? ""
                            : "; " + String.join(", ", ov.domains().excludedVms()) + " left out"));
            vmPairs.show(ClusterTable.pct(f.movableVmPairs(), f.vmPairs()).replaceFirst(" \\(.*", ""),
                    f.movableVmPairs() + " of " + f.vmPairs() + " combinations");
            domains.show(Integer.toString(ov.domains().domains().size()), ov.domains().domains().isEmpty()
                    ? "no two hosts share all VMs" : "largest: " + ov.domains().domains().get(0).size() + " hosts");
            islands.show(Integer.toString(ov.domains().islands().size()), ov.domains().islands().isEmpty()
                    ? "every host has a partner" : String.join(", ", ov.domains().islands().stream().limit(4).toList()));
            pareto.show(f);
            clusters.show(ov.clusters());
            domainPanel.show(ov.grid(), ov.domains(), ov.reach());
        });
        Runnable onAnalysis = () -> {
            drain.hosts.getItems().setAll(CapacityModel.suggestions(app.getFleet().hosts()));
            model.setAnalysis(app.getAnalysis());
        };
        app.analysisProperty().addListener((o, a, n) -> onAnalysis.run());
        onAnalysis.run();
        return root;
    }
}
