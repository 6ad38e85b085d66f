package org.qompat.ui.matrix;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens labels with an ellipsis to fit a width, with results cached: the canvas avoids clip regions (each
 * one costs a full-canvas mask in the software pipeline), so text must be cut to size before it is drawn.
 */
final class TextFit {

    private final Font font;
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, String> fitted = new HashMap<>();
    private final Text probe = new Text();

    TextFit(Font font) {
        this.font = font;
        probe.setFont(font);
    }

    Font font() {
        return font;
    }

    double width(String s) {
        Double w = widths.get(s);
        if (w == null) {
            probe.setText(s);
            w = probe.getLayoutBounds().getWidth();
            if (widths.size() > 20_000) widths.clear();
            widths.put(s, w);
        }
        return w;
    }

    /** The text itself when it fits in {@code max} pixels, else its longest prefix + "…" that does. */
    String fit(String s, double max) {
        if (s == null || s.isEmpty() || width(s) <= max) return s;
        String key = (int) max + "\u0000" + s;
        String hit = fitted.get(key);
        if (hit != null) return hit;
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid) + "…") <= max) lo = mid;
            else hi = mid - 1;
        }
        String out = lo == 0 ? "" : s.substring(0, lo) + "…";
        if (fitted.size() > 20_000) fitted.clear();
        fitted.put(key, out);
        return out;
    }
}
