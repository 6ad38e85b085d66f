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
 * Painted after the cells, column headers before row headers and the corner last, each covering what spilled
 * over from the previous one: no clip regions, which are costly in the software pipeline. Text is cut to fit.
 */
final class HeaderRenderer {

    private final TextFit groupFit = new TextFit(Font.font(null, FontWeight.BOLD, 12));
    private final TextFit detailFit = new TextFit(Font.font(null, FontWeight.NORMAL, 11));
    private final TextFit[] labelFits = new TextFit[13];

    private TextFit labelFit(double cell) {
        int size = (int) Math.max(8, Math.min(12, Math.floor(cell - 2)));
        if (labelFits[size] == null) labelFits[size] = new TextFit(Font.font(null, FontWeight.NORMAL, size));
        return labelFits[size];
    }

    void paint(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis, MatrixSource src,
               MatrixTheme theme, CellRef hover, CellRef cursor, double width, double height) {
        gc.setFill(theme.headerBackground());
        gc.fillRect(lay.left(), 0, width - lay.left(), lay.top());
        if (axis != null && axis.size() > 0) paintColumnHeaders(gc, vp, lay, axis, src, theme, hover, cursor);
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, lay.top(), lay.left(), height - lay.top());
        if (axis != null && axis.size() > 0) paintRowHeaders(gc, vp, lay, axis, src, theme, hover, cursor);
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, 0, lay.left(), lay.top());
        paintCorner(gc, lay, theme);
        gc.setStroke(theme.groupLine());
        gc.setLineWidth(1);
        gc.strokeLine(lay.left() - 0.5, 0, lay.left() - 0.5, height);
        gc.strokeLine(0, lay.top() - 0.5, width, lay.top() - 0.5);
    }

    private void paintCorner(GraphicsContext gc, MatrixLayout lay, MatrixTheme theme) {
        gc.setFill(theme.mutedText());
        gc.setFont(detailFit.font());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("destination →", lay.left() - 8, lay.top() - 8);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("↓ source", 8, lay.top() - 8);
    }

    private void paintRowHeaders(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis,
                                 MatrixSource src, MatrixTheme theme, CellRef hover, CellRef cursor) {
        double top = lay.top();
        highlightRow(gc, vp, lay, theme, hover == null ? -1 : hover.row(), top);
        highlightRow(gc, vp, lay, theme, cursor == null ? -1 : cursor.row(), top);
        int i = 0;
        for (MatrixAxis.Group g : axis.groups()) {
            double y0 = Math.max(0, vp.yOf(g.start()));
            double y1 = Math.min(vp.height(), vp.yOf(g.end()));
            if (y1 > 0 && y0 < vp.height()) {
                gc.setFill(i % 2 == 0 ? theme.groupBackground() : theme.groupBackgroundAlt());
                gc.fillRect(0, top + y0, lay.rowGroupWidth(), y1 - y0);
                if (y1 - y0 >= 15) paintGroupText(gc, g, src, theme, 6, top + y0 + 3, lay.rowGroupWidth() - 10, y1 - y0 - 6, true);
            }
            i++;
        }
        double cell = vp.cellSize();
        if (cell < MatrixLayout.LABEL_MIN_CELL) return;
        TextFit fit = labelFit(cell);
        gc.setFont(fit.font());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int r = vp.firstVisibleRow(); r <= vp.lastVisibleRow(); r++) {
            double y = top + vp.yOf(r) + cell / 2;
            if (y < top) continue;
            gc.setFill(axis.isClassEntry(r) ? theme.mutedText() : theme.text());
            gc.fillText(fit.fit(entryLabel(axis, src, r), lay.rowLabelWidth() - 12), lay.left() - 7, y);
        }
    }

    private void paintColumnHeaders(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis,
                                    MatrixSource src, MatrixTheme theme, CellRef hover, CellRef cursor) {
        double left = lay.left();
        highlightCol(gc, vp, lay, theme, hover == null ? -1 : hover.col(), left);
        highlightCol(gc, vp, lay, theme, cursor == null ? -1 : cursor.col(), left);
        int i = 0;
        for (MatrixAxis.Group g : axis.groups()) {
            double x0 = Math.max(0, vp.xOf(g.start()));
            double x1 = Math.min(vp.width(), vp.xOf(g.end()));
            if (x1 > 0 && x0 < vp.width()) {
                gc.setFill(i % 2 == 0 ? theme.groupBackground() : theme.groupBackgroundAlt());
                gc.fillRect(left + x0, 0, x1 - x0, lay.colGroupHeight());
                if (x1 - x0 >= 16) paintGroupText(gc, g, src, theme, left + x0 + 3, 5, x1 - x0 - 5, lay.colGroupHeight() - 8, false);
            }
            i++;
        }
        double cell = vp.cellSize();
        if (cell < MatrixLayout.LABEL_MIN_CELL) return;
        TextFit fit = labelFit(cell);
        gc.setFont(fit.font());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int c = vp.firstVisibleCol(); c <= vp.lastVisibleCol(); c++) {
            double x = left + vp.xOf(c) + cell / 2;
            if (x < left) continue;
            gc.save();
            gc.translate(x, lay.top() - 6);
            gc.rotate(-90);
            gc.setFill(axis.isClassEntry(c) ? theme.mutedText() : theme.text());
            gc.fillText(fit.fit(entryLabel(axis, src, c), lay.colLabelHeight() - 12), 0, 0);
            gc.restore();
        }
    }

    /** "▾ C2 · 6" on the first line; in the row band, what the class shares on the lines below, as room allows. */
    private void paintGroupText(GraphicsContext gc, MatrixAxis.Group g, MatrixSource src, MatrixTheme theme,
                                double x, double y, double w, double h, boolean details) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFont(groupFit.font());
        gc.setFill(theme.text());
        String full = (g.expanded() ? "▾ " : "▸ ") + "C" + (g.classIndex() + 1) + " · " + g.memberCount();
        String shortName = "C" + (g.classIndex() + 1); // a narrow band still names its class, not "C…"
        gc.fillText(groupFit.width(full) <= w ? full : groupFit.width(shortName) <= w ? shortName : "", x, y);
        if (!details) return;
        gc.setFont(detailFit.font());
        gc.setFill(theme.mutedText());
        double line = y + 16;
        for (String part : src.classLabel(g.classIndex()).split(" · ")) {
            if (line + 13 > y + h) break;
            gc.fillText(detailFit.fit(part, w - 12), x + 12, line);
            line += 14;
        }
    }

    private static String entryLabel(MatrixAxis axis, MatrixSource src, int i) {
        return axis.isClassEntry(i) ? src.classLabel(axis.classAt(i)) : src.hostName(axis.hostAt(i));
    }

    private static void highlightRow(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixTheme theme,
                                     int row, double top) {
        if (row < 0) return;
        double y0 = Math.max(top, top + vp.yOf(row));
        double y1 = top + vp.yOf(row + 1);
        if (y1 <= y0) return;
        gc.setFill(theme.highlight());
        gc.fillRect(lay.rowGroupWidth(), y0, lay.rowLabelWidth(), y1 - y0);
    }

    private static void highlightCol(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixTheme theme,
                                     int col, double left) {
        if (col < 0) return;
        double x0 = Math.max(left, left + vp.xOf(col));
        double x1 = left + vp.xOf(col + 1);
        if (x1 <= x0) return;
        gc.setFill(theme.highlight());
        gc.fillRect(x0, lay.colGroupHeight(), x1 - x0, lay.colLabelHeight());
    }
}
