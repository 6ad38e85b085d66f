package org.qompat.ui.drill;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.qompat.engine.VerdictStatus;
import org.qompat.ui.common.VerdictBadge;

/** Small factories for table columns used by the drill-down tables. */
final class Cells {

    private Cells() {
    }

    static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        return org.qompat.ui.common.TextColumns.of(title, width, value);
    }

    static <S> TableColumn<S, VerdictStatus> badge(String title, double width, Function<S, VerdictStatus> value) {
        TableColumn<S, VerdictStatus> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(VerdictStatus item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(VerdictBadge.glyph(item) + " " + item.name());
                VerdictBadge.style(badge, item);
                setGraphic(badge);
            }
        });
        return c;
    }
}
