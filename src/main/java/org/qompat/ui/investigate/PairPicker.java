package org.qompat.ui.investigate;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The VM and the two hosts to set the log against: filled from what the log names when the fleet knows it, and
 * freely chosen otherwise. Without a loaded fleet it says so.
 */
final class PairPicker extends VBox {

    private final ComboBox<Vm> vm = new ComboBox<>();
    private final ComboBox<Host> from = new ComboBox<>();
    private final ComboBox<Host> to = new ComboBox<>();
    private final Label hint = new Label();

    PairPicker(InvestigateModel model, javafx.beans.value.ObservableValue<Fleet> fleet) {
        getStyleClass().add("pair-picker");
        setSpacing(8);
        setPadding(new Insets(12));
        Label title = new Label("Link to the fleet");
        title.getStyleClass().add(Styles.TITLE_4);
        vm.setId("investigate-vm");
        from.setId("investigate-from");
        to.setId("investigate-to");
        vm.setConverter(converter(Vm::name));
        from.setConverter(converter(Host::name));
        to.setConverter(converter(Host::name));
        for (ComboBox<?> c : new ComboBox<?>[] {vm, from, to}) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setPromptText("—");
        }
        vm.valueProperty().bindBidirectional(model.vmProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("VM"), vm);
        grid.addRow(1, label("From"), from);
        grid.addRow(2, label("To"), to);
        GridPane.setHgrow(vm, Priority.ALWAYS);
        GridPane.setHgrow(from, Priority.ALWAYS);
        GridPane.setHgrow(to, Priority.ALWAYS);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        getChildren().addAll(title, grid, hint);

        fleet.addListener((o, a, f) -> fill(f));
        fill(fleet.getValue());
        model.decodingProperty().addListener((o, a, d) -> updateHint(d, fleet.getValue()));
    }

    private void fill(Fleet f) {
        vm.setItems(FXCollections.observableArrayList(f == null ? java.util.List.of() : f.vms()));
        from.setItems(FXCollections.observableArrayList(f == null ? java.util.List.of() : f.hosts()));
        to.setItems(FXCollections.observableArrayList(f == null ? java.util.List.of() : f.hosts()));
        setDisable(f == null || f.hosts().isEmpty());
        updateHint(null, f);
    }

    private void updateHint(LogDecoding d, Fleet f) {
        if (f == null || f.hosts().isEmpty()) {
            hint.setText("Load a fleet to compare the log with the engine's prediction for the same VM and hosts.");
            return;
        }
        if (d == null || (d.context().vms().isEmpty() && d.context().hosts().isEmpty())) {
            hint.setText("The log names no VM or host: pick them to see the engine's findings next to each line.");
            return;
        }
        hint.setText("The log names " + String.join(", ", d.context().vms()) + (d.context().hosts().isEmpty() ? ""
                : (d.context().vms().isEmpty() ? "" : " on ") + String.join(", ", d.context().hosts()))
                + "; matching fleet entries are picked for you.");
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.setMinWidth(44);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
