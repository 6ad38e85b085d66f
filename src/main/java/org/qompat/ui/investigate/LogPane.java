package org.qompat.ui.investigate;

import atlantafx.base.theme.Styles;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The log: a text area to paste into or drop a file on, with open, paste, clear and real example logs. */
final class LogPane extends VBox {

    /** Logs larger than this are cut: a migration failure is at the end of a log, never 50 MB into it. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private final TextArea area = new TextArea();
    private final Label status = new Label();

    LogPane(InvestigateModel model) {
        getStyleClass().add("log-pane");
        setSpacing(8);
        setPadding(new Insets(12));
        Label title = new Label("Log");
        title.getStyleClass().add(Styles.TITLE_4);

        area.setId("investigate-log");
        area.getStyleClass().add("log-area");
        area.setPromptText("Paste the failed migration's log here, or drop the file:\n\n"
                + "  • the destination QEMU's stderr\n  • /var/log/libvirt/qemu/<vm>.log\n"
                + "  • journalctl -u libvirtd / virtqemud\n  • KubeVirt virt-launcher JSON lines");
        area.textProperty().bindBidirectional(model.logTextProperty());
        VBox.setVgrow(area, Priority.ALWAYS);
        area.setOnDragOver(this::dragOver);
        area.setOnDragDropped(this::dropped);

        Button open = iconButton(Material2AL.FOLDER_OPEN, "Open a log file…", e -> open());
        Button paste = iconButton(Material2AL.CONTENT_PASTE, "Paste from the clipboard", e -> {
            String s = Clipboard.getSystemClipboard().getString();
            if (s != null) area.setText(s);
        });
        Button clear = iconButton(Material2AL.CLEAR, "Clear", e -> area.clear());
        MenuButton examples = new MenuButton("Examples");
        examples.setId("investigate-examples");
        examples.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        examples.setTooltip(new Tooltip("Real stderr of failed migrations between QEMU 7.2 and 10.0"));
        for (String[] ex : examples()) {
            MenuItem item = new MenuItem(ex[1]);
            item.setOnAction(e -> area.setText(resource(ex[0])));
            examples.getItems().add(item);
        }
        HBox bar = new HBox(4, title, new atlantafx.base.controls.Spacer(), examples, open, paste, clear);
        bar.setAlignment(Pos.CENTER_LEFT);

        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "log-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        getChildren().addAll(bar, area, status);
    }

    TextArea area() {
        return area;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip,
                                     javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(action);
        return b;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() || e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            ok = load(e.getDragboard().getFiles().get(0));
        } else if (e.getDragboard().hasString()) {
            area.setText(e.getDragboard().getString());
            ok = true;
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    private void open() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a migration log");
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) load(f);
    }

    /** Reads a log the user gave; the file is only read, never written. */
    boolean load(File f) {
        try {
            long size = Files.size(f.toPath());
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f.toPath())) {
                if (size > MAX_BYTES) in.skipNBytes(size - MAX_BYTES); // keep the end, where failures are
                bytes = in.readAllBytes();
            }
            area.setText(new String(bytes, StandardCharsets.UTF_8));
            return true;
        } catch (IOException ex) {
            area.setText("");
            area.setPromptText("Could not read " + f + ": " + ex.getMessage());
            return false;
        }
    }

    static List<String[]> examples() {
        List<String[]> out = new ArrayList<>();
        for (String line : resource("examples.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\\s+\\|\\s+", 2);
            if (c.length == 2) out.add(new String[] {c[0].strip(), c[1].strip()});
        }
        return out;
    }

    static String resource(String name) {
        InputStream in = LogPane.class.getResourceAsStream("/org/qompat/ui/investigate/examples/" + name);
        if (in == null) return "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            String l;
            while ((l = r.readLine()) != null) sb.append(l).append('\n');
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
