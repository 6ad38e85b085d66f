package org.qompat.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The slides in order — fleet matrix, worst blockers, one drill-down, baseline — with a footer that shows where
 * the audience is. Keys: → Space PageDown Enter step forward; ← Backspace PageUp step back; Home/End; 1–4 jump.
 * Slides are built the first time they are shown and kept.
 */
public final class PresentationDeck extends BorderPane {

    public static final List<String> TITLES = List.of("Fleet matrix", "Worst blockers", "Drill-down", "Baseline");

    private final List<Supplier<Node>> makers = new ArrayList<>();
    private final List<Node> built = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final HBox footer = new HBox();

    PresentationDeck(PresentationData data) {
        getStyleClass().add("present-root");
        makers.add(() -> MatrixSlide.build(data));
        makers.add(() -> BlockersSlide.build(data));
        makers.add(() -> DrillDownSlide.build(data));
        makers.add(() -> BaselineSlide.pending("Computing the baseline: the engine re-checks every VM with it applied\u2026"));
        for (int i = 0; i < makers.size(); i++) built.add(null);
        footer.getStyleClass().add("present-footer");
        setBottom(footer);
        show(0);
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int size() {
        return makers.size();
    }

    /** Replaces slide {@code i} (e.g. the baseline once it is computed) and shows it if it is current. */
    void replace(int i, Node slide) {
        built.set(i, slide);
        if (index.get() == i) setCenter(slide);
    }

    public void next() {
        show(Math.min(size() - 1, index.get() + 1));
    }

    public void previous() {
        show(Math.max(0, index.get() - 1));
    }

    public void show(int i) {
        if (i == index.get()) return;
        if (built.get(i) == null) built.set(i, makers.get(i).get());
        setCenter(built.get(i));
        index.set(i);
        updateFooter();
    }

    /** Handles a step key; returns true when the key was one of the deck's. */
    boolean handle(KeyEvent e) {
        KeyCode k = e.getCode();
        switch (k) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> next();
            case LEFT, UP, BACK_SPACE, PAGE_UP -> previous();
            case HOME -> show(0);
            case END -> show(size() - 1);
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4 -> show(Math.min(size() - 1, k.ordinal() - KeyCode.DIGIT1.ordinal()));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void updateFooter() {
        footer.getChildren().clear();
        for (int i = 0; i < size(); i++) {
            Region dot = new Region();
            dot.getStyleClass().add("step-dot");
            if (i == index.get()) dot.getStyleClass().add("current");
            footer.getChildren().add(dot);
        }
        footer.getChildren().add(SlideParts.label((index.get() + 1) + " / " + size() + "  \u00b7  "
                + TITLES.get(index.get()), "footer-text"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        footer.getChildren().addAll(spacer, SlideParts.label("\u2190 \u2192 step  \u00b7  Esc leaves", "footer-text"));
        footer.setId("presentFooter");
    }
}
