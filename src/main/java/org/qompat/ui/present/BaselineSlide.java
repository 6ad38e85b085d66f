package org.qompat.ui.present;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.PropertyPin;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.model.Fleet;
import org.qompat.ui.baseline.BaselineModel;

/**
 * Slide 4: the baseline that makes a host set one migration domain — the recommended machine type, CPU model and
 * property pins (from the planning engine, the same computation and the same default host set as the Baseline
 * view: the first cluster) and the blocked combinations before and after applying them, re-computed by the engine.
 */
final class BaselineSlide {

    static final int PINS_SHOWN = 6;

    private BaselineSlide() {
    }

    /** The Baseline view's default host set: the first cluster, else every host. */
    static String selector(Fleet fleet) {
        return BaselineModel.suggestions(fleet).get(0);
    }

    /** While the baseline is being computed (it re-runs the engine), or when it could not be. */
    static Node pending(String message) {
        VBox slide = new VBox(SlideParts.heading("Baseline", "One migration domain", message));
        slide.getStyleClass().add("slide");
        slide.setId("presentBaseline");
        return slide;
    }

    static Node build(BaselineModel.Result r) {
        Baseline b = r.baseline();
        long verified = b.vms().stream().filter(VmBaseline::verified).count();
        String where = r.selector().equals("*") ? "the whole fleet" : r.selector();
        VBox slide = new VBox(SlideParts.heading("Baseline", "One migration domain for " + where,
                "Start the VMs with these settings and the engine, re-run with them applied, finds "
                        + verified + " of " + b.vms().size() + " VMs movable between all " + r.hosts().size()
                        + " hosts of " + where));
        slide.getStyleClass().add("slide");
        slide.setId("presentBaseline");

        Map<VerdictStatus, Long> before = r.effect().diff().statusCountsBefore();
        Map<VerdictStatus, Long> after = r.effect().diff().statusCountsAfter();
        VBox effect = new VBox(12,
                SlideParts.stat(SlideParts.grouped(before.getOrDefault(VerdictStatus.BLOCKED, 0L)),
                        "blocked VM \u00d7 host-pair combinations today"),
                SlideParts.stat(SlideParts.grouped(after.getOrDefault(VerdictStatus.BLOCKED, 0L)),
                        "blocked with the baseline applied"),
                SlideParts.stat(SlideParts.grouped(r.effect().diff().improvedCells()) + " / "
                        + SlideParts.grouped(r.effect().diff().worsenedCells()), "combinations that get better / worse"));
        effect.setMinWidth(380);
        effect.setPrefWidth(420);

        VBox settings = new VBox(10);
        settings.getChildren().add(SlideParts.label("Recommended", "slide-kicker"));
        b.machineByFamily().forEach((family, machine) ->
                settings.getChildren().add(SlideParts.label("-machine " + machine + "   (" + family + ")", "pin")));
        if (b.cpu() != null && b.cpu().model() != null) {
            settings.getChildren().add(SlideParts.label("-cpu " + b.cpu().model(), "pin"));
        }
        Set<String> pins = new LinkedHashSet<>();
        for (VmBaseline vm : b.vms()) for (PropertyPin p : vm.pins()) pins.add("-global " + p.globalSpelling());
        int shown = 0;
        for (String pin : pins) {
            if (++shown > PINS_SHOWN) {
                settings.getChildren().add(SlideParts.label("+ " + (pins.size() - PINS_SHOWN) + " more pins",
                        "blocker-message"));
                break;
            }
            settings.getChildren().add(SlideParts.label(pin, "pin"));
        }
        if (pins.isEmpty()) settings.getChildren().add(SlideParts.label("no property pins needed", "blocker-message"));
        for (String note : b.notes()) {
            settings.getChildren().add(SlideParts.label(note, "blocker-message"));
            if (settings.getChildren().size() > 14) break;
        }
        settings.getStyleClass().add("finding");
        HBox.setHgrow(settings, Priority.ALWAYS);
        HBox body = new HBox(28, effect, settings);
        slide.getChildren().add(body);
        return slide;
    }
}
