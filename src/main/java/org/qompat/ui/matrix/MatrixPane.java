package org.qompat.ui.matrix;

import java.util.function.IntConsumer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The matrix canvas with scrollbars that follow its viewport (and drive it), and the hover card overlay.
 */
public final class MatrixPane extends BorderPane {

    private final MatrixCanvas canvas;
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final MatrixHoverCard card = new MatrixHoverCard();
    private boolean syncing;

    public MatrixPane(MatrixModel model, Runnable drillDown, IntConsumer hostDetails) {
        getStyleClass().add("matrix-pane");
        canvas = new MatrixCanvas(model);
        MatrixInteraction.install(canvas, drillDown, hostDetails);
        vbar.setOrientation(Orientation.VERTICAL);
        Pane overlay = new Pane(card);
        overlay.setMouseTransparent(true);
        VBox empty = emptyState();
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.getAxis() == null || model.getAxis().size() == 0, model.axisProperty()));
        StackPane stack = new StackPane(canvas, overlay, empty);
        setCenter(stack);
        setRight(vbar);
        setBottom(hbar);
        canvas.viewportStampProperty().addListener((obs, o, n) -> syncBars());
        hbar.valueProperty().addListener((obs, o, v) -> barMoved());
        vbar.valueProperty().addListener((obs, o, v) -> barMoved());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> updateCard(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> card.setVisible(false));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> card.setVisible(false));
        model.pairsProperty().addListener((obs, o, p) -> card.setVisible(false));
        model.axisProperty().addListener((obs, o, a) -> card.setVisible(false));
    }

    /** What an empty matrix says: how to get a fleet in. */
    private static VBox emptyState() {
        Label title = new Label("No hosts to show");
        title.getStyleClass().add("empty-title");
        Label hint = new Label("Open files or a folder with File → Open (Ctrl+O), or drop them on the window.\n"
                + "Host platform dumps, VM QOM trees, QMP answers and -dump-vmstate files are recognised by content.");
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(8, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.GRID_ON), title, hint);
        box.getStyleClass().add("matrix-empty");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setMouseTransparent(true);
        return box;
    }

    public MatrixCanvas canvas() {
        return canvas;
    }

    /** Shows the hover card for the cell under the pointer (also used for the keyboard cursor). */
    private void updateCard(double x, double y) {
        CellRef cell = canvas.cellAt(x, y);
        MatrixModel model = canvas.model();
        if (cell == null || model.getPairs() == null) {
            card.setVisible(false);
            return;
        }
        card.show(model, cell, x, y, canvas.getWidth(), canvas.getHeight());
    }

    private void syncBars() {
        syncing = true;
        try {
            MatrixViewport vp = canvas.viewport();
            configure(hbar, vp.maxScrollX(), vp.width(), vp.scrollX(), vp.cellSize());
            configure(vbar, vp.maxScrollY(), vp.height(), vp.scrollY(), vp.cellSize());
        } finally {
            syncing = false;
        }
    }

    private static void configure(ScrollBar bar, double max, double visible, double value, double cell) {
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(max <= 0 ? 1 : visible * max / (max + visible));
        bar.setUnitIncrement(Math.max(cell, 8));
        bar.setBlockIncrement(Math.max(visible * 0.9, cell));
        bar.setValue(value);
        bar.setDisable(max <= 0);
    }

    private void barMoved() {
        if (syncing) return;
        canvas.viewport().scrollTo(hbar.getValue(), vbar.getValue());
        canvas.userMovedViewport();
    }
}
