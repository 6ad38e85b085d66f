package org.qompat.ui.drill;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.engine.Finding;
import org.qompat.model.Provenance;
import org.qompat.ui.common.VerdictBadge;

/**
 * Every finding of one VM for the selected pair (blockers first) and, below, the selected finding in full:
 * message, the value on each side and where each came from, with a button into the QOM tree.
 */
final class FindingsPane extends VBox {

    private final Label heading = new Label("Findings");
    private final TableView<Finding> table = new TableView<>();
    private final Label message = new Label();
    private final Label sourceValue = new Label();
    private final Label sourceProv = new Label();
    private final Label destValue = new Label();
    private final Label destProv = new Label();
    private final Button openTree = new Button("Show in QOM tree", new FontIcon(Material2AL.ACCOUNT_TREE));
    private final VBox detail;

    FindingsPane(Consumer<Finding> showInTree) {
        getStyleClass().add("findings-pane");
        heading.getStyleClass().add("section-title");
        table.setId("drill-findings");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Select a VM to see its findings"));
        // both values share one column ("off → true"): with a column each, Message had no room left at the
        // default width; the detail box below spells each value out with where it came from
        table.getColumns().add(Cells.badge("Severity", 118, f -> VerdictBadge.statusOf(f.severity())));
        table.getColumns().add(Cells.text("Rule", 126, f -> f.rule().id()));
        table.getColumns().add(Cells.text("Where", 140, FindingsPane::where));
        table.getColumns().add(Cells.text("Source → dest.", 116, FindingsPane::values));
        table.getColumns().add(Cells.text("Message", 320, Finding::message));
        for (int i = 0; i < 4; i++) table.getColumns().get(i).setMinWidth(table.getColumns().get(i).getPrefWidth());
        VBox.setVgrow(table, Priority.ALWAYS);

        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        message.setId("finding-message");
        sourceValue.setId("finding-source-value");
        destValue.setId("finding-destination-value");
        for (Label l : new Label[] {sourceProv, destProv}) {
            l.getStyleClass().add("provenance");
            l.setWrapText(true);
        }
        GridPane values = new GridPane();
        values.getStyleClass().add("finding-values");
        values.setHgap(10);
        values.setVgap(3);
        values.addRow(0, muted("Source"), sourceValue, sourceProv);
        values.addRow(1, muted("Destination"), destValue, destProv);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints value = new javafx.scene.layout.ColumnConstraints();
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMaxWidth(220);
        javafx.scene.layout.ColumnConstraints rest = new javafx.scene.layout.ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        rest.setMinWidth(0);
        values.getColumnConstraints().addAll(fixed, value, rest);
        for (Label l : new Label[] {sourceValue, destValue}) {
            l.getStyleClass().add("finding-value");
            l.setWrapText(true);
        }
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        openTree.setId("show-in-qom-tree");
        openTree.getStyleClass().add(Styles.ACCENT);
        openTree.setOnAction(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f != null) showInTree.accept(f);
        });
        HBox actions = new HBox(openTree);
        actions.setAlignment(Pos.CENTER_RIGHT);
        detail = new VBox(6, message, values, actions);
        detail.getStyleClass().add("finding-detail");
        detail.setVisible(false);
        detail.setManaged(false);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> showDetail(f));
        table.setOnMouseClicked(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && f != null) showInTree.accept(f);
        });
        table.setOnKeyPressed(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && f != null) showInTree.accept(f);
        });
        getChildren().addAll(heading, table, detail);
    }

    TableView<Finding> table() {
        return table;
    }

    void show(VmVerdictRow row) {
        if (row == null) {
            heading.setText("Findings");
            table.getItems().clear();
            return;
        }
        heading.setText("Findings for " + row.vm().name() + " (" + row.findings().size() + ")");
        table.getItems().setAll(row.findings());
        if (!row.findings().isEmpty()) table.getSelectionModel().select(0);
    }

    private void showDetail(Finding f) {
        detail.setVisible(f != null);
        detail.setManaged(f != null);
        if (f == null) return;
        message.setText(f.message());
        sourceValue.setText(blankAsDash(f.sourceValue()));
        destValue.setText(blankAsDash(f.destinationValue()));
        showProvenance(sourceProv, f.sourceProvenance());
        showProvenance(destProv, f.destinationProvenance());
        openTree.setDisable(f.path() == null || f.path().isBlank());
    }

    static String values(Finding f) {
        boolean none = (f.sourceValue() == null || f.sourceValue().isBlank())
                && (f.destinationValue() == null || f.destinationValue().isBlank());
        return none ? "" : blankAsDash(f.sourceValue()) + " → " + blankAsDash(f.destinationValue());
    }

    /** The device's own name and the property ("net0 · host_uso"); the full QOM path is in the tooltip and below. */
    static String where(Finding f) {
        String path = f.path() == null ? "" : f.path();
        if (path.startsWith("/") && path.lastIndexOf('/') > 0) path = path.substring(path.lastIndexOf('/') + 1);
        String prop = f.property() == null || f.property().isBlank() ? "" : (path.isEmpty() ? "" : " · ") + f.property();
        return path + prop;
    }

    /** The file's name and the position in it; the full path is one hover away (it is long and mostly the same). */
    private static void showProvenance(Label label, Provenance p) {
        String full = p == null ? "" : p.toString();
        String shown = full;
        if (p != null && p.isKnown()) {
            String name = p.file().substring(p.file().lastIndexOf('/') + 1);
            shown = p.location().isEmpty() ? name : name + " @ " + p.location();
        }
        label.setText(shown);
        label.setTooltip(full.isEmpty() ? null : new javafx.scene.control.Tooltip(full));
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
