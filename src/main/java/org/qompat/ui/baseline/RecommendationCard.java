package org.qompat.ui.baseline;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.ui.plan.PlanUi;
import org.qompat.ui.plan.StatusChip;

/** The recommendation: machine type per family, CPU model (and the better one with features off), the verdict. */
final class RecommendationCard extends VBox {

    private final GridPane grid = new GridPane();
    private final Label verdict = new Label();
    /** Why the unverified VMs stay so, one line each: what no pin can fix, or what the baseline failed at. */
    private final Label beyond = new Label();

    RecommendationCard() {
        getStyleClass().add("plan-card");
        grid.setHgap(12);
        grid.setVgap(6);
        verdict.setId("baseline-verdict");
        verdict.setWrapText(true);
        beyond.setId("baseline-beyond-pins");
        beyond.setWrapText(true);
        beyond.getStyleClass().add(Styles.TEXT_SMALL);
        getChildren().addAll(PlanUi.heading("Recommendation", "Pin these and every VM below may move anywhere "
                + "in the set; checked by re-running the engine.", new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE)),
                verdict, beyond, grid);
        setPrefWidth(420);
    }

    void show(Baseline b) {
        StatusChip.set(verdict, null);
        verdict.getStyleClass().add("plan-chip");
        // a VM no pin can help (nvme, VFIO without vendor data) is the fleet's fact, not the baseline's failure:
        // amber, and said apart from what the baseline should have fixed (red)
        String tone = b.allVerified() ? "ok" : b.stillBlocked().isEmpty() ? "warn" : "blocked";
        String glyph = b.allVerified() ? "✓ " : b.stillBlocked().isEmpty() ? "⚠ " : "✕ ";
        verdict.setText(glyph + b.summary());
        verdict.getStyleClass().add("plan-status-" + tone);
        java.util.List<String> why = new java.util.ArrayList<>();
        for (VmBaseline vm : b.stillBlocked()) {
            why.add(vm.vm() + " still blocked by " + String.join(", ", vm.remainingBlockers()));
        }
        for (VmBaseline vm : b.blockedBeyondPins()) {
            for (String cause : vm.beyondPins()) why.add(vm.vm() + ": " + cause);
        }
        beyond.setText(String.join("\n", why));
        beyond.setVisible(!why.isEmpty());
        beyond.setManaged(!why.isEmpty());
        grid.getChildren().clear();
        int row = 0;
        for (var e : b.machineByFamily().entrySet()) row = add(row, "-machine", e.getValue(), e.getKey() + " family");
        row = add(row, "-cpu", b.cpu().model() == null ? "—" : b.cpu().model(), b.cpu().reason());
        if (b.cpu().betterModel() != null) {
            row = add(row, "or -cpu", b.cpu().betterModel() + "," + String.join(",",
                    b.cpu().betterModelDisables().stream().map(f -> "-" + f).toList()),
                    "more capable; those features are missing somewhere");
        }
        long pins = b.vms().stream().mapToLong(v -> v.pins().size()).sum();
        add(row, "Pins", pins + " property pin" + (pins == 1 ? "" : "s"), "over " + b.vms().size() + " VMs");
    }

    private int add(int row, String key, String value, String why) {
        Label k = new Label(key);
        k.getStyleClass().addAll("plan-kv-key", "plan-code");
        Label v = new Label(value);
        v.getStyleClass().addAll(Styles.TEXT_BOLD, "plan-code");
        Label w = new Label(why);
        w.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        w.setWrapText(true);
        grid.addRow(row, k, new VBox(1, v, w));
        return row + 1;
    }
}
