package org.qompat.ui.present;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.qompat.report.FleetSummary;
import org.qompat.report.RankedBlocker;

/** Slide 2: the blockers that block the most VM × host-pair combinations, biggest first. */
final class BlockersSlide {

    static final int SHOWN = 5;

    private BlockersSlide() {
    }

    static Node build(PresentationData d) {
        List<RankedBlocker> blockers = d.blockers();
        VBox slide = new VBox(SlideParts.heading("Worst blockers", "What blocks migrations most",
                blockers.isEmpty() ? "Nothing blocks any selected VM between any two hosts."
                        : blockers.size() + " distinct blockers; the top " + Math.min(SHOWN, blockers.size())
                        + " by the VM \u00d7 host-pair combinations they block"));
        slide.getStyleClass().add("slide");
        long top = blockers.isEmpty() ? 1 : Math.max(1, blockers.get(0).combinations());
        int rank = 0;
        for (RankedBlocker b : blockers) {
            if (++rank > SHOWN) break;
            slide.getChildren().add(row(rank, b, top, d.summary()));
        }
        return slide;
    }

    private static HBox row(int rank, RankedBlocker b, long top, FleetSummary s) {
        // two lines of the message at most: five blockers must fit one screen, the report has the rest
        Label message = SlideParts.label(b.example().message(), "blocker-message", "clamp-2");
        message.setMinHeight(0);
        VBox what = new VBox(4, new HBox(10, SlideParts.ruleChip(b.rule().id()),
                SlideParts.label(b.subject(), "blocker-subject")), message);
        HBox.setHgrow(what, Priority.ALWAYS);
        Region bar = new Region();
        bar.getStyleClass().add("impact-bar");
        bar.setPrefWidth(260.0 * b.combinations() / top);
        bar.setMaxWidth(Region.USE_PREF_SIZE);
        VBox impact = new VBox(4, SlideParts.label(SlideParts.grouped(b.combinations()) + " blocked", "blocker-impact"),
                bar, SlideParts.label(SlideParts.pct(FleetSummary.percent(b.combinations(), s.combinations()))
                        + " of all \u00b7 " + b.vms().size() + (b.vms().size() == 1 ? " VM" : " VMs")
                        + (b.soleCause() > 0 ? " \u00b7 " + SlideParts.grouped(b.soleCause()) + " alone" : ""),
                        "blocker-message"));
        impact.setMinWidth(360);
        impact.setPrefWidth(360);
        HBox row = new HBox(SlideParts.label(String.valueOf(rank), "blocker-rank"), what, impact);
        row.getStyleClass().add("blocker");
        row.setId("presentBlocker" + rank);
        return row;
    }
}
