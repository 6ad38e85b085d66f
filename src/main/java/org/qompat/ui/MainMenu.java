package org.qompat.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.common.ShellActions;

/** File, View and Help menus of the main window. */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar build(MainWindow w, List<FeatureView> views) {
        MenuBar bar = new MenuBar(file(w), view(w, views), help(w));
        bar.setId("main-menu");
        return bar;
    }

    private static Menu file(MainWindow w) {
        MenuItem openFiles = item("Open Files…", "Shortcut+O", new FontIcon(Material2AL.INSERT_DRIVE_FILE), () -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open QOM trees, compat tables, platform dumps");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("All files", "*"),
                    new FileChooser.ExtensionFilter("JSON", "*.json"));
            List<File> files = fc.showOpenMultipleDialog(w.stage());
            if (files != null && !files.isEmpty()) w.open(files.stream().map(File::toPath).toList());
        });
        openFiles.setId("menu-open-files");
        MenuItem openFolder = item("Open Folder…", "Shortcut+Shift+O", new FontIcon(Material2AL.FOLDER_OPEN), () -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Open a folder of inputs (read recursively)");
            File dir = dc.showDialog(w.stage());
            if (dir != null) w.open(List.of(dir.toPath()));
        });
        Menu recent = new Menu("Open Recent");
        recent.setGraphic(new FontIcon(Material2AL.HISTORY));
        recent.setOnShowing(e -> fillRecent(recent, w));
        fillRecent(recent, w);
        MenuItem demo = item("Open Demo Fleet", null, null, w::openDemo);
        MenuItem reload = item("Reload", "F5", new FontIcon(Material2MZ.REFRESH), w::reload);
        reload.setId("menu-reload");
        MenuItem export = item("Export…", "Shortcut+E", new FontIcon(Material2MZ.SAVE_ALT),
                () -> ShellActions.export().ifPresent(a -> a.run(w.model(), w.stage())));
        export.setDisable(ShellActions.export().isEmpty());
        MenuItem quit = item("Quit", "Shortcut+Q", null, () -> w.stage().close());
        return new Menu("File", null, openFiles, openFolder, recent, demo, new SeparatorMenuItem(), reload, export,
                new SeparatorMenuItem(), quit);
    }

    private static void fillRecent(Menu menu, MainWindow w) {
        menu.getItems().clear();
        for (List<Path> entry : w.prefs().recent()) {
            String label = entry.size() == 1 ? entry.get(0).toString() : entry.get(0) + " + " + (entry.size() - 1) + " more";
            MenuItem mi = new MenuItem(label);
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> w.open(entry));
            menu.getItems().add(mi);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(nothing yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private static Menu view(MainWindow w, List<FeatureView> views) {
        Menu menu = new Menu("View");
        int n = 1;
        for (FeatureView v : views) {
            MenuItem mi = item(v.title(), n <= 9 ? "Shortcut+" + n : null, null, () -> w.model().showView(v.title()));
            menu.getItems().add(mi);
            n++;
        }
        menu.getItems().add(new SeparatorMenuItem());
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(w.model().darkThemeProperty().get());
        w.model().darkThemeProperty().addListener((o, a, d) -> dark.setSelected(d));
        dark.setOnAction(e -> w.setDarkTheme(dark.isSelected()));
        MenuItem present = item("Presentation Mode", "F11", new FontIcon(Material2MZ.SLIDESHOW),
                () -> ShellActions.presentation().ifPresent(a -> a.run(w.model(), w.stage())));
        present.setDisable(ShellActions.presentation().isEmpty());
        menu.getItems().addAll(dark, present);
        return menu;
    }

    private static Menu help(MainWindow w) {
        MenuItem keys = item("Keyboard Shortcuts", "F1", null, w::showShortcuts);
        return new Menu("Help", null, keys);
    }

    static MenuItem item(String text, String accelerator, javafx.scene.Node graphic, Runnable action) {
        MenuItem mi = new MenuItem(text, graphic);
        if (accelerator != null) mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
