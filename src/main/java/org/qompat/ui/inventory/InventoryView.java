package org.qompat.ui.inventory;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckTreeView;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.LoadProblem;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;
import org.qompat.ui.common.AppModel;
import org.qompat.ui.common.DetailsRequest;
import org.qompat.ui.common.SearchField;
import org.qompat.ui.inventory.InventoryItem.Kind;

/**
 * The left panel: hosts grouped by a chosen key, VMs, QEMU builds, and every input that failed to load with its
 * error. Check boxes decide which hosts take part and which VMs the fleet matrix counts. Double click (or Enter)
 * opens details (host, build) or focuses a VM.
 */
public final class InventoryView extends VBox {

    private final AppModel app;
    private final CheckTreeView<InventoryItem> tree = new CheckTreeView<>();
    private final ComboBox<HostGrouping> groupBy = new ComboBox<>();
    private final TextField filter = SearchField.create("Filter hosts and VMs");
    private final Map<String, CheckBoxTreeItem<InventoryItem>> hostItems = new LinkedHashMap<>();
    private final Map<String, CheckBoxTreeItem<InventoryItem>> vmItems = new LinkedHashMap<>();
    private boolean rebuilding;
    private boolean publishPending;

    public InventoryView(AppModel app) {
        this.app = app;
        setId("inventory");
        setMinWidth(230);
        setPrefWidth(290);
        getStyleClass().add("inventory");
        getStylesheets().add(InventoryView.class.getResource("/org/qompat/ui/inventory/inventory.css").toExternalForm());
        Label title = new Label("Inventory");
        title.getStyleClass().add("title");
        Label groupLabel = new Label("Group by");
        groupLabel.getStyleClass().add("muted");
        groupLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        groupBy.setId("inventory-group-by");
        groupBy.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(groupBy, Priority.ALWAYS);
        HBox groupRow = new HBox(8, groupLabel, groupBy);
        groupRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filter.setId("inventory-filter");
        tree.setId("inventory-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new InventoryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox header = new VBox(8, title, groupRow, filter);
        header.getStyleClass().add("inventory-header");
        getChildren().addAll(header, tree);

        groupBy.valueProperty().addListener((o, a, g) -> rebuild());
        filter.textProperty().addListener((o, a, t) -> rebuild());
        app.fleetProperty().addListener((o, a, f) -> fleetChanged(f));
        app.includedHostsProperty().addListener((o, a, s) -> syncChecks());
        app.selectedVmsProperty().addListener((o, a, s) -> syncChecks());
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) open(tree.getSelectionModel().getSelectedItem());
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) open(tree.getSelectionModel().getSelectedItem());
        });
        fleetChanged(app.getFleet());
    }

    public CheckTreeView<InventoryItem> tree() {
        return tree;
    }

    private void fleetChanged(Fleet fleet) {
        String previous = groupBy.getValue() == null ? null : groupBy.getValue().name();
        List<HostGrouping> options = HostGrouping.available(fleet);
        rebuilding = true;
        groupBy.setItems(FXCollections.observableArrayList(options));
        groupBy.setValue(options.stream().filter(g -> g.name().equals(previous)).findFirst().orElse(options.get(0)));
        rebuilding = false;
        rebuild();
    }

    private void rebuild() {
        if (rebuilding) return;
        rebuilding = true;
        try {
            Fleet fleet = app.getFleet();
            HostGrouping grouping = groupBy.getValue() == null ? HostGrouping.NONE : groupBy.getValue();
            String needle = filter.getText() == null ? "" : filter.getText().trim().toLowerCase();
            hostItems.clear();
            vmItems.clear();
            CheckBoxTreeItem<InventoryItem> root = info(new InventoryItem(Kind.HOSTS, "", "", ""));
            root.getChildren().add(hostsFolder(fleet, grouping, needle));
            root.getChildren().add(vmsFolder(fleet, needle));
            root.getChildren().add(buildsFolder(fleet));
            if (!fleet.problems().isEmpty()) root.getChildren().add(0, problemsFolder(fleet));
            tree.setRoot(root);
            syncChecksNow();
        } finally {
            rebuilding = false;
        }
    }

    private CheckBoxTreeItem<InventoryItem> hostsFolder(Fleet fleet, HostGrouping grouping, String needle) {
        CheckBoxTreeItem<InventoryItem> folder = folder(Kind.HOSTS, "Hosts", fleet.hosts().size() + "");
        Map<String, CheckBoxTreeItem<InventoryItem>> groups = new LinkedHashMap<>();
        for (Host h : fleet.hosts()) {
            if (!needle.isEmpty() && !h.name().toLowerCase().contains(needle)) continue;
            String key = grouping.key().apply(h);
            CheckBoxTreeItem<InventoryItem> parent = folder;
            if (!key.isEmpty()) {
                parent = groups.computeIfAbsent(key, k -> {
                    CheckBoxTreeItem<InventoryItem> g = folder(Kind.GROUP, k, "");
                    folder.getChildren().add(g);
                    return g;
                });
            }
            String detail = (h.build() == null ? "" : h.build().version().toString())
                    + (h.kernelRelease() == null ? "" : " · " + h.kernelRelease());
            CheckBoxTreeItem<InventoryItem> item = leaf(new InventoryItem(Kind.HOST, h.name(), h.name(), detail));
            hostItems.put(h.name(), item);
            parent.getChildren().add(item);
        }
        for (CheckBoxTreeItem<InventoryItem> g : groups.values()) {
            g.setValue(new InventoryItem(Kind.GROUP, g.getValue().key(), g.getValue().text(), g.getChildren().size() + ""));
            g.setExpanded(groups.size() <= 8);
        }
        return folder;
    }

    private CheckBoxTreeItem<InventoryItem> vmsFolder(Fleet fleet, String needle) {
        CheckBoxTreeItem<InventoryItem> folder = folder(Kind.VMS, "VMs", fleet.vms().size() + "");
        for (Vm v : fleet.vms()) {
            if (!needle.isEmpty() && !v.name().toLowerCase().contains(needle)) continue;
            String detail = v.machineType() + (v.host() == null ? "" : " on " + v.host());
            CheckBoxTreeItem<InventoryItem> item = leaf(new InventoryItem(Kind.VM, v.name(), v.name(), detail));
            vmItems.put(v.name(), item);
            folder.getChildren().add(item);
        }
        return folder;
    }

    private TreeItem<InventoryItem> buildsFolder(Fleet fleet) {
        TreeItem<InventoryItem> folder = info(new InventoryItem(Kind.BUILDS, "", "QEMU builds", fleet.builds().size() + ""));
        for (QemuBuild b : fleet.builds()) {
            long hosts = fleet.hosts().stream().filter(h -> h.build() != null && h.build().id().equals(b.id())).count();
            folder.getChildren().add(info(new InventoryItem(Kind.BUILD, b.id(), "QEMU " + b.version(),
                    b.machineTypes().size() + " machine types · " + hosts + " hosts")));
        }
        folder.setExpanded(true);
        return folder;
    }

    private TreeItem<InventoryItem> problemsFolder(Fleet fleet) {
        TreeItem<InventoryItem> folder = info(new InventoryItem(Kind.PROBLEMS, "", "Failed to load",
                fleet.problems().size() + ""));
        int i = 0;
        for (LoadProblem p : fleet.problems()) {
            String where = p.location() == null || p.location().isBlank() ? "" : p.location() + ": ";
            folder.getChildren().add(info(new InventoryItem(Kind.PROBLEM, Integer.toString(i++),
                    shortName(p.file()), where + p.message())));
        }
        folder.setExpanded(true);
        return folder;
    }

    private static String shortName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash >= 0 ? file.substring(slash + 1) : file;
    }

    /** CheckTreeView wants check items everywhere; information rows are independent and show no box. */
    private static CheckBoxTreeItem<InventoryItem> info(InventoryItem item) {
        CheckBoxTreeItem<InventoryItem> i = new CheckBoxTreeItem<>(item);
        i.setIndependent(true);
        i.setExpanded(true);
        return i;
    }

    private CheckBoxTreeItem<InventoryItem> folder(Kind kind, String text, String detail) {
        CheckBoxTreeItem<InventoryItem> f = new CheckBoxTreeItem<>(new InventoryItem(kind, text, text, detail));
        f.setExpanded(true);
        return f;
    }

    private CheckBoxTreeItem<InventoryItem> leaf(InventoryItem item) {
        CheckBoxTreeItem<InventoryItem> leaf = new CheckBoxTreeItem<>(item);
        leaf.selectedProperty().addListener((o, a, b) -> schedulePublish());
        return leaf;
    }

    /** Many boxes change at once when a folder is clicked; publish the result once. */
    private void schedulePublish() {
        if (rebuilding || publishPending) return;
        publishPending = true;
        Platform.runLater(() -> {
            publishPending = false;
            publishChecks();
        });
    }

    private void publishChecks() {
        Set<String> hosts = new LinkedHashSet<>(app.getIncludedHosts());
        hostItems.forEach((name, item) -> {
            if (item.isSelected()) hosts.add(name);
            else hosts.remove(name);
        });
        Set<String> vms = new LinkedHashSet<>(app.getSelectedVms());
        vmItems.forEach((name, item) -> {
            if (item.isSelected()) vms.add(name);
            else vms.remove(name);
        });
        if (!hosts.equals(app.getIncludedHosts())) app.includeHosts(hosts);
        if (!vms.equals(app.getSelectedVms())) app.selectVms(vms);
    }

    private void syncChecks() {
        if (rebuilding) return;
        rebuilding = true;
        try {
            syncChecksNow();
        } finally {
            rebuilding = false;
        }
    }

    private void syncChecksNow() {
        hostItems.forEach((name, item) -> item.setSelected(app.getIncludedHosts().contains(name)));
        vmItems.forEach((name, item) -> item.setSelected(app.getSelectedVms().contains(name)));
    }

    private void open(TreeItem<InventoryItem> item) {
        if (item == null || item.getValue() == null) return;
        InventoryItem v = item.getValue();
        switch (v.kind()) {
            case HOST -> app.showDetails(DetailsRequest.host(v.key()));
            case BUILD -> app.showDetails(DetailsRequest.build(v.key()));
            case VM -> app.focusVm(v.key());
            default -> { }
        }
    }
}
