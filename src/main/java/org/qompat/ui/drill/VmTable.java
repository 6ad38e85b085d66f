package org.qompat.ui.drill;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.qompat.engine.Severity;

/** The VMs of the selected cell with their verdicts, worst first. */
final class VmTable extends TableView<VmVerdictRow> {

    VmTable() {
        setId("drill-vms");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Select a cell in the matrix"));
        getColumns().add(Cells.badge("Verdict", 112, VmVerdictRow::status));
        getColumns().add(Cells.text("VM", 120, r -> r.vm().name()));
        getColumns().add(Cells.text("Machine type", 110, r -> r.vm().machineType()));
        getColumns().add(Cells.text("Blockers", 70, r -> Long.toString(r.findings().stream()
                .filter(f -> f.severity() == Severity.BLOCKER).count())));
        getColumns().add(Cells.text("Main reason", 260, VmVerdictRow::mainReason));
    }
}
