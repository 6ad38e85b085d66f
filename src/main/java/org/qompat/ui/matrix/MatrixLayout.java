package org.qompat.ui.matrix;

/**
 * Where the frozen headers sit on the canvas. Left: a class column (group names, expand/collapse) and a host
 * column (row labels). Top: a class row and a host row (rotated column labels). The cells fill the rest.
 */
public record MatrixLayout(double rowGroupWidth, double rowLabelWidth, double colGroupHeight, double colLabelHeight) {

    public enum Zone { CORNER, ROW_GROUP, ROW_LABEL, COL_GROUP, COL_LABEL, CELLS, OUTSIDE }

    /** Host labels are drawn only when a cell is at least this tall; below it they would overlap. */
    public static final double LABEL_MIN_CELL = 10;

    public double left() {
        return rowGroupWidth + rowLabelWidth;
    }

    public double top() {
        return colGroupHeight + colLabelHeight;
    }

    /** Sizes the label strips to the longest label (given in pixels), within sensible bounds. */
    public static MatrixLayout forLabelWidth(double longestLabel) {
        double label = Math.max(56, Math.min(170, Math.ceil(longestLabel) + 22)); // 12 px margins + slack
        return new MatrixLayout(128, label, 26, Math.min(label, 120));
    }

    public Zone zoneAt(double x, double y, double width, double height) {
        if (x < 0 || y < 0 || x >= width || y >= height) return Zone.OUTSIDE;
        boolean inLeft = x < left();
        boolean inTop = y < top();
        if (inLeft && inTop) return Zone.CORNER;
        if (inLeft) return x < rowGroupWidth ? Zone.ROW_GROUP : Zone.ROW_LABEL;
        if (inTop) return y < colGroupHeight ? Zone.COL_GROUP : Zone.COL_LABEL;
        return Zone.CELLS;
    }
}
