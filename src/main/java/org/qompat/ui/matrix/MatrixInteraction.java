package org.qompat.ui.matrix;

import java.util.function.IntConsumer;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, touchpad and keyboard on the matrix canvas. Click selects a cell (the drill-down follows the
 * selection); drag pans; the wheel scrolls and Ctrl+wheel or a pinch zooms around the pointer; a click on a
 * class band expands or collapses it; a double click on a host label opens its details. Keys: arrows move the
 * selection (Shift: by 10), Enter drills down, +/− zoom, 0 fits, Space expands/collapses the class under the
 * selection, Home/End jump to the first/last cell.
 */
final class MatrixInteraction {

    private static final double DRAG_THRESHOLD = 4;

    private final MatrixCanvas view;
    private final MatrixModel model;
    private final Runnable drillDown;
    private final IntConsumer hostDetails;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    private MatrixInteraction(MatrixCanvas view, Runnable drillDown, IntConsumer hostDetails) {
        this.view = view;
        this.model = view.model();
        this.drillDown = drillDown;
        this.hostDetails = hostDetails;
    }

    /** Wires the handlers; {@code drillDown} runs on Enter, {@code hostDetails} gets a host index. */
    static void install(MatrixCanvas view, Runnable drillDown, IntConsumer hostDetails) {
        MatrixInteraction i = new MatrixInteraction(view, drillDown, hostDetails);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, i::moved);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> i.model.setHover(null));
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, i::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, i::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> view.setCursor(Cursor.DEFAULT));
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, i::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, i::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, i::pinched);
        view.addEventHandler(KeyEvent.KEY_PRESSED, i::keyPressed);
    }

    private void moved(MouseEvent e) {
        model.setHover(view.cellAt(e.getX(), e.getY()));
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            view.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            view.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
            view.userMovedViewport();
            model.setHover(null);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void clicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) return;
        MatrixAxis axis = model.getAxis();
        if (axis == null) return;
        MatrixLayout lay = view.matrixLayout();
        switch (lay.zoneAt(e.getX(), e.getY(), view.getWidth(), view.getHeight())) {
            case CELLS -> {
                CellRef cell = view.cellAt(e.getX(), e.getY());
                if (cell != null) model.setCursor(cell);
                if (cell != null && e.getClickCount() == 2) drillDown.run();
            }
            case ROW_GROUP -> toggle(axis, view.rowAt(e.getY()));
            case COL_GROUP -> toggle(axis, view.colAt(e.getX()));
            case ROW_LABEL -> labelClicked(axis, view.rowAt(e.getY()), e.getClickCount());
            case COL_LABEL -> labelClicked(axis, view.colAt(e.getX()), e.getClickCount());
            default -> { }
        }
    }

    private void toggle(MatrixAxis axis, int index) {
        if (index >= 0) model.toggleClass(axis.classAt(index));
    }

    private void labelClicked(MatrixAxis axis, int index, int clicks) {
        if (index < 0) return;
        if (axis.isClassEntry(index)) model.toggleClass(axis.classAt(index));
        else if (clicks == 2) hostDetails.accept(axis.hostAt(index));
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoom(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else {
            double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            double dy = e.isShiftDown() && e.getDeltaX() == 0 ? 0 : e.getDeltaY();
            view.viewport().panBy(dx, dy);
            view.userMovedViewport();
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        zoom(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    /** Zooms keeping the cell under (x, y) in place; points over the headers zoom around the cell area corner. */
    void zoom(double factor, double x, double y) {
        MatrixLayout lay = view.matrixLayout();
        double cx = Math.max(0, x - lay.left());
        double cy = Math.max(0, y - lay.top());
        view.viewport().zoomAround(factor, cx, cy);
        view.userMovedViewport();
    }

    private void keyPressed(KeyEvent e) {
        int step = e.isShiftDown() ? 10 : 1;
        MatrixViewport vp = view.viewport();
        boolean handled = true;
        switch (e.getCode()) {
            case UP -> model.moveCursor(-step, 0);
            case DOWN -> model.moveCursor(step, 0);
            case LEFT -> model.moveCursor(0, -step);
            case RIGHT -> model.moveCursor(0, step);
            case PAGE_UP -> model.moveCursor(-pageRows(vp), 0);
            case PAGE_DOWN -> model.moveCursor(pageRows(vp), 0);
            case HOME -> model.setCursor(new CellRef(0, 0));
            case END -> model.moveCursor(Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2);
            case ENTER -> {
                if (model.getCursor() == null) model.moveCursor(0, 0);
                drillDown.run();
            }
            case SPACE -> {
                CellRef c = model.getCursor();
                if (c != null) model.toggleClass(model.getAxis().classAt(c.row()));
            }
            case PLUS, ADD, EQUALS -> zoomAtCenter(1.25);
            case MINUS, SUBTRACT -> zoomAtCenter(0.8);
            case DIGIT0, NUMPAD0 -> view.fitToWindow();
            default -> handled = false;
        }
        if (handled) e.consume();
    }

    private void zoomAtCenter(double factor) {
        MatrixViewport vp = view.viewport();
        vp.zoomAround(factor, vp.width() / 2, vp.height() / 2);
        view.userMovedViewport();
    }

    private static int pageRows(MatrixViewport vp) {
        return Math.max(1, (int) (vp.height() / vp.cellSize()) - 1);
    }
}
