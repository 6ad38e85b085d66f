package org.qompat.ui.present;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.qompat.engine.Finding;
import org.qompat.engine.Verdict;

/** Slide 3: one blocked migration explained — the worst blocker's example with every finding, both values, sources. */
final class DrillDownSlide {

    static final int SHOWN = 4;

    private DrillDownSlide() {
    }

    static Node build(PresentationData d) {
        Verdict v = d.drillDown();
        if (v == null) {
            VBox slide = new VBox(SlideParts.heading("Drill-down", "No blocked migration to explain",
                    "Every selected VM can move between every pair of hosts, or the data says nothing yet."));
            slide.getStyleClass().add("slide");
            return slide;
        }
        VBox slide = new VBox(SlideParts.heading("Drill-down", "Why " + v.vm() + " cannot move from " + v.from()
                + " to " + v.to(), v.findings().size() + (v.findings().size() == 1 ? " finding" : " findings")
                + " for this migration, blockers first; each value with the file and position it came from"));
        slide.getStyleClass().add("slide");
        slide.getChildren().add(new HBox(12, SlideParts.statusChip(v.status())));
        VBox findings = new VBox(14);
        int shown = 0;
        for (Finding f : v.findings()) {
            if (++shown > SHOWN) {
                findings.getChildren().add(SlideParts.label("+ " + (v.findings().size() - SHOWN)
                        + " more in the window's drill-down and in the report", "slide-subtitle"));
                break;
            }
            findings.getChildren().add(card(f));
        }
        ScrollPane scroll = new ScrollPane(findings);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background: transparent; -fx-background-color: transparent;");
        slide.getChildren().add(scroll);
        slide.setId("presentDrill");
        return slide;
    }

    private static VBox card(Finding f) {
        String where = f.path() + (f.property().isEmpty() ? "" : "  \u00b7  " + f.property());
        HBox head = new HBox(10, SlideParts.severityChip(f.severity()), SlideParts.ruleChip(f.rule().id()),
                SlideParts.label(where, "finding-where"));
        HBox values = new HBox(18, value("source", f.sourceValue()), SlideParts.label("\u2192", "value"),
                value("destination", f.destinationValue()));
        VBox card = new VBox(head, SlideParts.label(f.message(), "finding-message"), values,
                SlideParts.label("source: " + f.sourceProvenance() + "    destination: " + f.destinationProvenance(),
                        "provenance"));
        card.getStyleClass().add("finding");
        return card;
    }

    private static VBox value(String side, String value) {
        VBox box = new VBox(SlideParts.label(side, "value-side"),
                SlideParts.label(value == null || value.isEmpty() ? "(absent)" : value, "value"));
        box.getStyleClass().add("value-box");
        return box;
    }
}
