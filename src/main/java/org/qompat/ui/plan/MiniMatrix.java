package org.qompat.ui.plan;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A small host × host matrix (rows = source, columns = destination) drawn on one canvas: each cell filled with a
 * verdict colour or a share colour plus its glyph, cells that changed against a reference outlined, and a line
 * under it naming the cell under the mouse. Meant for tens of hosts; beyond that cells shrink and labels go.
 */
public final class MiniMatrix extends VBox {

    /** What to draw: per cell a fill, an optional glyph, whether it changed, and the hover text. */
    public record Data(List<String> hosts, Color[][] fill, String[][] glyph, boolean[][] changed, String[][] hover) {
    }

    private static final double LABEL_W = 96;
    /** Room right of the last column for its label, which is drawn rotated and leans right. */
    private static final double RIGHT_PAD = 56;
    private double maxCell = 30;
    private static final double MIN_CELL = 6;

    private final Canvas canvas = new Canvas();
    private final Label hoverLine = new Label(" ");
    private final Pane holder = new Pane() {
        @Override
        protected void layoutChildren() {
            redraw();
        }
    };
    private Data data;
    private double cell;
    private double left;
    private double top;

    public MiniMatrix() {
        getStyleClass().add("plan-mini-matrix");
        holder.getChildren().add(canvas);
        holder.setMinSize(120, 120);
        holder.setPrefSize(260, 260);
        hoverLine.getStyleClass().add("plan-hover-line");
        setSpacing(4);
        getChildren().addAll(holder, hoverLine);
        javafx.scene.layout.VBox.setVgrow(holder, javafx.scene.layout.Priority.ALWAYS);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hoverLine.setText(" "));
    }

    /** The largest cell edge in pixels (default 30). */
    public void setMaxCell(double px) {
        maxCell = px;
        redraw();
    }

    public void setData(Data d) {
        this.data = d;
        int n = d == null ? 0 : d.hosts().size();
        double side = n == 0 ? 0 : n * Math.min(maxCell, Math.max(MIN_CELL, 320.0 / n));
        holder.setPrefSize(n == 0 ? 120 : LABEL_W + RIGHT_PAD + side, n == 0 ? 120 : LABEL_W + 8 + side);
        redraw();
    }

    public Data getData() {
        return data;
    }

    /** The text the hover line would show for a cell, for tests and accessibility. */
    public String describe(int row, int col) {
        return data == null ? "" : data.hover()[row][col];
    }

    private void redraw() {
        double w = holder.getWidth();
        double h = holder.getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (data == null || data.hosts().isEmpty()) return;
        int n = data.hosts().size();
        boolean labels = n <= 40;
        left = labels ? LABEL_W : 4;
        top = labels ? LABEL_W : 4;
        cell = Math.max(2, Math.min(maxCell, Math.min((w - left - (labels ? RIGHT_PAD : 4)) / n, (h - top - 4) / n)));
        g.setFont(Font.font(Math.max(7, Math.min(12, cell * 0.5))));
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = left + c * cell;
                double y = top + r * cell;
                Color fill = data.fill()[r][c];
                g.setFill(fill);
                g.fillRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
                String glyph = data.glyph() == null ? null : data.glyph()[r][c];
                if (glyph != null && cell >= 12) {
                    g.setFill(StatusColors.textOn(fill));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(glyph, x + cell / 2, y + cell / 2);
                }
                if (r == c) {
                    g.setStroke(Color.rgb(0, 0, 0, 0.25));
                    g.setLineWidth(1);
                    g.strokeLine(x + 2, y + 2, x + cell - 2, y + cell - 2);
                }
            }
        }
        // changed cells last, so their outline is on top of neighbours
        g.setStroke(Color.web("#6F42C1"));
        g.setLineWidth(cell >= 16 ? 2 : 1.5);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (data.changed() != null && data.changed()[r][c]) {
                    g.strokeRect(left + c * cell + 1, top + r * cell + 1, cell - 2, cell - 2);
                }
            }
        }
        if (!labels) return;
        g.setFill(Color.web("#57606A"));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            String name = shorten(data.hosts().get(i));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(name, left - 6, top + i * cell + cell / 2);
            g.save();
            g.translate(left + i * cell + cell / 2, top - 6);
            g.rotate(-60);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(name, 0, 0);
            g.restore();
        }
    }

    private void hover(double x, double y) {
        if (data == null || cell <= 0) return;
        int c = (int) Math.floor((x - left) / cell);
        int r = (int) Math.floor((y - top) / cell);
        int n = data.hosts().size();
        hoverLine.setText(r >= 0 && c >= 0 && r < n && c < n ? data.hover()[r][c] : " ");
    }

    private static String shorten(String s) {
        return s.length() <= 14 ? s : s.substring(0, 6) + "…" + s.substring(s.length() - 6);
    }
}
