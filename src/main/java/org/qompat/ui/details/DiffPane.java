package org.qompat.ui.details;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Two hosts or two builds side by side, differences highlighted, with an "only differences" switch. */
final class DiffPane extends VBox {

    private final TableView<DiffRow> table = new TableView<>();
    private final ToggleSwitch onlyDiff = new ToggleSwitch("Only differences");

    DiffPane(String titleA, String titleB, List<DiffRow> rows) {
        setSpacing(10);
        getStyleClass().addAll("details-content", "diff-pane");
        long differing = rows.stream().filter(DiffRow::differs).count();
        Label title = new Label(titleA + "  ⇄  " + titleB);
        title.setId("details-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label(differing + " of " + rows.size() + " facts differ");
        count.setId("diff-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        onlyDiff.setId("diff-only-differences");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, count, spacer, onlyDiff);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("details-diff");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Section.column("Section", 170, DiffRow::section));
        table.getColumns().add(Section.column("Fact", 230, DiffRow::item));
        table.getColumns().add(Section.column(titleA, 240, DiffRow::a));
        table.getColumns().add(Section.column(titleB, 240, DiffRow::b));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DiffRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("differs");
                if (!empty && item != null && item.differs()) getStyleClass().add("differs");
            }
        });
        FilteredList<DiffRow> filtered = new FilteredList<>(FXCollections.observableArrayList(rows));
        onlyDiff.selectedProperty().addListener((o, a, on) -> filtered.setPredicate(on ? DiffRow::differs : null));
        onlyDiff.setSelected(true);
        filtered.setPredicate(DiffRow::differs);
        table.setItems(filtered);
        table.setPlaceholder(new Label("No differences"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, bar, table);
    }
}
