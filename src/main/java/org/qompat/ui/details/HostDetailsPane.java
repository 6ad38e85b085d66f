package org.qompat.ui.details;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.model.FirmwareFile;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;

/**
 * One host's platform: kernel and CPU, the platform features with how each was derived and where that fact
 * came from, the CPU flags, firmware files, and a link to its QEMU build.
 */
final class HostDetailsPane extends VBox {

    HostDetailsPane(Host h, Runnable openBuild) {
        setSpacing(14);
        getStyleClass().add("details-content");
        Label title = new Label(h.name());
        title.setId("details-title");
        title.getStyleClass().add(Styles.TITLE_2);
        HBox labels = new HBox(6);
        h.labels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> labels.getChildren().add(chip(e.getKey() + ": " + e.getValue())));
        VBox head = new VBox(6, title, labels);

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setHgap(16);
        facts.setVgap(6);
        facts.addRow(0, Section.key("Kernel"), Section.value(h.kernelRelease()));
        facts.addRow(1, Section.key("CPU"), Section.value(h.cpu() == null ? null : h.cpu().vendor() + " · " + h.cpu().modelName()));
        facts.addRow(2, Section.key("QEMU build"), Section.value(h.build() == null ? null : h.build().label()));
        facts.addRow(3, Section.key("Source"), Section.value(h.provenance() == null ? null : h.provenance().toString()));
        Button build = new Button("Open build details", new FontIcon(Material2AL.DEVELOPER_BOARD));
        build.setId("open-build-details");
        build.getStyleClass().add(Styles.FLAT);
        build.setDisable(h.build() == null);
        build.setOnAction(e -> openBuild.run());
        VBox platform = Section.card("Platform", facts, build);

        TableView<PlatformFeature> features = Section.table(Math.max(2, Math.min(8, h.features().size())));
        features.setId("host-features");
        features.getColumns().add(Section.column("Feature", 150, PlatformFeature::name));
        features.getColumns().add(Section.column("Available", 90, f -> f.available() == null ? "? unknown"
                : f.available() ? "✓ yes" : "✕ no"));
        features.getColumns().add(Section.column("How it was derived", 280, PlatformFeature::derivation));
        features.getColumns().add(Section.column("Source", 220, f -> f.provenance() == null ? "" : f.provenance().toString()));
        features.setItems(FXCollections.observableArrayList(new java.util.ArrayList<>(h.features().values())));
        features.getItems().sort(java.util.Comparator.comparing(PlatformFeature::name));

        FlowPane flags = new FlowPane(5, 5);
        flags.setId("host-cpu-flags");
        if (h.cpu() != null) for (String f : new TreeSet<>(h.cpu().flags())) flags.getChildren().add(chip(f));
        Label flagCount = new Label((h.cpu() == null ? 0 : h.cpu().flags().size()) + " flags");
        flagCount.getStyleClass().add(Styles.TEXT_MUTED);

        getChildren().addAll(head, platform, Section.card("Platform features", features),
                Section.card("CPU flags", flagCount, flags));
        if (!h.firmware().isEmpty()) {
            TableView<FirmwareFile> fw = Section.table(Math.min(8, h.firmware().size()));
            fw.getColumns().add(Section.column("File", 200, FirmwareFile::name));
            fw.getColumns().add(Section.column("Size", 100, f -> Long.toString(f.size())));
            fw.getColumns().add(Section.column("SHA-256", 300, f -> f.sha256() == null ? "" : f.sha256()));
            fw.setItems(FXCollections.observableArrayList(List.copyOf(h.firmware().values())));
            getChildren().add(Section.card("Firmware files (decide ROM and BIOS RAM block sizes)", fw));
        }
    }

    static Label chip(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("chip");
        return l;
    }
}
