package org.qompat.ui.baseline;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.model.Fleet;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.plan.PlanUi;

/**
 * The Baseline view: pick a host set (a cluster or a list), see the merged platform, the recommended machine
 * type, CPU model and property pins, the options to apply (QEMU and libvirt), and each VM's matrix before and
 * after, as the engine computes them.
 */
public final class BaselineView implements FeatureView {

    public static final String TITLE = "Baseline";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Node build(AppModel app) {
        BaselineModel model = new BaselineModel();
        ComboBox<String> hostSet = new ComboBox<>();
        hostSet.setId("baseline-hosts");
        hostSet.setEditable(true);
        hostSet.setPromptText("cluster=east, host names or a glob");
        hostSet.setPrefWidth(260);
        Button compute = new Button("Compute", new FontIcon(Material2MZ.PLAY_ARROW));
        compute.setId("baseline-compute");
        compute.getStyleClass().add(Styles.ACCENT);
        compute.setDefaultButton(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        Label error = new Label();
        error.setId("baseline-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());

        Label hostsLabel = new Label("Host set");
        hostsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        HBox bar = new HBox(10, PlanUi.heading("Cluster baseline", "The settings that make a host set one "
                + "migration domain for its VMs.", new FontIcon(Material2AL.LAYERS)), new Spacer(), busy,
                hostsLabel, hostSet, compute);
        bar.setAlignment(Pos.CENTER_LEFT);

        PlatformCard platform = new PlatformCard();
        RecommendationCard recommendation = new RecommendationCard();
        VmBaselineTable table = new VmBaselineTable();
        OutputCard output = new OutputCard();
        EffectCard effect = new EffectCard();
        HBox cards = new HBox(14, platform, recommendation);
        HBox.setHgrow(platform, Priority.ALWAYS);
        HBox.setHgrow(recommendation, Priority.ALWAYS);
        HBox lower = new HBox(14, output, effect);
        HBox.setHgrow(output, Priority.ALWAYS);
        HBox.setHgrow(effect, Priority.ALWAYS);
        VBox content = new VBox(14, error, cards, table, lower);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        BorderPane root = PlanUi.styled(new BorderPane(scroll));
        root.setId("baseline-view");
        root.setTop(bar);
        BorderPane.setMargin(bar, new javafx.geometry.Insets(0, 0, 12, 0));

        Runnable run = () -> {
            String sel = hostSet.getEditor().getText();
            if (sel == null || sel.isBlank()) sel = hostSet.getValue();
            if (sel != null && !sel.isBlank()) model.compute(app.getFleet(), sel.trim());
        };
        compute.setOnAction(e -> run.run());
        hostSet.setOnAction(e -> {
            if (hostSet.getValue() != null && !hostSet.getValue().equals(model.getResult() == null ? null
                    : model.getResult().selector())) run.run();
        });
        java.util.function.Consumer<Fleet> onFleet = f -> {
            hostSet.getItems().setAll(BaselineModel.suggestions(f));
            if (!f.hosts().isEmpty()) {
                hostSet.setValue(hostSet.getItems().get(0));
                run.run();
            }
        };
        app.fleetProperty().addListener((obs, old, f) -> onFleet.accept(f));
        onFleet.accept(app.getFleet());

        model.resultProperty().addListener((obs, old, r) -> {
            platform.show(r.baseline().merged());
            recommendation.show(r.baseline());
            table.show(r.baseline());
            java.util.Map<String, Long> improved = new java.util.HashMap<>();
            for (var c : r.effect().diff().changes()) if (c.improved()) improved.merge(c.vm(), 1L, Long::sum);
            table.selectMostImproved(improved);
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, vm) -> {
            output.show(vm);
            BaselineModel.Result r = model.getResult();
            if (r != null) {
                effect.show(VerdictGrid.of(r.effect().before()), VerdictGrid.of(r.effect().after()),
                        r.effect().diff(), vm == null ? null : vm.vm());
            }
        });
        return root;
    }

    /** For tests: the VM rows the table shows. */
    static java.util.List<VmBaseline> rows(Node root) {
        @SuppressWarnings("unchecked")
        var t = (javafx.scene.control.TableView<VmBaseline>) root.lookup("#baseline-vms");
        return t.getItems();
    }
}
