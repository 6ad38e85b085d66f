package org.qompat.ui.baseline;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.plan.FeatureMerge;
import org.qompat.engine.plan.MergedPlatform;
import org.qompat.ui.plan.PlanUi;
import org.qompat.ui.plan.StatusChip;

/** The merged platform of the host set: what every host offers (machine types, CPU, platform features). */
final class PlatformCard extends VBox {

    private final GridPane grid = new GridPane();
    private final FlowPane features = new FlowPane(6, 6);

    PlatformCard() {
        getStyleClass().add("plan-card");
        grid.setHgap(12);
        grid.setVgap(6);
        getChildren().addAll(PlanUi.heading("Merged platform", "What every host of the set offers: the AND of "
                + "their platform dumps.", new FontIcon(Material2MZ.MERGE_TYPE)), grid, features);
        setPrefWidth(420);
    }

    void show(MergedPlatform m) {
        grid.getChildren().clear();
        int row = 0;
        java.util.List<String> names = m.hostNames();
        row = add(row, "Hosts", names.size() <= 5 ? names.size() + ": " + String.join(", ", names)
                : names.size() + ": " + String.join(", ", names.subList(0, 3)) + " … " + names.get(names.size() - 1));
        if (m.machineTypesByFamily().isEmpty()) row = add(row, "Machine types", "none registered by every host");
        for (var e : m.machineTypesByFamily().entrySet()) {
            row = add(row, e.getKey(), e.getValue().size() + " common · newest " + e.getValue().get(0));
        }
        row = add(row, "CPU models", m.cpuModels().isEmpty() ? "none runnable on every host"
                : m.cpuModels().size() + " runnable everywhere · best " + m.cpuModels().get(0));
        row = add(row, "CPU flags", m.cpuFlags().size() + " on every host");
        for (String note : m.notes()) row = add(row, "Note", note);
        features.getChildren().clear();
        for (FeatureMerge f : m.features()) {
            String tone = f.available() == null ? "unknown" : f.available() ? "ok" : "blocked";
            String text = f.feature() + (f.available() == null ? " ?" : f.available() ? " ✓ all"
                    : " ✕ missing on " + f.hostsLacking().size());
            Label chip = StatusChip.text(text, tone);
            chip.setId("feature-" + f.feature());
            features.getChildren().add(chip);
        }
        features.setPadding(new Insets(4, 0, 0, 0));
    }

    private int add(int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("plan-kv-key");
        Label v = new Label(value);
        v.getStyleClass().add(Styles.TEXT_BOLD);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }
}
