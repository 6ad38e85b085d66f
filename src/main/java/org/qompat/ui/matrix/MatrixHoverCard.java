package org.qompat.ui.matrix;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.qompat.ui.matrix.PairData.Mode;

/**
 * The overlay that follows the pointer over the matrix (a plain node, not a Tooltip, so it updates on every
 * move without popup windows): the pair, the verdict counts, and the top reason.
 */
final class MatrixHoverCard extends VBox {

    private final Label title = new Label();
    private final Label counts = new Label();
    private final Label reason = new Label();

    MatrixHoverCard() {
        getStyleClass().add("matrix-hover-card");
        title.getStyleClass().add("title");
        counts.getStyleClass().add("counts");
        reason.getStyleClass().add("reason");
        reason.setWrapText(true);
        reason.setMaxWidth(380);
        getChildren().addAll(title, counts, reason);
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    void show(MatrixModel model, CellRef cell, double x, double y, double areaWidth, double areaHeight) {
        CellSummary s = CellSummary.of(model, cell);
        title.setText(s.from() + "  →  " + s.to());
        if (model.getMode() == Mode.VM) {
            String vm = model.getVm() >= 0 ? model.getSource().vmName(model.getVm()) : "";
            counts.setText(vm + ": " + verdictWord(s));
        } else {
            counts.setText(s.movable() + " of " + s.total() + " VMs can move   ✓ " + s.ok() + "   ! " + s.warn()
                    + "   ✕ " + s.blocked() + "   ? " + s.unknown());
        }
        boolean hasReason = s.topReason() != null;
        reason.setText(hasReason ? (model.getMode() == Mode.VM ? "" : s.topReasonVms() + " × ") + s.topReason() : "");
        reason.setVisible(hasReason);
        reason.setManaged(hasReason);
        applyCss();
        autosize();
        double w = getWidth();
        double h = getHeight();
        double px = x + 16 + w > areaWidth ? Math.max(0, x - 12 - w) : x + 16;
        double py = y + 18 + h > areaHeight ? Math.max(0, y - 12 - h) : y + 18;
        relocate(px, py);
        setVisible(true);
    }

    private static String verdictWord(CellSummary s) {
        if (s.blocked() > 0) return "✕ BLOCKED";
        if (s.unknown() > 0) return "? UNKNOWN";
        if (s.warn() > 0) return "! WARN";
        return s.ok() > 0 ? "✓ OK" : "not counted";
    }
}
