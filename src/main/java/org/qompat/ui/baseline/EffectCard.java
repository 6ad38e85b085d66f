package org.qompat.ui.baseline;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.plan.MatrixDiff;
import org.qompat.engine.plan.StatusCounts;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.ui.plan.MatrixData;
import org.qompat.ui.plan.MiniMatrix;
import org.qompat.ui.plan.PlanUi;

/** The selected VM's matrix over the host set before and after the baseline, both from the engine. */
final class EffectCard extends VBox {

    private final MiniMatrix before = new MiniMatrix();
    private final MiniMatrix after = new MiniMatrix();
    private final Label beforeCounts = counts("baseline-before-counts");
    private final Label afterCounts = counts("baseline-after-counts");

    EffectCard() {
        getStyleClass().add("plan-card");
        before.setId("baseline-before-matrix");
        before.setMaxCell(22);
        after.setMaxCell(22);
        after.setId("baseline-after-matrix");
        HBox both = new HBox(16, column("Before", before, beforeCounts), column("After", after, afterCounts));
        getChildren().addAll(PlanUi.heading("Effect", "The VM's verdicts between the hosts of the set, before and "
                + "after; outlined cells changed.", new FontIcon(Material2AL.COMPARE_ARROWS)), both);
    }

    void show(VerdictGrid beforeGrid, VerdictGrid afterGrid, MatrixDiff diff, String vm) {
        int b = vm == null ? -1 : beforeGrid.vmIndex(vm);
        int a = vm == null ? -1 : afterGrid.vmIndex(vm);
        if (b < 0 || a < 0) {
            before.setData(null);
            after.setData(null);
            beforeCounts.setText("");
            afterCounts.setText("");
            return;
        }
        before.setData(MatrixData.forVm(beforeGrid, b, null));
        after.setData(MatrixData.forVm(afterGrid, a, diff));
        beforeCounts.setText(StatusCounts.describe(StatusCounts.ofVm(beforeGrid, b)));
        afterCounts.setText(StatusCounts.describe(StatusCounts.ofVm(afterGrid, a)));
    }

    private static VBox column(String title, MiniMatrix m, Label counts) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(4, t, counts, m);
        HBox.setHgrow(box, Priority.ALWAYS);
        VBox.setVgrow(m, Priority.ALWAYS);
        return box;
    }

    private static Label counts(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }
}
