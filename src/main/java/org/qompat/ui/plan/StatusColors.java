package org.qompat.ui.plan;

import javafx.scene.paint.Color;
import org.qompat.engine.VerdictStatus;

/**
 * Verdict colours of the planning views, the same colour-blind-safe RdYlBu stops as the main matrix, each with a
 * glyph so colour is never the only signal. Shares (0..1 of VMs movable) run red → yellow → blue.
 */
public final class StatusColors {

    private static final Color[] STOPS = {Color.web("#D7191C"), Color.web("#FDAE61"), Color.web("#FFFFBF"),
        Color.web("#ABD9E9"), Color.web("#2C7BB6")};

    private StatusColors() {
    }

    public static Color of(VerdictStatus s) {
        return switch (s) {
            case OK -> Color.web("#2C7BB6");
            case WARN -> Color.web("#FDAE61");
            case BLOCKED -> Color.web("#D7191C");
            case UNKNOWN -> Color.web("#A0A0A0");
        };
    }

    public static String glyph(VerdictStatus s) {
        return switch (s) {
            case OK -> "✓";
            case WARN -> "!";
            case BLOCKED -> "✕";
            case UNKNOWN -> "?";
        };
    }

    public static Color share(double share) {
        if (Double.isNaN(share)) return Color.web("#E4E6EA");
        double t = Math.max(0, Math.min(1, share)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        return STOPS[i].interpolate(STOPS[i + 1], t - i);
    }

    /** Black or white, whichever reads better on {@code c}. */
    public static Color textOn(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 0.55 ? Color.rgb(20, 20, 20) : Color.WHITE;
    }
}
