package org.qompat.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Read-only text columns for the views' tables: a long value is cut by the cell, so its tooltip shows it whole. */
public final class TextColumns {

    /** Values shorter than this fit any of our columns; no tooltip needed. */
    private static final int TOOLTIP_FROM = 20;

    private TextColumns() {
    }

    public static <S> TableColumn<S, String> of(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < TOOLTIP_FROM ? null : new Tooltip(item));
            }
        });
        return c;
    }
}
