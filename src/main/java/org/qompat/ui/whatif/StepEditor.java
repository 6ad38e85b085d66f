package org.qompat.ui.whatif;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.ScenarioChange;

/** The form that adds one step to the scenario: pick what to change, the hosts, and the new value. */
final class StepEditor extends VBox {

    /** Short labels: the combo box sits in a narrow column; the form below each says what the step does. */
    enum Kind {
        KERNEL("Kernel of another host"),
        BUILD("Another loaded QEMU build"),
        FEATURE("One platform feature on/off"),
        COPIES("Add copies of a host"),
        REMOVE("Remove hosts");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
    private final ListView<String> hosts = new ListView<>();
    private final ComboBox<String> sourceHost = new ComboBox<>();
    private final ComboBox<QemuBuild> build = new ComboBox<>();
    private final ComboBox<String> feature = new ComboBox<>();
    private final CheckBox featureOn = new CheckBox("available");
    private final Spinner<Integer> count = new Spinner<>(1, 1000, 2);
    private final TextField prefix = new TextField();
    private final GridPane form = new GridPane();
    private final Label error = new Label();

    StepEditor(Consumer<ScenarioChange> onAdd) {
        setSpacing(8);
        kind.setId("whatif-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setValue(Kind.KERNEL);
        hosts.setId("whatif-step-hosts");
        hosts.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        hosts.setPrefHeight(130);
        sourceHost.setId("whatif-source-host");
        build.setId("whatif-build");
        build.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(QemuBuild b) {
                return b == null ? "" : b.label();
            }

            @Override
            public QemuBuild fromString(String s) {
                return null;
            }
        });
        feature.setId("whatif-feature");
        feature.setEditable(true);
        count.setId("whatif-count");
        count.setEditable(true);
        prefix.setId("whatif-prefix");
        prefix.setPromptText("name prefix, e.g. spare");
        form.setHgap(8);
        form.setVgap(6);
        error.getStyleClass().add(Styles.DANGER);
        Button add = new Button("Add step", new FontIcon(Material2AL.ADD));
        add.setId("whatif-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> {
            ScenarioChange c = build();
            if (c != null) {
                onAdd.accept(c);
                hosts.getSelectionModel().clearSelection();
            }
        });
        kind.valueProperty().addListener((o, a, k) -> layoutForm());
        getChildren().addAll(kind, form, error, add);
        layoutForm();
    }

    void setFleet(Fleet f) {
        List<String> names = f.hosts().stream().map(Host::name).toList();
        hosts.setItems(FXCollections.observableArrayList(names));
        sourceHost.setItems(FXCollections.observableArrayList(names));
        java.util.Map<String, QemuBuild> builds = new java.util.LinkedHashMap<>();
        for (QemuBuild b : f.builds()) builds.putIfAbsent(b.id(), b);
        for (Host h : f.hosts()) if (h.build() != null) builds.putIfAbsent(h.build().id(), h.build());
        build.setItems(FXCollections.observableArrayList(builds.values()));
        TreeSet<String> features = new TreeSet<>();
        for (Host h : f.hosts()) features.addAll(h.features().keySet());
        feature.setItems(FXCollections.observableArrayList(features));
        if (!features.isEmpty()) feature.setValue(features.first());
    }

    private void layoutForm() {
        form.getChildren().clear();
        int row = 0;
        Kind k = kind.getValue();
        if (k == Kind.COPIES) {
            form.addRow(row++, label("Template host"), sourceHost);
            form.addRow(row++, label("How many"), count);
            form.addRow(row, label("Named"), prefix);
            return;
        }
        form.addRow(row++, label("Hosts"), hosts);
        switch (k) {
            case KERNEL -> form.addRow(row, label("Kernel of"), sourceHost);
            case BUILD -> form.addRow(row, label("QEMU build"), build);
            case FEATURE -> {
                form.addRow(row++, label("Feature"), feature);
                form.addRow(row, label(""), featureOn);
            }
            default -> {
            }
        }
    }

    /** The step the form describes, or null (with the reason shown) when something is missing. */
    private ScenarioChange build() {
        error.setText("");
        Kind k = kind.getValue();
        List<String> chosen = List.copyOf(hosts.getSelectionModel().getSelectedItems());
        if (k != Kind.COPIES && chosen.isEmpty()) return fail("Select at least one host.");
        return switch (k) {
            case KERNEL -> sourceHost.getValue() == null ? fail("Choose the host whose kernel to take.")
                    : new ScenarioChange.UseKernelOf(chosen, sourceHost.getValue());
            case BUILD -> build.getValue() == null ? fail("Choose a QEMU build.")
                    : new ScenarioChange.UseBuild(chosen, build.getValue().id(), build.getValue().label());
            case FEATURE -> feature.getValue() == null || feature.getValue().isBlank() ? fail("Name a feature.")
                    : new ScenarioChange.SetFeatures(chosen, null, Map.of(feature.getValue(), featureOn.isSelected()));
            case COPIES -> sourceHost.getValue() == null ? fail("Choose the host to copy.")
                    : new ScenarioChange.AddCopies(sourceHost.getValue(), count.getValue(),
                    prefix.getText() == null || prefix.getText().isBlank() ? null : prefix.getText().trim());
            case REMOVE -> new ScenarioChange.RemoveHosts(chosen);
        };
    }

    private ScenarioChange fail(String why) {
        error.setText(why);
        return null;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("plan-kv-key");
        l.setMinWidth(90);
        return l;
    }
}
