package org.qompat.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * What the window remembers between runs (java.util.prefs, per user): its bounds, the theme, and the recently
 * opened inputs. Tests hand in a throwaway node.
 */
public final class WindowPrefs {

    private static final int MAX_RECENT = 10;
    private final Preferences node;

    public WindowPrefs(Preferences node) {
        this.node = node;
    }

    public static WindowPrefs forUser() {
        return new WindowPrefs(Preferences.userRoot().node("org/qompat/window"));
    }

    public Preferences node() {
        return node;
    }

    /** Restores size and position when they still fit a screen; otherwise a comfortable default. */
    public void restoreBounds(Stage stage) {
        double w = node.getDouble("width", 1480);
        double h = node.getDouble("height", 920);
        stage.setWidth(Math.max(800, w));
        stage.setHeight(Math.max(560, h));
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        boolean onScreen = !Double.isNaN(x) && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
        if (onScreen) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    /** Saves the bounds whenever they change (the un-maximised bounds, so restoring works both ways). */
    public void trackBounds(Stage stage) {
        stage.xProperty().addListener((o, a, v) -> saveIfNormal(stage, "x", v.doubleValue()));
        stage.yProperty().addListener((o, a, v) -> saveIfNormal(stage, "y", v.doubleValue()));
        stage.widthProperty().addListener((o, a, v) -> saveIfNormal(stage, "width", v.doubleValue()));
        stage.heightProperty().addListener((o, a, v) -> saveIfNormal(stage, "height", v.doubleValue()));
        stage.maximizedProperty().addListener((o, a, v) -> node.putBoolean("maximized", v));
    }

    private void saveIfNormal(Stage stage, String key, double value) {
        if (!stage.isMaximized() && !stage.isFullScreen() && !Double.isNaN(value)) node.putDouble(key, value);
    }

    public boolean darkTheme() {
        return node.getBoolean("dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("dark", dark);
    }

    /** Recently opened inputs, newest first; each entry is one open (one or more paths). */
    public List<List<Path>> recent() {
        List<List<Path>> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String entry = node.get("recent." + i, null);
            if (entry == null || entry.isBlank()) continue;
            List<Path> paths = new ArrayList<>();
            for (String p : entry.split("\n")) paths.add(Path.of(p));
            out.add(paths);
        }
        return out;
    }

    public void addRecent(List<Path> paths) {
        if (paths.isEmpty()) return;
        List<Path> abs = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<List<Path>> list = new ArrayList<>(recent());
        list.removeIf(abs::equals);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                node.put("recent." + i, String.join("\n", list.get(i).stream().map(Path::toString).toList()));
            } else {
                node.remove("recent." + i);
            }
        }
    }
}
