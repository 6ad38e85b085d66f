package org.qompat.ui.inventory;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * An inventory row: a check box for hosts and VMs (bound to the tree item), an icon, the name and a muted
 * detail. Load problems show their error under the file name, wrapped, in the danger colour.
 */
final class InventoryCell extends TreeCell<InventoryItem> {

    private final CheckBox check = new CheckBox();
    private final FontIcon icon = new FontIcon();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox line = new HBox(6);
    private final VBox problemBox = new VBox(2);
    private final Label problemFile = new Label();
    private final Label problemText = new Label();
    private CheckBoxTreeItem<InventoryItem> bound;

    InventoryCell() {
        getStyleClass().add("inventory-cell");
        detail.getStyleClass().add("detail");
        line.setAlignment(Pos.CENTER_LEFT);
        // the tree must not scroll sideways for a host's details: the cell takes the panel's width and the
        // muted detail is cut with an ellipsis (the tooltip has it in full), the name never
        setPrefWidth(0);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.setMinWidth(0);
        problemFile.getStyleClass().add("problem-file");
        problemText.getStyleClass().add("problem-text");
        problemText.setWrapText(true);
        problemText.setMaxWidth(260);
        problemBox.getChildren().addAll(problemFile, problemText);
    }

    @Override
    protected void updateItem(InventoryItem item, boolean empty) {
        super.updateItem(item, empty);
        unbind();
        setText(null);
        setTooltip(null);
        getStyleClass().removeAll("problem", "folder");
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        icon.setIconCode(iconFor(item.kind()));
        if (item.kind() == InventoryItem.Kind.PROBLEM) {
            getStyleClass().add("problem");
            problemFile.setText(item.text());
            problemFile.setGraphic(icon);
            problemText.setText(item.detail());
            setTooltip(new Tooltip(item.text() + "\n" + item.detail()));
            setGraphic(problemBox);
            return;
        }
        if (item.kind() == InventoryItem.Kind.HOSTS || item.kind() == InventoryItem.Kind.VMS
                || item.kind() == InventoryItem.Kind.BUILDS || item.kind() == InventoryItem.Kind.PROBLEMS
                || item.kind() == InventoryItem.Kind.GROUP) {
            getStyleClass().add("folder");
        }
        name.setText(item.text());
        detail.setText(item.detail() == null ? "" : item.detail());
        line.getChildren().setAll(icon, name, detail);
        if (item.kind().checkable() && getTreeItem() instanceof CheckBoxTreeItem<InventoryItem> cbi) {
            bound = cbi;
            check.selectedProperty().bindBidirectional(cbi.selectedProperty());
            check.indeterminateProperty().bindBidirectional(cbi.indeterminateProperty());
            line.getChildren().add(0, check);
        }
        if (item.detail() != null && !item.detail().isBlank()) setTooltip(new Tooltip(item.text() + " — " + item.detail()));
        setGraphic(line);
    }

    private void unbind() {
        if (bound != null) {
            check.selectedProperty().unbindBidirectional(bound.selectedProperty());
            check.indeterminateProperty().unbindBidirectional(bound.indeterminateProperty());
            bound = null;
        }
    }

    private static Ikon iconFor(InventoryItem.Kind kind) {
        return switch (kind) {
            case HOSTS, GROUP -> Material2AL.DNS;
            case HOST -> Material2MZ.STORAGE;
            case VMS, VM -> Material2AL.COMPUTER;
            case BUILDS, BUILD -> Material2AL.DEVELOPER_BOARD;
            case PROBLEMS, PROBLEM -> Material2AL.ERROR_OUTLINE;
        };
    }
}
