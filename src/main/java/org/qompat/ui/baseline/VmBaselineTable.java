package org.qompat.ui.baseline;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.PropertyPin;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.ui.plan.StatusChip;

/** One row per VM: verified or not, what changes (machine type, CPU) and the property pins it needs. */
final class VmBaselineTable extends TableView<VmBaseline> {

    VmBaselineTable() {
        setId("baseline-vms");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Choose a host set and press Compute."));
        TableColumn<VmBaseline, String> vm = text("VM", v -> v.vm());
        vm.setPrefWidth(140);
        TableColumn<VmBaseline, VmBaseline> result = new TableColumn<>("In the set");
        result.setPrefWidth(130);
        result.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        result.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(VmBaseline item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label chip = StatusChip.of(item.verified() ? VerdictStatus.OK : VerdictStatus.BLOCKED);
                chip.setText(item.verified() ? "✓ movable" : "✕ " + item.blockedPairs() + " pairs blocked");
                setGraphic(chip);
            }
        });
        TableColumn<VmBaseline, String> machine = text("Machine type", v -> arrow(v.previousMachineType(),
                v.machineType()));
        machine.setPrefWidth(200);
        TableColumn<VmBaseline, String> cpu = text("CPU model", v -> arrow(v.previousCpuModel(), v.cpuModel()));
        cpu.setPrefWidth(200);
        TableColumn<VmBaseline, String> pins = text("Property pins", v -> v.pins().isEmpty() ? "none needed"
                : String.join("  ", v.pins().stream().map(PropertyPin::globalSpelling).toList()));
        getColumns().addAll(java.util.List.of(vm, result, machine, cpu, pins));
        setPrefHeight(170);
    }

    void show(Baseline b) {
        setItems(FXCollections.observableArrayList(b.vms()));
        if (!b.vms().isEmpty()) getSelectionModel().select(0);
    }

    private static TableColumn<VmBaseline, String> text(String title, java.util.function.Function<VmBaseline, String> f) {
        TableColumn<VmBaseline, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        return c;
    }

    private static String arrow(String from, String to) {
        if (to == null) return from == null ? "—" : from;
        return to.equals(from) ? to : (from == null ? "?" : from) + " → " + to;
    }
}
