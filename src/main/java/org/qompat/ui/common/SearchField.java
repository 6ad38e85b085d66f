package org.qompat.ui.common;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.Cursor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A text field with a search icon and a clear button that shows while there is text (AtlantaFX styled). */
public final class SearchField {

    private SearchField() {
    }

    public static CustomTextField create(String prompt) {
        CustomTextField field = new CustomTextField();
        field.setPromptText(prompt);
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        FontIcon clear = new FontIcon(Material2AL.CLOSE);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> field.clear());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setRight(clear);
        return field;
    }
}
