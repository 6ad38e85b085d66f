package org.qompat.ui.plan;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import org.qompat.model.Fleet;

/**
 * What {@link PlanScreenshots} does in each view before taking the picture, so the pictures show the questions
 * the issue asks answered by the engine: the east baseline, a kernel upgrade of the old-kernel hosts, and a
 * drain of the host that runs the VM with the nvme device.
 */
final class ScreenshotScripts {

    private ScreenshotScripts() {
    }

    /** The view has finished what it computes on its own when the fleet arrives. */
    static boolean settled(Parent root) {
        if (root.lookupAll(".progress-indicator").stream().anyMatch(ScreenshotScripts::showing)) return false;
        return switch (root.getId()) {
            case "baseline-view" -> baselineReady(root);
            case "whatif-view" -> root.lookup("#whatif-step-hosts") instanceof ListView<?> l && !l.getItems().isEmpty();
            case "capacity-view" -> root.lookup("#metric-pairs-value") instanceof Label l && !l.getText().equals("–");
            default -> true;
        };
    }

    private static boolean showing(Node n) {
        return n instanceof ProgressIndicator && n.isVisible() && n.getScene() != null;
    }

    /** A kernel upgrade of east's two 6.1-kernel hosts, taking the kernel of east-r1-n01 (6.12). */
    @SuppressWarnings("unchecked")
    static void whatIf(Parent root) {
        ListView<String> hosts = (ListView<String>) root.lookup("#whatif-step-hosts");
        ComboBox<String> source = (ComboBox<String>) root.lookup("#whatif-source-host");
        for (String h : System.getProperty("qompat.shot.oldKernelHosts", "east-r2-n07,east-r2-n08").split(",")) {
            hosts.getSelectionModel().select(h);
        }
        source.setValue(System.getProperty("qompat.shot.kernelOf", "east-r1-n01"));
        ((Button) root.lookup("#whatif-add")).fire();
    }

    /** Drains the host the fleet manifest runs store-1 on (its nvme0 refuses to migrate): one stranded VM. */
    @SuppressWarnings("unchecked")
    static void capacity(Parent root, Fleet fleet) {
        String host = System.getProperty("qompat.shot.drain", fleet.vm("store-1").map(v -> v.host())
                .orElse("rack=r1"));
        ComboBox<String> hosts = (ComboBox<String>) root.lookup("#drain-hosts");
        hosts.getEditor().setText(host);
        ((Button) root.lookup("#drain-check")).fire();
    }

    /** Scrolls the view's own scroll pane (the first one, outside every card) to its end. */
    static void scrollToBottom(Parent root) {
        ((javafx.scene.control.ScrollPane) root.lookup(".scroll-pane")).setVvalue(1);
    }

    static boolean baselineReady(Parent root) {
        return root.lookup("#baseline-vms") instanceof TableView<?> t && !t.getItems().isEmpty()
                && root.lookupAll(".progress-indicator").stream().noneMatch(ScreenshotScripts::showing);
    }

    static boolean whatIfReady(Parent root) {
        return ((Label) root.lookup("#whatif-summary")).getText().contains("better");
    }

    static boolean capacityReady(Parent root) {
        return root.lookup("#drain-banner").isVisible();
    }
}
