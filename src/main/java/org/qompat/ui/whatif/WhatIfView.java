package org.qompat.ui.whatif;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.plan.MatrixDiff;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.model.ScenarioChange;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.plan.MatrixData;
import org.qompat.ui.plan.MiniMatrix;
import org.qompat.ui.plan.PlanUi;

/**
 * The What-if view: edit a scenario (another QEMU build or kernel on some hosts, added copies of a host, removed
 * hosts), see the fleet matrix of the changed fleet with the cells that differ from the real one outlined and
 * listed, and save or open the scenario. Input files are never touched.
 */
public final class WhatIfView implements FeatureView {

    public static final String TITLE = "What-if";

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Node build(AppModel app) {
        WhatIfModel model = new WhatIfModel();
        TextField name = new TextField(model.getScenario().name());
        name.setId("whatif-name");
        name.textProperty().addListener((o, a, n) -> model.rename(n));
        Button open = new Button("Open…", new FontIcon(Material2MZ.OPEN_IN_NEW));
        Button save = new Button("Save…", new FontIcon(Material2MZ.SAVE));
        open.setId("whatif-open");
        save.setId("whatif-save");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        HBox bar = new HBox(10, PlanUi.heading("What-if", "Change hosts on paper and see which migrations start or "
                + "stop working. Your input files are never touched.", new FontIcon(Material2MZ.SCIENCE)),
                new Spacer(), busy, new Label("Scenario"), name, open, save);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<ScenarioChange> steps = new ListView<>();
        steps.setId("whatif-steps");
        steps.setPrefHeight(150);
        steps.setPlaceholder(PlanUi.muted("No steps yet: the what-if equals the real fleet."));
        steps.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ScenarioChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : (getIndex() + 1) + ". " + c.describe());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button removeStep = new Button("Remove step", new FontIcon(Material2AL.DELETE_OUTLINE));
        removeStep.setId("whatif-remove-step");
        removeStep.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
        removeStep.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        removeStep.setOnAction(e -> model.remove(steps.getSelectionModel().getSelectedIndex()));
        StepEditor editor = new StepEditor(model::add);
        VBox left = new VBox(10, card("Steps", "Applied in order to copies of the hosts.", steps, removeStep),
                card("Add a step", null, editor));
        left.setPrefWidth(330);
        left.setMinWidth(300);

        Label summary = new Label();
        summary.setId("whatif-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        Label problems = new Label();
        problems.setId("whatif-problems");
        problems.getStyleClass().add(Styles.WARNING);
        problems.setWrapText(true);
        Label status = new Label();
        status.setId("whatif-message");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.messageProperty());
        MiniMatrix matrix = new MiniMatrix();
        matrix.setId("whatif-matrix");
        ChangesTable changes = new ChangesTable();
        VBox matrixCard = card("Fleet matrix of the what-if", "Each cell: how many VMs can move source → "
                + "destination. Outlined: some VM's verdict differs from the real fleet.", matrix);
        VBox changesCard = card("Changed verdicts", null, summary, problems, changes);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox right = new VBox(14, matrixCard, changesCard);
        VBox.setVgrow(matrixCard, Priority.ALWAYS);
        changesCard.setPrefHeight(340);
        changesCard.setMinHeight(260);
        VBox.setVgrow(matrix, Priority.ALWAYS);

        BorderPane root = PlanUi.styled(new BorderPane());
        root.setId("whatif-view");
        root.setTop(bar);
        root.setLeft(left);
        root.setCenter(right);
        root.setBottom(status);
        BorderPane.setMargin(bar, new Insets(0, 0, 12, 0));
        BorderPane.setMargin(left, new Insets(0, 14, 0, 0));

        model.scenarioProperty().addListener((o, a, s) -> {
            steps.setItems(FXCollections.observableArrayList(s.changes()));
            if (!name.getText().equals(s.name())) name.setText(s.name());
        });
        model.resultProperty().addListener((o, a, r) -> {
            MatrixDiff d = r.diff();
            summary.setText(d.changedCells() + d.addedCells() + d.removedCells() == 0
                    ? "Same verdicts as the real fleet."
                    : d.changedCells() + " cells change (" + d.improvedCells() + " better, " + d.worsenedCells()
                    + " worse), " + d.addedCells() + " new, " + d.removedCells() + " gone"
                    + (d.truncated() ? " (list cut at " + d.changes().size() + ")" : ""));
            problems.setText(String.join("\n", r.outcome().problems()));
            matrix.setData(MatrixData.forFleet(VerdictGrid.of(r.changed()), d));
            changes.show(d);
        });
        Runnable onFleet = () -> {
            editor.setFleet(app.getFleet());
            model.setFleet(app.getFleet(), app.getAnalysis(), app.sourcesProperty().get());
        };
        app.analysisProperty().addListener((o, a, n) -> onFleet.run());
        onFleet.run();

        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Qompat scenario", "*.json"));
        save.setOnAction(e -> {
            chooser.setInitialFileName(model.getScenario().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json");
            File f = chooser.showSaveDialog(root.getScene().getWindow());
            if (f != null) model.save(f.toPath());
        });
        open.setOnAction(e -> {
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) model.open(f.toPath());
        });
        root.getProperties().put(WhatIfModel.class, model);
        return root;
    }

    private static VBox card(String title, String explanation, Node... body) {
        VBox box = new VBox(8);
        box.getStyleClass().add("plan-card");
        Label t = new Label(title);
        t.getStyleClass().addAll(Styles.TITLE_4);
        box.getChildren().add(t);
        if (explanation != null) box.getChildren().add(PlanUi.muted(explanation));
        box.getChildren().addAll(body);
        return box;
    }
}
