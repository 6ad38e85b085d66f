package org.qompat.ui.whatif;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.CellChange;
import org.qompat.engine.plan.MatrixDiff;
import org.qompat.ui.plan.StatusChip;

/** Every (VM, source, destination) cell whose verdict the scenario changes: better first, then worse, new, gone. */
final class ChangesTable extends TableView<CellChange> {

    ChangesTable() {
        setId("whatif-changes");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No verdict changes yet: add a step on the left.");
        empty.setWrapText(true);
        setPlaceholder(empty);
        setMinWidth(400);
        TableColumn<CellChange, String> vm = new TableColumn<>("VM");
        vm.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().vm()));
        TableColumn<CellChange, String> pair = new TableColumn<>("Source → destination");
        pair.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().from() + " → " + c.getValue().to()));
        pair.setPrefWidth(260);
        vm.setPrefWidth(76);
        getColumns().addAll(java.util.List.of(vm, pair, status("Real", true), status("What-if", false)));
    }

    void show(MatrixDiff diff) {
        var rows = new java.util.ArrayList<>(diff.changes());
        rows.sort(java.util.Comparator.comparingInt(ChangesTable::order));
        setItems(FXCollections.observableArrayList(rows));
    }

    private static int order(CellChange c) {
        if (c.improved()) return 0;
        if (c.worsened()) return 1;
        return c.before() == null ? 2 : 3;
    }

    private static TableColumn<CellChange, VerdictStatus> status(String title, boolean before) {
        TableColumn<CellChange, VerdictStatus> col = new TableColumn<>(title);
        col.setPrefWidth(112);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(before ? c.getValue().before() : c.getValue().after()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(VerdictStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty) {
                    setGraphic(null);
                    return;
                }
                Label chip = s == null ? StatusChip.text(before ? "new host" : "removed", "neutral") : StatusChip.of(s);
                setGraphic(chip);
            }
        });
        return col;
    }
}
