package org.qompat.ui.matrix;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.qompat.engine.VerdictStatus;
import org.qompat.ui.matrix.PairData.Mode;

/**
 * The key to the colours: in VM mode one swatch per verdict with its glyph; in fleet mode the share scale from
 * "none can move" to "all can move", plus the hatching that marks missing answers and the diagonal mark.
 */
final class MatrixLegend extends FlowPane {

    MatrixLegend() {
        getStyleClass().add("matrix-legend");
        setAlignment(Pos.CENTER_LEFT);
        setHgap(14);
        setVgap(4);
    }

    void show(Mode mode) {
        getChildren().clear();
        if (mode == Mode.VM) {
            for (VerdictStatus s : VerdictStatus.values()) {
                getChildren().add(item(swatch(MatrixPalette.forStatus(s), s == VerdictStatus.UNKNOWN,
                        MatrixPalette.glyph(s)), s.name()));
            }
        } else {
            Canvas scale = new Canvas(120, 16);
            GraphicsContext gc = scale.getGraphicsContext2D();
            for (int x = 0; x < 120; x++) {
                gc.setFill(MatrixPalette.color(MatrixPalette.forShare(x / 119.0)));
                gc.fillRect(x, 0, 1, 16);
            }
            Label none = new Label("none");
            Label all = new Label("all VMs can move");
            none.getStyleClass().add("legend-text");
            all.getStyleClass().add("legend-text");
            HBox bar = new HBox(6, none, scale, all);
            bar.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(bar);
            getChildren().add(item(swatch(MatrixPalette.forShare(0.55), true, null), "some answers UNKNOWN"));
            getChildren().add(item(swatch(MatrixPalette.UNKNOWN, true, "?"), "all UNKNOWN"));
        }
        getChildren().add(item(diagonalSwatch(), "same host"));
    }

    private static HBox item(Canvas swatch, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-text");
        HBox box = new HBox(5, swatch, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Canvas swatch(int argb, boolean hatched, String glyph) {
        Canvas c = new Canvas(18, 18);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(MatrixPalette.color(argb));
        gc.fillRect(0, 0, 18, 18);
        if (hatched) {
            gc.setStroke(Color.rgb(0, 0, 0, 0.42));
            for (int k = 5; k < 36; k += 5) gc.strokeLine(Math.max(0, k - 18), Math.min(k, 18), Math.min(k, 18), Math.max(0, k - 18));
        }
        if (glyph != null) {
            gc.setFill(MatrixPalette.textOn(argb));
            gc.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 11));
            gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
            gc.setTextBaseline(javafx.geometry.VPos.CENTER);
            gc.fillText(glyph, 9, 9.5);
        }
        return c;
    }

    /** As the matrix marks "same host": a square dashed in near-black and white (see MatrixRenderer). */
    private static Canvas diagonalSwatch() {
        Canvas c = new Canvas(18, 18);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(MatrixPalette.color(MatrixPalette.OK));
        gc.fillRect(0, 0, 18, 18);
        gc.setLineWidth(2);
        gc.setLineDashes(3, 3);
        gc.setStroke(MatrixPalette.color(MatrixRenderer.DIAGONAL_LIGHT));
        gc.strokeRect(3, 3, 12, 12);
        gc.setLineDashOffset(3);
        gc.setStroke(MatrixPalette.color(MatrixRenderer.DIAGONAL_DARK));
        gc.strokeRect(3, 3, 12, 12);
        return c;
    }
}
