package org.qompat.ui.matrix;

/**
 * The arithmetic of looking at an n × n matrix through a window: cell size (zoom), scroll offsets, hit testing
 * and zooming around a point. Coordinates are relative to the top-left corner of the cell area (right of the
 * row headers, below the column headers). No JavaFX, so the maths is unit-tested directly.
 */
public final class MatrixViewport {

    public static final double MAX_CELL = 72;
    /** Below a pixel per cell the image is downsampled; below this it stops being useful at all. */
    public static final double MIN_CELL_FLOOR = 0.05;

    private int cells;
    private double width;
    private double height;
    private double cellSize = 18;
    private double scrollX;
    private double scrollY;

    public void setCells(int n) {
        cells = Math.max(0, n);
        clamp();
    }

    public void setSize(double w, double h) {
        width = Math.max(0, w);
        height = Math.max(0, h);
        clamp();
    }

    public int cells() {
        return cells;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double cellSize() {
        return cellSize;
    }

    public double scrollX() {
        return scrollX;
    }

    public double scrollY() {
        return scrollY;
    }

    public double contentSize() {
        return cells * cellSize;
    }

    /** The smallest useful cell size: the whole matrix fits, but never larger than the maximum. */
    public double minCellSize() {
        if (cells == 0 || width <= 0 || height <= 0) return MIN_CELL_FLOOR;
        double fit = Math.min(width, height) / cells;
        return Math.max(MIN_CELL_FLOOR, Math.min(fit, 4));
    }

    public double maxScrollX() {
        return Math.max(0, contentSize() - width);
    }

    public double maxScrollY() {
        return Math.max(0, contentSize() - height);
    }

    public void setCellSize(double size) {
        cellSize = Math.max(minCellSize(), Math.min(MAX_CELL, size));
        clamp();
    }

    public void scrollTo(double x, double y) {
        scrollX = x;
        scrollY = y;
        clamp();
    }

    public void panBy(double dx, double dy) {
        scrollTo(scrollX - dx, scrollY - dy);
    }

    /**
     * Multiplies the cell size by {@code factor} keeping the matrix point under ({@code x}, {@code y}) where it is,
     * as maps and image viewers do; clamped to the allowed range.
     */
    public void zoomAround(double factor, double x, double y) {
        double contentX = (x + scrollX) / cellSize;
        double contentY = (y + scrollY) / cellSize;
        cellSize = Math.max(minCellSize(), Math.min(MAX_CELL, cellSize * factor));
        scrollX = contentX * cellSize - x;
        scrollY = contentY * cellSize - y;
        clamp();
    }

    /** Zooms so that the whole matrix fits (capped at a comfortable cell size) and scrolls to the origin. */
    public void fit() {
        if (cells == 0) return;
        double fit = Math.min(width, height) / cells;
        cellSize = Math.max(MIN_CELL_FLOOR, Math.min(Math.min(MAX_CELL, 40), fit));
        scrollX = 0;
        scrollY = 0;
        clamp();
    }

    /** The column under x, or -1 outside the matrix. */
    public int colAt(double x) {
        return indexAt(x, scrollX, width);
    }

    /** The row under y, or -1 outside the matrix. */
    public int rowAt(double y) {
        return indexAt(y, scrollY, height);
    }

    private int indexAt(double p, double scroll, double extent) {
        if (p < 0 || p >= extent || cells == 0) return -1;
        int i = (int) Math.floor((p + scroll) / cellSize);
        return i >= 0 && i < cells ? i : -1;
    }

    /** Left edge of a column on screen (may be negative or beyond the width when off screen). */
    public double xOf(int col) {
        return col * cellSize - scrollX;
    }

    public double yOf(int row) {
        return row * cellSize - scrollY;
    }

    public int firstVisibleCol() {
        return clampIndex((int) Math.floor(scrollX / cellSize));
    }

    public int lastVisibleCol() {
        return clampIndex((int) Math.ceil((scrollX + width) / cellSize) - 1);
    }

    public int firstVisibleRow() {
        return clampIndex((int) Math.floor(scrollY / cellSize));
    }

    public int lastVisibleRow() {
        return clampIndex((int) Math.ceil((scrollY + height) / cellSize) - 1);
    }

    /** Scrolls the least amount that brings the cell fully into view. */
    public void ensureVisible(int row, int col) {
        double x = col * cellSize;
        double y = row * cellSize;
        double sx = scrollX;
        double sy = scrollY;
        if (x < sx) sx = x;
        else if (x + cellSize > sx + width) sx = x + cellSize - width;
        if (y < sy) sy = y;
        else if (y + cellSize > sy + height) sy = y + cellSize - height;
        scrollTo(sx, sy);
    }

    private int clampIndex(int i) {
        return Math.max(0, Math.min(cells - 1, i));
    }

    private void clamp() {
        if (cellSize < minCellSize()) cellSize = minCellSize();
        scrollX = Math.max(0, Math.min(maxScrollX(), scrollX));
        scrollY = Math.max(0, Math.min(maxScrollY(), scrollY));
    }
}
