package org.qompat.ui.drill;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.qompat.model.Host;
import org.qompat.model.Vm;
import org.qompat.ui.common.SearchField;

/**
 * A VM's QOM tree with every property's effective value on the source and on the destination build and where
 * each came from (class default, compat entry, explicit). Differences are highlighted; "only differences" and
 * the search field filter; {@link #reveal} scrolls to a device and property and selects it.
 */
final class QomTreePane extends VBox {

    private final Label title = new Label("QOM tree");
    private final Label subtitle = new Label("Open a finding to see the VM's devices and properties");
    private final CustomTextField search = SearchField.create("Search path, type, property or value");
    private final ToggleSwitch onlyDiff = new ToggleSwitch("Only differences");
    private final Label diffCount = new Label();
    private final TreeTableView<QomEntry> table = new TreeTableView<>();
    private final Label provenance = new Label();
    private QomTreeModel model;

    QomTreePane() {
        getStyleClass().add("qom-tree-pane");
        title.getStyleClass().add("section-title");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        search.setId("qom-search");
        onlyDiff.setId("qom-only-differences");
        diffCount.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(search, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.NEVER);
        onlyDiff.setMinWidth(Region.USE_PREF_SIZE);
        diffCount.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(140);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        HBox tools = new HBox(12, search, onlyDiff, diffCount);
        tools.setAlignment(Pos.CENTER_LEFT);

        table.setId("qom-tree");
        table.setShowRoot(true);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing matches"));
        // an object's QOM type sits beside its name rather than in a column of its own that is empty on every
        // property row: the values and their origins need the width more
        TreeTableColumn<QomEntry, String> name = column("Object / property", 190,
                e -> e.isProperty() || e.type() == null || e.type().isBlank() ? e.name() : e.name() + "  (" + e.type() + ")");
        table.getColumns().add(name);
        table.getColumns().add(column("Source", 84, e -> e.isProperty() ? value(e.row().source()) : ""));
        table.getColumns().add(column("Destination", 92, e -> e.isProperty() ? value(e.row().destination()) : ""));
        table.getColumns().add(column("Source origin", 124, e -> e.isProperty() ? origin(e.row().source()) : ""));
        table.getColumns().add(column("Dest. origin", 124, e -> e.isProperty() ? origin(e.row().destination()) : ""));
        // the values are short and what the user came for: they keep their width, the name and origins give way
        table.getColumns().get(1).setMinWidth(84);
        table.getColumns().get(2).setMinWidth(92);
        name.setMinWidth(120);
        table.setTreeColumn(name);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(QomEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("differs", "qom-node");
                if (empty || item == null) return;
                if (item.isProperty() && item.differs()) getStyleClass().add("differs");
                if (!item.isProperty()) getStyleClass().add("qom-node");
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> showProvenance(item));
        VBox.setVgrow(table, Priority.ALWAYS);
        provenance.setId("qom-provenance");
        provenance.getStyleClass().add("provenance");
        provenance.setWrapText(true);
        search.textProperty().addListener((o, a, t) -> refresh(null, null));
        onlyDiff.selectedProperty().addListener((o, a, s) -> refresh(null, null));
        getChildren().addAll(title, subtitle, tools, table, provenance);
    }

    TreeTableView<QomEntry> table() {
        return table;
    }

    ToggleSwitch onlyDifferences() {
        return onlyDiff;
    }

    /** Shows the VM's tree between two hosts. */
    void show(Vm vm, Host from, Host to, List<PropertyRow> rows) {
        title.setText("QOM tree of " + vm.name());
        subtitle.setText(side(from, vm) + "  →  " + side(to, vm));
        model = new QomTreeModel(vm.root(), rows);
        long differing = rows.stream().filter(PropertyRow::differs).count();
        long oneSided = rows.stream().filter(PropertyRow::unknownOnOneSideOnly).count();
        diffCount.setText(differing + " of " + rows.size() + " differ");
        diffCount.setTooltip(new Tooltip(differing + " of the VM's " + rows.size() + " properties have a different"
                + " effective value on the two builds" + (oneSided == 0 ? "" : "; " + oneSided + " more exist on one"
                + " build only with no value known there (not counted as differences, shown with every property)")));
        refresh(null, null);
    }

    /** Selects the device (and property) of a finding and scrolls it into view. */
    void reveal(String path, String property) {
        refresh(path, property);
    }

    private void refresh(String path, String property) {
        TreeItem<QomEntry> keep = table.getSelectionModel().getSelectedItem();
        String wantPath = path != null ? path : keep == null ? null : keep.getValue().path();
        String wantProp = path != null ? property : keep == null || !keep.getValue().isProperty() ? null : keep.getValue().name();
        TreeItem<QomEntry> root = model == null ? null : model.build(onlyDiff.isSelected(), search.getText());
        // expand the way to the hit before the table sees the new tree: expanding afterwards could leave the
        // table's row count stale for the select below, which then picked a neighbouring row
        TreeItem<QomEntry> hit = wantPath == null || root == null ? null : QomTreeModel.find(root, wantPath, wantProp);
        if (hit != null) for (TreeItem<QomEntry> p = hit.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
        table.setRoot(root);
        if (hit == null) return;
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().select(hit);
        int row = table.getRow(hit);
        Platform.runLater(() -> table.scrollTo(Math.max(0, row - 3)));
        if (path != null) table.requestFocus();
    }

    private void showProvenance(TreeItem<QomEntry> item) {
        if (item == null || !item.getValue().isProperty()) {
            provenance.setText(item == null ? "" : item.getValue().path() + "  (" + item.getValue().type() + ")");
            return;
        }
        PropertyRow r = item.getValue().row();
        provenance.setText(r.path() + " · " + r.property() + "\nsource: " + explain(r.source())
                + "\ndestination: " + explain(r.destination()));
    }

    private static String explain(PropertyRow.Side s) {
        if (s == null) return "property does not exist on this build";
        return value(s) + " — " + s.describe() + (s.provenance() == null ? "" : " — " + s.provenance());
    }

    private static String side(Host h, Vm vm) {
        return h.name() + " (QEMU " + (h.build() == null ? "?" : h.build().version()) + ")";
    }

    private static String value(PropertyRow.Side s) {
        return s == null ? "(absent)" : s.value() == null ? "(no value)" : s.value();
    }

    private static String origin(PropertyRow.Side s) {
        return s == null ? "—" : s.origin();
    }

    private static TreeTableColumn<QomEntry, String> column(String title, double width, Function<QomEntry, String> f) {
        TreeTableColumn<QomEntry, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue() == null ? "" : f.apply(cd.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        return c;
    }
}
