package org.qompat.ui.details;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** A titled card of the details view, and the column factory its tables share. */
final class Section {

    private Section() {
    }

    static VBox card(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        VBox box = new VBox(8, t);
        box.getChildren().addAll(content);
        box.getStyleClass().add("details-card");
        return box;
    }

    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        return org.qompat.ui.common.TextColumns.of(title, width, value);
    }

    /** A table sized to show up to {@code rows} rows before it scrolls. */
    static <S> TableView<S> table(int rows) {
        TableView<S> t = new TableView<>();
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(28);
        t.setPrefHeight(34 + 28 * rows);
        t.setMinHeight(34 + 28 * Math.min(rows, 3));
        return t;
    }

    static Label value(String text) {
        Label l = new Label(text == null || text.isBlank() ? "—" : text);
        l.getStyleClass().add("fact-value");
        l.setWrapText(true);
        return l;
    }

    static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fact-key");
        return l;
    }
}
