package org.qompat.ui.plan;

import javafx.scene.control.Label;
import org.qompat.engine.VerdictStatus;

/** A small rounded label "✓ OK" in the verdict's colour, for tables and headers. */
public final class StatusChip {

    private StatusChip() {
    }

    public static Label of(VerdictStatus s) {
        Label l = new Label();
        set(l, s);
        return l;
    }

    public static void set(Label l, VerdictStatus s) {
        l.getStyleClass().removeIf(c -> c.startsWith("plan-status-"));
        if (s == null) {
            l.setText("—");
            return;
        }
        l.setText(StatusColors.glyph(s) + " " + s.name());
        if (!l.getStyleClass().contains("plan-chip")) l.getStyleClass().add("plan-chip");
        l.getStyleClass().add("plan-status-" + s.name().toLowerCase());
    }

    /** A chip with free text in one of the chip tones: ok, warn, blocked, unknown, neutral. */
    public static Label text(String text, String tone) {
        Label l = new Label(text);
        l.getStyleClass().addAll("plan-chip", "plan-status-" + tone);
        return l;
    }
}
