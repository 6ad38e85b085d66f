package org.qompat.ui.common;

import javafx.scene.control.Label;
import org.qompat.engine.Severity;
import org.qompat.engine.VerdictStatus;

/**
 * The small coloured glyph (✓ ! ✕ ?) that stands for a verdict or a finding's severity everywhere outside the
 * matrix canvas; style classes {@code verdict-ok/warn/blocked/unknown} colour it (see app.css).
 */
public final class VerdictBadge {

    private VerdictBadge() {
    }

    public static Label of(VerdictStatus status) {
        Label l = new Label(glyph(status) + " " + status.name());
        style(l, status);
        return l;
    }

    public static void style(Label label, VerdictStatus status) {
        label.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-blocked", "verdict-unknown");
        label.getStyleClass().addAll("verdict-badge", "verdict-" + status.name().toLowerCase());
    }

    public static String glyph(VerdictStatus status) {
        return switch (status) {
            case OK -> "✓";
            case WARN -> "!";
            case BLOCKED -> "✕";
            case UNKNOWN -> "?";
        };
    }

    /** The verdict a finding of this severity leads to, for colouring finding rows. */
    public static VerdictStatus statusOf(Severity severity) {
        return switch (severity) {
            case BLOCKER -> VerdictStatus.BLOCKED;
            case UNKNOWN -> VerdictStatus.UNKNOWN;
            case WARNING -> VerdictStatus.WARN;
            case INFO -> VerdictStatus.OK;
        };
    }
}
