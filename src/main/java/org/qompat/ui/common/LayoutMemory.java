package org.qompat.ui.common;

import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.SplitPane;

/**
 * Remembers divider positions across runs (java.util.prefs, per user). Any view can call
 * {@link #remember(SplitPane, String)} on its split panes with a stable key.
 */
public final class LayoutMemory {

    private static Preferences root = Preferences.userRoot().node("org/qompat/layout");

    private LayoutMemory() {
    }

    /** Tests point this at a throwaway node so they never touch the user's settings. */
    public static void useNode(Preferences node) {
        root = node;
    }

    public static Preferences node() {
        return root;
    }

    /**
     * Restores the dividers saved under {@code key} (or sets {@code defaults} the first time) and saves them
     * whenever they move. Both wait for the pane's first real layout: before it, the pane clamps positions to its
     * zero width, and would save nonsense.
     */
    public static void remember(SplitPane pane, String key, double... defaults) {
        Preferences prefs = root;
        if (pane.getWidth() > 0) {
            attach(pane, key, prefs, defaults);
            return;
        }
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number o, Number w) {
                if (w.doubleValue() <= 0) return;
                pane.widthProperty().removeListener(this);
                Platform.runLater(() -> attach(pane, key, prefs, defaults));
            }
        };
        pane.widthProperty().addListener(once);
    }

    private static void attach(SplitPane pane, String key, Preferences prefs, double[] defaults) {
        for (int i = 0; i < pane.getDividers().size(); i++) {
            double p = prefs.getDouble(key + "." + i, -1);
            if (p > 0.05 && p < 0.95) pane.setDividerPosition(i, p);
            else if (i < defaults.length) pane.setDividerPosition(i, defaults[i]);
            int index = i;
            pane.getDividers().get(i).positionProperty().addListener((obs, o, n) ->
                    prefs.putDouble(key + "." + index, n.doubleValue()));
        }
    }
}
