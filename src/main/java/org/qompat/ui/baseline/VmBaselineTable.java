package org.qompat.ui.baseline;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
        vm.setPrefWidth(90);
        TableColumn<VmBaseline, VmBaseline> result = new TableColumn<>("In the set");
        result.setPrefWidth(140);
        result.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        result.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(VmBaseline item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label chip;
                if (item.verified()) chip = StatusChip.text("✓ movable", "ok");
                else if (item.blockedBeyondPins()) chip = StatusChip.text("⚠ no pin can fix", "warn");
                else chip = StatusChip.text("✕ " + item.blockedPairs() + " pairs blocked", "blocked");
                if (!item.verified()) {
                    java.util.List<String> why = new java.util.ArrayList<>(item.beyondPins());
                    why.addAll(item.remainingBlockers());
                    chip.setTooltip(new javafx.scene.control.Tooltip(item.blockedPairs() + " host pairs not OK: "
                            + String.join("; ", why)));
                }
                setGraphic(chip);
            }
        });
        TableColumn<VmBaseline, String> machine = text("Machine type", v -> arrow(v.previousMachineType(),
                v.machineType()));
        machine.setPrefWidth(180);
        TableColumn<VmBaseline, String> cpu = text("CPU model", v -> arrow(v.previousCpuModel(), v.cpuModel()));
        cpu.setPrefWidth(200);
        TableColumn<VmBaseline, String> pins = text("Property pins", VmBaselineTable::pins);
        // the pins are the answer: they get the room, the other columns only what their values need
        pins.setPrefWidth(420);
        getColumns().addAll(java.util.List.of(vm, result, machine, cpu, pins));
        setFixedCellSize(36);
        setPrefHeight(36 * 4 + 40);
    }

    void show(Baseline b) {
        setItems(FXCollections.observableArrayList(b.vms()));
        // every row visible up to 8, so the table never hides a VM behind a scroll bar for small sets
        setPrefHeight(36 * Math.max(2, Math.min(8, b.vms().size())) + 42);
        if (!b.vms().isEmpty()) getSelectionModel().select(0);
    }

    /** Selects the VM whose matrix the baseline improves most (the most telling one to open on). */
    void selectMostImproved(java.util.Map<String, Long> improvedCells) {
        getItems().stream().max(java.util.Comparator.comparingLong(v -> improvedCells.getOrDefault(v.vm(), 0L)))
                .ifPresent(v -> getSelectionModel().select(v));
    }

    private static TableColumn<VmBaseline, String> text(String title, java.util.function.Function<VmBaseline, String> f) {
        TableColumn<VmBaseline, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(f.apply(v.getValue())));
        return c;
    }

    /** "net0: host_uso, guest_uso4, guest_uso6 = off", one group per device and value. */
    static String pins(VmBaseline v) {
        if (v.pins().isEmpty()) return "none needed";
        java.util.Map<String, java.util.List<String>> groups = new java.util.LinkedHashMap<>();
        for (PropertyPin p : v.pins()) {
            String device = p.deviceId() != null ? p.deviceId() : p.driver();
            groups.computeIfAbsent(device + "\u0000" + p.globalSpelling().replaceFirst(".*=", ""),
                    k -> new java.util.ArrayList<>()).add(p.property());
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        groups.forEach((k, props) -> parts.add(k.substring(0, k.indexOf('\u0000')) + ": " + String.join(", ", props)
                + " = " + k.substring(k.indexOf('\u0000') + 1)));
        return String.join("; ", parts);
    }

    private static String arrow(String from, String to) {
        if (to == null) return from == null ? "—" : from;
        return to.equals(from) ? to : (from == null ? "?" : from) + " → " + to;
    }
}
