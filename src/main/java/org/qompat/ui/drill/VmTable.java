package org.qompat.ui.drill;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.qompat.engine.Severity;

/** The VMs of the selected cell with their verdicts, worst first. */
final class VmTable extends TableView<VmVerdictRow> {

    VmTable() {
        setId("drill-vms");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Select a cell in the matrix"));
        // widths add up to what the drill-down gets by default, so only "Main reason" gives way when it narrows
        getColumns().add(Cells.badge("Verdict", 118, VmVerdictRow::status));
        getColumns().add(Cells.text("VM", 90, r -> r.vm().name()));
        getColumns().add(Cells.text("Machine type", 122, r -> r.vm().machineType()));
        TableColumn<VmVerdictRow, String> blockers = Cells.text("Blockers", 82, r -> Long.toString(r.findings().stream()
                .filter(f -> f.severity() == Severity.BLOCKER).count()));
        blockers.setStyle("-fx-alignment: CENTER;");
        getColumns().add(blockers);
        getColumns().add(Cells.text("Main reason", 300, VmVerdictRow::mainReason));
        for (TableColumn<VmVerdictRow, ?> c : getColumns()) if (c != getColumns().get(4)) c.setMinWidth(c.getPrefWidth());
    }
}
