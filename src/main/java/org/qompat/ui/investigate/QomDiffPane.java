package org.qompat.ui.investigate;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.investigate.QomAlignedNode;
import org.qompat.engine.investigate.QomAlignedProperty;
import org.qompat.engine.investigate.QomDifference;
import org.qompat.engine.investigate.QomTreeDiff;
import org.qompat.io.FileImporter;
import org.qompat.io.Imported;

/**
 * The VM's QOM tree on both sides, aligned by QOM path: the source's effective values next to the
 * destination's (or two opened VM files), differences marked by glyph and colour, with an "only differences"
 * switch and a search box.
 */
final class QomDiffPane extends VBox {

    private final TreeTableView<DiffRow> table = new TreeTableView<>();
    private final ToggleSwitch onlyDifferences = new ToggleSwitch("Only differences");
    private final CustomTextField search = new CustomTextField();
    private final Label summary = new Label();
    private final TreeTableColumn<DiffRow, String> leftCol = new TreeTableColumn<>("Left");
    private final TreeTableColumn<DiffRow, String> rightCol = new TreeTableColumn<>("Right");
    private final InvestigateModel model;
    private File leftFile;

    QomDiffPane(InvestigateModel model) {
        this.model = model;
        getStyleClass().add("qom-diff-pane");
        setSpacing(8);
        setPadding(new Insets(12));
        onlyDifferences.setSelected(true);
        onlyDifferences.setId("investigate-only-differences");
        search.setPromptText("Filter by path or property");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.setPrefColumnCount(18);
        Button openLeft = new Button("Left VM…", new FontIcon(Material2AL.FOLDER_OPEN));
        Button openRight = new Button("Right VM…", new FontIcon(Material2AL.FOLDER_OPEN));
        openLeft.getStyleClass().add(Styles.SMALL);
        openRight.getStyleClass().add(Styles.SMALL);
        openLeft.setOnAction(e -> leftFile = choose("left"));
        openRight.setOnAction(e -> compareFiles(leftFile, choose("right")));
        HBox bar = new HBox(10, onlyDifferences, search, new Spacer(), openLeft, openRight);
        bar.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, "qom-summary");
        summary.setWrapText(true);

        table.setId("investigate-qom-table");
        table.setShowRoot(true);
        table.getStyleClass().addAll(Styles.DENSE, "qom-table");
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<DiffRow, String> mark = column("", DiffRow::mark, 30);
        mark.getStyleClass().add("mark-column");
        mark.setMinWidth(30);
        mark.setMaxWidth(30);
        mark.setResizable(false);
        TreeTableColumn<DiffRow, String> name = column("QOM path / property", DiffRow::name, 250);
        name.setMinWidth(200);
        leftCol.setCellValueFactory(c -> value(c.getValue(), DiffRow::left));
        rightCol.setCellValueFactory(c -> value(c.getValue(), DiffRow::right));
        leftCol.setPrefWidth(200);
        rightCol.setPrefWidth(200);
        leftCol.setMinWidth(140);
        rightCol.setMinWidth(140);
        TreeTableColumn<DiffRow, String> origin = column("Where the values come from", DiffRow::origins, 320);
        table.getColumns().addAll(List.of(name, mark, leftCol, rightCol, origin));
        table.setTreeColumn(name);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(DiffRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("diff-only-left", "diff-only-right", "diff-changed", "diff-same",
                        "node-row", "property-row");
                if (!empty && row != null) getStyleClass().addAll(row.styleClass(), row.isNode() ? "node-row"
                        : "property-row");
            }
        });
        table.setPlaceholder(placeholder());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, summary, table);

        model.qomDiffProperty().addListener((o, a, d) -> render(d));
        onlyDifferences.selectedProperty().addListener((o, a, b) -> render(model.qomDiffProperty().get()));
        search.textProperty().addListener((o, a, b) -> render(model.qomDiffProperty().get()));
        render(null);
    }

    TreeTableView<DiffRow> table() {
        return table;
    }

    private static TreeTableColumn<DiffRow, String> column(String title, Function<DiffRow, String> f, double w) {
        TreeTableColumn<DiffRow, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(cell -> value(cell.getValue(), f));
        c.setPrefWidth(w);
        return c;
    }

    private static ReadOnlyStringWrapper value(TreeItem<DiffRow> item, Function<DiffRow, String> f) {
        return new ReadOnlyStringWrapper(item == null || item.getValue() == null ? "" : f.apply(item.getValue()));
    }

    private static Label placeholder() {
        Label l = new Label("Pick the VM and its two hosts (or open two VM files) to see its QOM tree on both sides.");
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private void render(QomTreeDiff d) {
        if (d == null) {
            table.setRoot(null);
            summary.setText("");
            leftCol.setText("Left");
            rightCol.setText("Right");
            return;
        }
        leftCol.setText(d.left().label());
        rightCol.setText(d.right().label());
        Map<QomDifference.Kind, Integer> c = d.counts();
        summary.setText(String.format("%d node(s) only left, %d only right, %d type change(s); %d propert%s only "
                        + "left, %d only right, %d value(s) differ.", c.get(QomDifference.Kind.NODE_ONLY_LEFT),
                c.get(QomDifference.Kind.NODE_ONLY_RIGHT), c.get(QomDifference.Kind.TYPE_DIFFERS),
                c.get(QomDifference.Kind.PROPERTY_ONLY_LEFT), c.get(QomDifference.Kind.PROPERTY_ONLY_LEFT) == 1
                        ? "y" : "ies", c.get(QomDifference.Kind.PROPERTY_ONLY_RIGHT),
                c.get(QomDifference.Kind.VALUE_DIFFERS)));
        table.setRoot(build(d.nodes(), onlyDifferences.isSelected(), search.getText()));
    }

    /** Builds the tree from the depth-first node list; with a filter, a node stays when it or a descendant fits. */
    static TreeItem<DiffRow> build(List<QomAlignedNode> nodes, boolean onlyDiffs, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        boolean[] keep = new boolean[nodes.size()];
        for (int i = nodes.size() - 1; i >= 0; i--) {
            QomAlignedNode n = nodes.get(i);
            boolean self = (!onlyDiffs || n.differs()) && (q.isEmpty() || n.path().toLowerCase(Locale.ROOT)
                    .contains(q) || n.properties().stream().anyMatch(p -> p.name().toLowerCase(Locale.ROOT)
                    .contains(q)));
            for (int j = i + 1; j < nodes.size() && nodes.get(j).depth() > n.depth(); j++) {
                if (nodes.get(j).depth() == n.depth() + 1 && keep[j]) {
                    self = true;
                    break;
                }
            }
            keep[i] = self;
        }
        TreeItem<DiffRow> root = null;
        Deque<TreeItem<DiffRow>> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        for (int i = 0; i < nodes.size(); i++) {
            QomAlignedNode n = nodes.get(i);
            while (!depths.isEmpty() && depths.peek() >= n.depth()) {
                depths.pop();
                stack.pop();
            }
            if (!keep[i] && i > 0) continue;
            TreeItem<DiffRow> item = new TreeItem<>(new DiffRow(n, null));
            for (QomAlignedProperty p : n.properties()) {
                if (onlyDiffs && !p.differs()) continue;
                if (!q.isEmpty() && !p.name().toLowerCase(Locale.ROOT).contains(q)
                        && !n.path().toLowerCase(Locale.ROOT).contains(q)) continue;
                item.getChildren().add(new TreeItem<>(new DiffRow(n, p)));
            }
            item.setExpanded(onlyDiffs || !q.isEmpty() || n.depth() < 2);
            if (stack.isEmpty()) root = item;
            else stack.peek().getChildren().add(item);
            stack.push(item);
            depths.push(n.depth());
        }
        return root;
    }

    private File choose(String side) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open the " + side + " VM (qompat.vm JSON, qom-tree text, info qom-tree)");
        return fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
    }

    private void compareFiles(File left, File right) {
        if (left == null || right == null) {
            summary.setText("Open the left VM first, then the right one.");
            return;
        }
        try {
            Imported a = FileImporter.read(left.toPath(), left.getName(), null);
            Imported b = FileImporter.read(right.toPath(), right.getName(), null);
            if (a instanceof Imported.VmFile va && b instanceof Imported.VmFile vb) {
                model.showDiff(QomTreeDiff.compare(left.getName(), va.vm().root(), right.getName(), vb.vm().root()));
            } else {
                summary.setText("Both files must be VMs (qompat.vm JSON, qom-tree text or HMP info qom-tree).");
            }
        } catch (Exception e) {
            summary.setText("Could not read the VM files: " + e.getMessage());
        }
    }
}
