package org.qompat.ui.matrix;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The matrix view: the cell area is one viewport-sized image whose pixels {@link MatrixRenderer} writes directly
 * (colours, grid, hatching, glyphs, marks), shown through a {@link PixelSurface} so each frame is a single image
 * copy for the software pipeline; the host labels are pixel strips too ({@link HeaderLabels}; the column strip is turned by −90°), and
 * the class bands are two small canvases (top strip with the corner, left strip). Only the visible region is ever painted, so the cost of a frame depends on the window, not the fleet.
 * Repaints requested within one pulse are coalesced into one.
 */
public final class MatrixCanvas extends Region {

    private final MatrixModel model;
    private final Canvas topHeaders = new Canvas();
    private final Canvas leftHeaders = new Canvas();
    /** Destination labels drawn horizontally and shown turned by −90°. */
    private final PixelSurface columnLabels = new PixelSurface();
    private final PixelSurface cells = new PixelSurface();
    private final PixelSurface rowLabels = new PixelSurface();
    private final MatrixRenderer renderer = new MatrixRenderer();
    private final HeaderLabels labels = new HeaderLabels();
    private double[] columnLabelsAt = {-1, -1};
    private Object lastBandKey;
    private double viewWidth;
    private double viewHeight;
    private final MatrixViewport viewport = new MatrixViewport();
    private final ObjectProperty<MatrixTheme> theme = new SimpleObjectProperty<>(MatrixTheme.LIGHT);
    /** Bumped after every change of zoom or scroll, so scrollbars and overlays can follow. */
    private final ReadOnlyLongWrapper viewportStamp = new ReadOnlyLongWrapper();
    private final HeaderRenderer headers = new HeaderRenderer();
    private MatrixLayout layout = MatrixLayout.forLabelWidth(80);
    private boolean redrawPending;
    /** Until the user zooms or pans, the matrix keeps fitting the window as it is resized. */
    private boolean autoFit = true;

    public MatrixCanvas(MatrixModel model) {
        this.model = model;
        getStyleClass().add("matrix-canvas");
        getChildren().addAll(cells.view(), topHeaders, columnLabels.view(), leftHeaders, rowLabels.view());
        setFocusTraversable(true);
        setMinSize(120, 120);
        model.axisProperty().addListener((obs, old, axis) -> axisChanged(old, axis));
        model.pairsProperty().addListener((obs, old, p) -> requestRedraw());
        model.hoverProperty().addListener((obs, old, h) -> requestRedraw());
        model.cursorProperty().addListener((obs, old, c) -> {
            if (c != null) {
                viewport.ensureVisible(c.row(), c.col());
                viewportChanged();
            }
            requestRedraw();
        });
        theme.addListener((obs, old, t) -> requestRedraw());
        axisChanged(null, model.getAxis());
    }

    public ObjectProperty<MatrixTheme> themeProperty() {
        return theme;
    }

    public MatrixViewport viewport() {
        return viewport;
    }

    public MatrixLayout matrixLayout() {
        return layout;
    }

    public MatrixModel model() {
        return model;
    }

    public ReadOnlyLongProperty viewportStampProperty() {
        return viewportStamp.getReadOnlyProperty();
    }

    /** Call after the user changed the viewport: stops fitting on resize, notifies followers, repaints. */
    public void userMovedViewport() {
        autoFit = false;
        viewportChanged();
    }

    /** Call after changing the viewport directly: notifies followers and repaints. */
    public void viewportChanged() {
        viewportStamp.set(viewportStamp.get() + 1);
        requestRedraw();
    }

    public void fitToWindow() {
        autoFit = true;
        viewport.fit();
        viewportChanged();
    }

    /** The cell at canvas coordinates, or null outside the cell area. */
    public CellRef cellAt(double x, double y) {
        int r = viewport.rowAt(y - layout.top());
        int c = viewport.colAt(x - layout.left());
        return r < 0 || c < 0 ? null : new CellRef(r, c);
    }

    /** Axis index of the row header under y (source side), or -1. */
    public int rowAt(double y) {
        return viewport.rowAt(y - layout.top());
    }

    /** Axis index of the column header under x (destination side), or -1. */
    public int colAt(double x) {
        return viewport.colAt(x - layout.left());
    }

    public void requestRedraw() {
        if (redrawPending) return;
        redrawPending = true;
        Platform.runLater(() -> {
            redrawPending = false;
            renderNow();
        });
    }

    /** Paints immediately (the benchmark times this). */
    public void renderNow() {
        double w = viewWidth;
        double h = viewHeight;
        if (w <= 0 || h <= 0) return;
        MatrixTheme t = theme.get();
        MatrixAxis axis = model.getAxis();
        CellRef hover = model.hoverProperty().get();
        CellRef cursor = model.getCursor();
        ensureSurfaces(w, h);
        MatrixSource src = model.getSource();
        if (cells.width() > 0) {
            renderer.paint(cells.pixels(), cells.width(), cells.height(), viewport, axis, model.getPairs(), t, hover,
                    cursor, (int) layout.left(), (int) layout.top());
            cells.commit();
        }
        if (rowLabels.width() > 0) {
            labels.paintRows(rowLabels.pixels(), rowLabels.width(), rowLabels.height(), viewport, axis, src, t, hover, cursor);
            rowLabels.commit();
        }
        if (columnLabels.width() > 0) {
            labels.paintColumns(columnLabels.pixels(), columnLabels.width(), columnLabels.height(), viewport, axis, src, t,
                    hover, cursor);
            columnLabels.commit();
        }
        // the class bands change only with the viewport, the axis or the theme: not when hover or cursor move
        java.util.List<Object> bandKey = java.util.List.of(viewport.scrollX(), viewport.scrollY(), viewport.cellSize(),
                w, h, layout, t, axis == null ? "" : axis, src == null ? "" : src);
        if (!bandKey.equals(lastBandKey)) {
            lastBandKey = bandKey;
            headers.paintTop(topHeaders.getGraphicsContext2D(), viewport, layout, axis, src, t, w);
            headers.paintLeft(leftHeaders.getGraphicsContext2D(), viewport, layout, axis, src, t, h);
        }
    }

    /** Sizes and places the header strips and the cell image for the current layout (reused while unchanged). */
    private void ensureSurfaces(double w, double h) {
        double left = layout.left();
        double top = layout.top();
        double cellsH = Math.max(0, h - top);
        resize(topHeaders, w, top);
        resize(leftHeaders, layout.rowGroupWidth(), cellsH);
        topHeaders.relocate(0, 0);
        leftHeaders.relocate(0, top);
        cells.ensureSize(w - left, cellsH);
        cells.view().relocate(left, top);
        rowLabels.ensureSize(layout.rowLabelWidth(), cellsH);
        rowLabels.view().relocate(layout.rowGroupWidth(), top);
        columnLabels.ensureSize(layout.colLabelHeight(), w - left);
        // strip (p, q) → view (left + q, top − p): turned −90° with its origin at the cells' top-left corner
        if (columnLabelsAt[0] != left || columnLabelsAt[1] != top) {
            columnLabelsAt = new double[] {left, top};
            columnLabels.view().getTransforms().setAll(new javafx.scene.transform.Affine(0, 1, left, -1, 0, top));
        }
    }

    private static void resize(Canvas c, double w, double h) {
        if (c.getWidth() != w) c.setWidth(w);
        if (c.getHeight() != h) c.setHeight(h);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (viewWidth != w || viewHeight != h) {
            viewWidth = w;
            viewHeight = h;
            viewport.setSize(w - layout.left(), h - layout.top());
            if (autoFit) viewport.fit();
            viewportChanged();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
    }

    private void axisChanged(MatrixAxis old, MatrixAxis axis) {
        layout = MatrixLayout.forLabelWidth(longestLabel(axis));
        viewport.setSize(viewWidth - layout.left(), viewHeight - layout.top());
        boolean newData = old == null || axis == null || model.getSource() == null
                || old.groups().size() != axis.groups().size();
        viewport.setCells(axis == null ? 0 : axis.size());
        if (newData) autoFit = true;
        if (autoFit) viewport.fit();
        viewportChanged();
    }

    /** Width of the longest header label, measured once per axis with the header font. */
    private double longestLabel(MatrixAxis axis) {
        MatrixSource src = model.getSource();
        if (axis == null || axis.size() == 0 || src == null) return 60;
        // the longest string is not always the widest ("lab-qemu100" vs "east-r1-n01"): measure every label
        // within a few characters of the longest, which stays cheap on 2,000 hosts
        int maxLength = 0;
        for (int i = 0; i < axis.size(); i++) maxLength = Math.max(maxLength, entryLabel(axis, src, i).length());
        double widest = 0;
        java.util.Set<String> measured = new java.util.HashSet<>();
        for (int i = 0; i < axis.size() && measured.size() < 400; i++) {
            String label = entryLabel(axis, src, i);
            if (label.length() >= maxLength - 3 && measured.add(label)) widest = Math.max(widest, measure(label));
        }
        return widest;
    }

    private static String entryLabel(MatrixAxis axis, MatrixSource src, int i) {
        return axis.isClassEntry(i) ? src.classLabel(axis.classAt(i)) : src.hostName(axis.hostAt(i));
    }

    private static double measure(String text) {
        Text t = new Text(text);
        t.setFont(Font.font(null, 12));
        return t.getLayoutBounds().getWidth();
    }
}
