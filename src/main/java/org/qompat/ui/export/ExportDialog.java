package org.qompat.ui.export;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.qompat.model.Fleet;
import org.qompat.report.ExportFormat;
import org.qompat.report.ExportProgress;
import org.qompat.report.VerdictSource;

/**
 * File → Export…: choose the format, the file (its extension follows the format), the PNG scale, which VMs and
 * hosts or classes, then export in a background {@link ExportTask} with a progress bar and Cancel. The window
 * stays usable meanwhile; the dialog is modal only to its owner.
 */
public final class ExportDialog {

    private final Stage stage = new Stage();
    private final ExportSettings settings = new ExportSettings();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button run = new Button("Export");
    private final Button cancel = new Button("Close");
    private final VBox form;
    private ExportTask task;

    public ExportDialog(Window owner, VerdictSource source, Fleet fleet, List<Path> inputs, BitSet selectedVms,
                        Path suggested) {
        settings.targetProperty().set(suggested);
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.description() + "  (." + f.extension() + ")";
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(settings.formatProperty());
        format.setId("exportFormat");

        TextField file = new TextField(suggested == null ? "" : suggested.toString());
        file.setId("exportFile");
        file.setPrefColumnCount(34);
        file.textProperty().addListener((o, a, b) -> settings.targetProperty().set(b.isBlank() ? null : Path.of(b)));
        settings.formatProperty().addListener((o, a, f) -> {
            if (!file.getText().isBlank()) file.setText(ExportSettings.withExtension(Path.of(file.getText()), f).toString());
        });
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> browse(file));

        Spinner<Integer> scale = new Spinner<>(1, 64, settings.scaleProperty().get());
        scale.setId("exportScale");
        scale.setEditable(true);
        scale.valueProperty().addListener((o, a, b) -> settings.scaleProperty().set(b));
        scale.disableProperty().bind(settings.scaleApplies().not());
        Label size = new Label();
        size.getStyleClass().add("text-muted");
        size.textProperty().bind(settings.imageSize(source));

        ToggleGroup vms = new ToggleGroup();
        RadioButton all = new RadioButton("all " + source.vms().size() + " VMs");
        RadioButton selected = new RadioButton("the " + selectedVms.cardinality() + " VMs selected in the window");
        all.setToggleGroup(vms);
        selected.setToggleGroup(vms);
        all.setSelected(true);
        selected.setDisable(selectedVms.isEmpty());
        settings.selectedVmsOnlyProperty().bind(selected.selectedProperty());
        CheckBox classes = new CheckBox("one row and column per host class (" + source.classes().size() + ")");
        classes.setId("exportClasses");
        settings.byClassProperty().bind(classes.selectedProperty());
        classes.disableProperty().bind(settings.classesApply().not());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(1, new Label("File"), fileRow);
        HBox scaleRow = new HBox(8, scale, new Label("pixels per cell"), size);
        scaleRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, new Label("Scale"), scaleRow);
        grid.addRow(3, new Label("VMs"), new VBox(6, all, selected));
        grid.addRow(4, new Label("Hosts"), classes);

        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("exportStatus");
        status.setWrapText(true);
        run.setId("exportRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(settings.targetProperty().isNull());
        run.setOnAction(e -> start(source, fleet, inputs, selectedVms));
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, run);
        form = new VBox(14, grid);
        VBox root = new VBox(14, form, progress, status, buttons);
        root.setPadding(new Insets(18));
        root.setPrefWidth(620);

        stage.setTitle("Export");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> {
            if (task != null && task.isRunning()) task.cancel();
        });
    }

    public Stage stage() {
        return stage;
    }

    public ExportSettings settings() {
        return settings;
    }

    public void show() {
        stage.show();
    }

    private void browse(TextField file) {
        FileChooser chooser = new FileChooser();
        ExportFormat f = settings.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), "*." + f.extension()));
        Path current = settings.targetProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        var chosen = chooser.showSaveDialog(stage);
        if (chosen != null) file.setText(ExportSettings.withExtension(chosen.toPath(), f).toString());
    }

    private void start(VerdictSource source, Fleet fleet, List<Path> inputs, BitSet selectedVms) {
        try {
            task = new ExportTask(settings.request(source, fleet, inputs, selectedVms));
        } catch (RuntimeException e) {
            fail(e.getMessage());
            return;
        }
        form.setDisable(true);
        run.disableProperty().unbind();
        run.setDisable(true);
        cancel.setText("Cancel");
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        status.setStyle("");
        task.setOnSucceeded(e -> finished(String.format(Locale.ROOT, "Wrote %s (%,d bytes).",
                task.request().target(), task.getValue())));
        task.setOnCancelled(e -> finished("Cancelled; nothing was written."));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            finished(null);
            fail(t instanceof ExportProgress.Cancelled ? "Cancelled; nothing was written." : describe(t));
        });
        Thread worker = new Thread(task, "qompat-export");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(String message) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        form.setDisable(false);
        run.disableProperty().bind(settings.targetProperty().isNull());
        cancel.setText("Close");
        if (message != null) status.setText(message);
    }

    private void fail(String message) {
        status.setText(message);
        status.setStyle("-fx-text-fill: #d7191c;");
    }

    private void cancelOrClose() {
        if (task != null && task.isRunning()) {
            task.cancel();
        } else {
            stage.close();
        }
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return "Export failed: " + (m == null ? t.getClass().getSimpleName() : m);
    }
}
