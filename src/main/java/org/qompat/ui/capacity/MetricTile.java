package org.qompat.ui.capacity;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A headline number with an icon, a caption and a one-line detail. */
final class MetricTile extends HBox {

    private final Label value = new Label("–");
    private final Label detail = new Label();

    MetricTile(String id, Ikon icon, String caption) {
        setId(id);
        getStyleClass().add("plan-card");
        setSpacing(12);
        FontIcon i = new FontIcon(icon);
        i.setIconSize(28);
        i.getStyleClass().add("plan-metric-icon");
        value.getStyleClass().add("plan-metric-value");
        value.setId(id + "-value");
        Label c = new Label(caption);
        c.getStyleClass().add("plan-metric-caption");
        detail.getStyleClass().add("plan-metric-caption");
        detail.setId(id + "-detail");
        getChildren().addAll(i, new VBox(2, c, value, detail));
        setMinWidth(200);
    }

    void show(String v, String d) {
        value.setText(v);
        detail.setText(d);
    }
}
