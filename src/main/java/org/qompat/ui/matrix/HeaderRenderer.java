package org.qompat.ui.matrix;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the frozen class bands (with ▾/▸ to expand or collapse, the class number, member count and what its
 * hosts share), left for sources and on top for destinations, and the corner. They live on two small canvases
 * (top: the corner painted last to cover what spilled into it; left: the source bands); the host labels are
 * {@link HeaderLabels}. So a frame never clears or composites a canvas the size of the whole view and needs no
 * clip regions, which are costly in the software pipeline. Text is cut to fit.
 */
final class HeaderRenderer {

    private final TextFit groupFit = new TextFit(Font.font(null, FontWeight.BOLD, 12));
    private final TextFit detailFit = new TextFit(Font.font(null, FontWeight.NORMAL, 11));


    /**
     * The top strip (class bands, then the corner over anything that spilled into it), drawn on a canvas
     * {@code width} × {@code lay.top()} placed at the view's origin; the column labels lie over its lower part.
     */
    void paintTop(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis, MatrixSource src,
                  MatrixTheme theme, double width) {
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, 0, width, lay.top());
        if (axis != null && axis.size() > 0) paintColumnHeaders(gc, vp, lay, axis, src, theme);
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, 0, lay.left(), lay.top());
        paintCorner(gc, lay, theme);
        gc.setStroke(theme.groupLine());
        gc.setLineWidth(1);
        gc.strokeLine(lay.left() - 0.5, 0, lay.left() - 0.5, lay.top());
        gc.strokeLine(0, lay.top() - 0.5, width, lay.top() - 0.5);
    }

    /**
     * The class bands of the left strip, drawn on a canvas {@code lay.rowGroupWidth()} wide placed below the top
     * strip (the host labels beside it are {@link HeaderLabels}); the context is shifted so the view's
     * coordinates apply.
     */
    void paintLeft(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis, MatrixSource src,
                   MatrixTheme theme, double height) {
        gc.setTransform(1, 0, 0, 1, 0, -lay.top());
        gc.setFill(theme.headerBackground());
        gc.fillRect(0, lay.top(), lay.left(), height - lay.top());
        if (axis != null && axis.size() > 0) paintRowHeaders(gc, vp, lay, axis, src, theme);
        gc.setTransform(1, 0, 0, 1, 0, 0);
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
                                 MatrixSource src, MatrixTheme theme) {
        double top = lay.top();
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
    }

    private void paintColumnHeaders(GraphicsContext gc, MatrixViewport vp, MatrixLayout lay, MatrixAxis axis,
                                    MatrixSource src, MatrixTheme theme) {
        double left = lay.left();
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



}
