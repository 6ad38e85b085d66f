package org.qompat.ui.matrix;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One viewport-sized canvas that shows the matrix: headers, cells and overlays are painted in one pass. The
 * per-cell colours live in a {@link MatrixImage} rebuilt only when the axis or the counts change; panning and
 * zooming only repaint. Repaints requested within one pulse are coalesced into one.
 */
public final class MatrixCanvas extends Region {

    /** Up to this many cells the image is coloured synchronously (a few milliseconds). */
    private static final long SYNC_IMAGE_CELLS = 250_000;
    private static final java.util.concurrent.Executor IMAGE_WORKER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matrix-image");
        t.setDaemon(true);
        return t;
    });

    private final MatrixModel model;
    private long imageGeneration;
    private final Canvas canvas = new Canvas();
    private final MatrixViewport viewport = new MatrixViewport();
    private final ObjectProperty<MatrixTheme> theme = new SimpleObjectProperty<>(MatrixTheme.LIGHT);
    /** Bumped after every change of zoom or scroll, so scrollbars and overlays can follow. */
    private final ReadOnlyLongWrapper viewportStamp = new ReadOnlyLongWrapper();
    private final HeaderRenderer headers = new HeaderRenderer();
    private MatrixLayout layout = MatrixLayout.forLabelWidth(80);
    private MatrixImage image;
    private boolean redrawPending;
    /** Until the user zooms or pans, the matrix keeps fitting the window as it is resized. */
    private boolean autoFit = true;

    public MatrixCanvas(MatrixModel model) {
        this.model = model;
        getStyleClass().add("matrix-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(120, 120);
        model.axisProperty().addListener((obs, old, axis) -> axisChanged(old, axis));
        model.pairsProperty().addListener((obs, old, p) -> rebuildImage());
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

    /** True once the per-cell image matches the current axis (large ones are coloured in the background). */
    public boolean imageCurrent() {
        MatrixAxis axis = model.getAxis();
        return axis == null || (image != null && image.size() == axis.size());
    }

    /** Paints immediately (the benchmark times this). */
    public void renderNow() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        MatrixTheme t = theme.get();
        gc.setFill(t.background());
        gc.fillRect(0, 0, w, h);
        MatrixRenderer.paint(gc, viewport, model.getAxis(), model.getPairs(), image, t, model.hoverProperty().get(),
                model.getCursor(), layout.left(), layout.top());
        headers.paint(gc, viewport, layout, model.getAxis(), model.getSource(), t,
                model.hoverProperty().get(), model.getCursor(), w, h);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
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
        viewport.setSize(canvas.getWidth() - layout.left(), canvas.getHeight() - layout.top());
        boolean newData = old == null || axis == null || model.getSource() == null
                || old.groups().size() != axis.groups().size();
        viewport.setCells(axis == null ? 0 : axis.size());
        if (newData) autoFit = true;
        if (autoFit) viewport.fit();
        viewportChanged();
        rebuildImage();
    }

    /**
     * Recolours the per-cell image. Large matrices are coloured on a worker thread (the new images are not on
     * screen yet, so filling them there is safe) and swapped in when ready; until then the old image stays.
     */
    private void rebuildImage() {
        MatrixAxis axis = model.getAxis();
        PairData pairs = model.getPairs();
        long gen = ++imageGeneration;
        if (axis == null || pairs == null) {
            image = null;
            requestRedraw();
            return;
        }
        if ((long) axis.size() * axis.size() <= SYNC_IMAGE_CELLS) {
            image = MatrixImage.of(axis.size(), MatrixImage.pixels(axis, pairs));
            requestRedraw();
            return;
        }
        java.util.concurrent.CompletableFuture
                .supplyAsync(() -> MatrixImage.of(axis.size(), MatrixImage.pixels(axis, pairs)), IMAGE_WORKER)
                .thenAccept(img -> Platform.runLater(() -> {
                    if (gen != imageGeneration) return;
                    image = img;
                    requestRedraw();
                }));
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
