package org.qompat.ui.details;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;
import org.qompat.model.VmStateDump;
import org.qompat.model.VmStateSection;

/**
 * One QEMU build: its machine types; for the selected machine type, the compat table in application order with
 * the entries a later one overrides marked, so the effective value of each (type, property) is the one left
 * standing; and the VMState sections dumped for that machine type.
 */
final class BuildDetailsPane extends VBox {

    /** A compat entry with its position and, when a later entry sets the same property, that entry's position. */
    record CompatRow(int index, CompatProperty entry, int overriddenBy) {
        boolean effective() {
            return overriddenBy < 0;
        }
    }

    private final TableView<CompatRow> compat = Section.table(10);
    private final TableView<VmStateSection> vmstate = Section.table(8);
    private final Label compatTitle = new Label();
    private final Label vmstateNote = new Label();

    BuildDetailsPane(QemuBuild b) {
        setSpacing(14);
        getStyleClass().add("details-content");
        Label title = new Label("QEMU " + b.version());
        title.setId("details-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label sub = new Label((b.packageString() == null ? "" : b.packageString() + " · ") + "build " + b.id());
        sub.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<MachineType> machines = Section.table(8);
        machines.setId("build-machine-types");
        machines.getColumns().add(Section.column("Machine type", 170, MachineType::name));
        machines.getColumns().add(Section.column("Alias", 70, m -> m.alias() == null ? "" : m.alias()));
        machines.getColumns().add(Section.column("Flags", 130, m -> (m.isDefault() ? "default " : "") + (m.deprecated() ? "deprecated" : "")));
        machines.getColumns().add(Section.column("Compat entries", 110, m -> m.compatPropsKnown()
                ? Integer.toString(m.compatProps().size()) : "not reported"));
        machines.getColumns().add(Section.column("VMState dump", 110, m -> b.vmstateByMachine().containsKey(m.name())
                ? b.vmstateByMachine().get(m.name()).sections().size() + " sections" : "—"));
        List<MachineType> sorted = new ArrayList<>(b.machineTypes().values());
        sorted.sort(Comparator.comparing(MachineType::name).reversed());
        machines.setItems(FXCollections.observableArrayList(sorted));

        compat.setId("build-compat-table");
        compat.getColumns().add(Section.column("#", 40, r -> Integer.toString(r.index() + 1)));
        compat.getColumns().add(Section.column("QOM type", 160, r -> r.entry().qomType()));
        compat.getColumns().add(Section.column("Property", 150, r -> r.entry().property()));
        compat.getColumns().add(Section.column("Value", 70, r -> r.entry().value()));
        compat.getColumns().add(Section.column("From", 110, r -> r.entry().origin() == null ? "" : r.entry().origin()));
        compat.getColumns().add(Section.column("Effective", 110, r -> r.effective() ? "✓ effective" : "overridden by #" + (r.overriddenBy() + 1)));
        compat.getColumns().add(Section.column("Source", 200, r -> r.entry().provenance() == null ? "" : r.entry().provenance().toString()));
        compat.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompatRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overridden");
                if (!empty && item != null && !item.effective()) getStyleClass().add("overridden");
            }
        });
        compat.setPlaceholder(new Label("No compat entries for this machine type"));

        vmstate.setId("build-vmstate");
        vmstate.getColumns().add(Section.column("Section", 200, VmStateSection::typeName));
        vmstate.getColumns().add(Section.column("Version", 70, s -> Integer.toString(s.versionId())));
        vmstate.getColumns().add(Section.column("Minimum", 70, s -> Integer.toString(s.minimumVersionId())));
        vmstate.getColumns().add(Section.column("Fields", 60, s -> s.description() == null ? "?" : Integer.toString(s.description().fields().size())));
        vmstate.getColumns().add(Section.column("Subsections", 90, s -> s.description() == null ? "?" : Integer.toString(s.description().subsections().size())));
        vmstate.getColumns().add(Section.column("Note", 120, s -> s.unmigratable() ? "unmigratable" : ""));
        vmstateNote.getStyleClass().add(Styles.TEXT_MUTED);

        machines.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> showMachine(b, m));
        compatTitle.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(new VBox(4, title, sub), Section.card("Machine types (" + sorted.size() + ")", machines),
                Section.card("Compat table, in application order (later wins)", compatTitle, compat),
                Section.card("VMState sections", vmstateNote, vmstate));
        MachineType initial = b.defaultMachine().orElse(sorted.isEmpty() ? null : sorted.get(0));
        if (initial != null) machines.getSelectionModel().select(initial);
    }

    TableView<CompatRow> compatTable() {
        return compat;
    }

    private void showMachine(QemuBuild b, MachineType m) {
        if (m == null) return;
        compat.setItems(FXCollections.observableArrayList(rows(m)));
        compatTitle.setText(m.name() + (m.compatPropsKnown() ? " · " + m.compatProps().size() + " entries"
                : " · this build did not report its compat table (QEMU < 9.1) and none was loaded from source"));
        VmStateDump dump = b.vmstateByMachine().get(m.name());
        List<VmStateSection> sections = dump == null ? new ArrayList<>() : new ArrayList<>(dump.sections().values());
        sections.sort(Comparator.comparing(VmStateSection::typeName));
        vmstate.setItems(FXCollections.observableArrayList(sections));
        vmstateNote.setText(dump == null ? "No -dump-vmstate for " + m.name() + " was loaded" : m.name() + " · " + sections.size() + " sections");
    }

    static List<CompatRow> rows(MachineType m) {
        List<CompatProperty> props = m.compatProps();
        List<CompatRow> out = new ArrayList<>();
        for (int i = 0; i < props.size(); i++) {
            int by = -1;
            for (int j = props.size() - 1; j > i; j--) {
                if (props.get(j).qomType().equals(props.get(i).qomType()) && props.get(j).property().equals(props.get(i).property())) {
                    by = j;
                    break;
                }
            }
            out.add(new CompatRow(i, props.get(i), by));
        }
        return out;
    }
}
