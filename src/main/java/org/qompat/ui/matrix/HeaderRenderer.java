package org.qompat.ui.matrix;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the frozen headers: class bands (with ▾/▸ to expand or collapse, the class number, member count and
 * what its hosts share) and host labels, left for sources and on top (rotated) for destinations. Only visible
 * rows and columns are drawn; the hovered and selected row/column are highlighted so the eye finds the names.
 */
final class HeaderRenderer {

    private static final Font GROUP_FONT = Font.font(null, FontWeight.BOLD, 12);
    private static final Font GROUP_DETAIL_FONT = Font.font(null, FontWeight.NORMAL, 11);
    private static final Font CORNER_FONT = Font.font(null, FontWeight.NORMAL, 11);

    private HeaderRenderer() {
    }

    static void paint(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis, MatrixSource src,
                      MatrixTheme theme, CellRef hover, CellRef cursor, double width, double height) {
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, 0, width, lay.top());
        gc.fillRect(0, 0, lay.left(), height);
        paintCorner(gc, lay, theme);
        if (axis == null || axis.size() == 0) return;
        paintRowHeaders(gc, vp, lay, axis, src, theme, hover, cursor, height);
        paintColumnHeaders(gc, vp, lay, axis, src, theme, hover, cursor, width);
        gc.setStroke(theme.groupLine());
        gc.setLineWidth(1);
        gc.strokeLine(lay.left() - 0.5, 0, lay.left() - 0.5, height);
        gc.strokeLine(0, lay.top() - 0.5, width, lay.top() - 0.5);
    }

    private static void paintCorner(GraphicsContext gc, MatrixLayout lay, MatrixTheme theme) {
        gc.setFill(theme.mutedText());
        gc.setFont(CORNER_FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("destination →", lay.left() - 8, lay.top() - 8);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("↓ source", 8, lay.top() - 8);
    }

    private static void paintRowHeaders(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis,
                                        MatrixSource src, MatrixTheme theme, CellRef hover, CellRef cursor,
                                        double height) {
        double top = lay.top();
        gc.save();
        gc.beginPath();
        gc.rect(0, top, lay.left(), height - top);
        gc.clip();
        highlightRow(gc, vp, lay, theme, hover == null ? -1 : hover.row(), top);
        highlightRow(gc, vp, lay, theme, cursor == null ? -1 : cursor.row(), top);
        int i = 0;
        for (MatrixAxis.Group g : axis.groups()) {
            double y0 = Math.max(0, vp.yOf(g.start()));
            double y1 = Math.min(vp.height(), vp.yOf(g.end()));
            if (y1 > 0 && y0 < vp.height()) {
                gc.setFill(i % 2 == 0 ? theme.groupBackground() : theme.groupBackgroundAlt());
                gc.fillRect(0, top + y0, lay.rowGroupWidth(), y1 - y0);
                if (y1 - y0 >= 15) paintGroupText(gc, g, src, theme, 6, top + y0 + 3, lay.rowGroupWidth() - 10, y1 - y0 - 6);
            }
            i++;
        }
        double cell = vp.cellSize();
        if (cell >= MatrixLayout.LABEL_MIN_CELL) {
            gc.setFont(Font.font(null, FontWeight.NORMAL, Math.min(12, cell - 2)));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            for (int r = vp.firstVisibleRow(); r <= vp.lastVisibleRow(); r++) {
                gc.setFill(axis.isClassEntry(r) ? theme.mutedText() : theme.text());
                gc.fillText(entryLabel(axis, src, r), lay.left() - 7, top + vp.yOf(r) + cell / 2, lay.rowLabelWidth() - 10);
            }
        }
        gc.restore();
    }

    private static void paintColumnHeaders(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis,
                                           MatrixSource src, MatrixTheme theme, CellRef hover, CellRef cursor,
                                           double width) {
        double left = lay.left();
        gc.save();
        gc.beginPath();
        gc.rect(left, 0, width - left, lay.top());
        gc.clip();
        highlightCol(gc, vp, lay, theme, hover == null ? -1 : hover.col(), left);
        highlightCol(gc, vp, lay, theme, cursor == null ? -1 : cursor.col(), left);
        int i = 0;
        for (MatrixAxis.Group g : axis.groups()) {
            double x0 = Math.max(0, vp.xOf(g.start()));
            double x1 = Math.min(vp.width(), vp.xOf(g.end()));
            if (x1 > 0 && x0 < vp.width()) {
                gc.setFill(i % 2 == 0 ? theme.groupBackground() : theme.groupBackgroundAlt());
                gc.fillRect(left + x0, 0, x1 - x0, lay.colGroupHeight());
                if (x1 - x0 >= 26) paintGroupText(gc, g, src, theme, left + x0 + 5, 5, x1 - x0 - 8, lay.colGroupHeight() - 8);
            }
            i++;
        }
        double cell = vp.cellSize();
        if (cell >= MatrixLayout.LABEL_MIN_CELL) {
            gc.setFont(Font.font(null, FontWeight.NORMAL, Math.min(12, cell - 2)));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            for (int c = vp.firstVisibleCol(); c <= vp.lastVisibleCol(); c++) {
                gc.save();
                gc.translate(left + vp.xOf(c) + cell / 2, lay.top() - 6);
                gc.rotate(-90);
                gc.setFill(axis.isClassEntry(c) ? theme.mutedText() : theme.text());
                gc.fillText(entryLabel(axis, src, c), 0, 0, lay.colLabelHeight() - 10);
                gc.restore();
            }
        }
        gc.restore();
    }

    /** "▾ C2 · 6" on the first line, what the class shares on the following lines as far as there is room. */
    private static void paintGroupText(GraphicsContext gc, MatrixAxis.Group g, MatrixSource src, MatrixTheme theme,
                                       double x, double y, double w, double h) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFont(GROUP_FONT);
        gc.setFill(theme.text());
        gc.fillText((g.expanded() ? "▾ " : "▸ ") + "C" + (g.classIndex() + 1) + " · " + g.memberCount(), x, y);
        gc.setFont(GROUP_DETAIL_FONT);
        gc.setFill(theme.mutedText());
        double line = y + 16;
        for (String part : src.classLabel(g.classIndex()).split(" · ")) {
            if (line + 13 > y + h) break;
            gc.fillText(part, x + 12, line);
            line += 14;
        }
        gc.restore();
    }

    private static String entryLabel(MatrixAxis axis, MatrixSource src, int i) {
        return axis.isClassEntry(i) ? src.classLabel(axis.classAt(i)) : src.hostName(axis.hostAt(i));
    }

    private static void highlightRow(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixTheme theme,
                                     int row, double top) {
        if (row < 0) return;
        gc.setFill(theme.highlight());
        gc.fillRect(lay.rowGroupWidth(), top + vp.yOf(row), lay.rowLabelWidth(), vp.cellSize());
    }

    private static void highlightCol(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixTheme theme,
                                     int col, double left) {
        if (col < 0) return;
        gc.setFill(theme.highlight());
        gc.fillRect(left + vp.xOf(col), lay.colGroupHeight(), vp.cellSize(), lay.colLabelHeight());
    }
}
