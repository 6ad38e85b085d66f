package org.qompat.ui.plan;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;

/** What the screenshot run does in each view before taking the picture, so the pictures show real answers. */
final class ScreenshotScripts {

    private ScreenshotScripts() {
    }

    /** A kernel upgrade of the old-kernel hosts of the first cluster, taking the kernel of its first host. */
    @SuppressWarnings("unchecked")
    static void whatIf(Parent root) {
        ListView<String> hosts = (ListView<String>) root.lookup("#whatif-step-hosts");
        ComboBox<String> source = (ComboBox<String>) root.lookup("#whatif-source-host");
        String old = System.getProperty("qompat.shot.oldKernelHosts", "east-r2-n07,east-r2-n08");
        for (String h : old.split(",")) hosts.getSelectionModel().select(h);
        source.setValue(System.getProperty("qompat.shot.kernelOf", "east-r1-n01"));
        ((Button) root.lookup("#whatif-add")).fire();
    }

    @SuppressWarnings("unchecked")
    static void capacity(Parent root) {
        ComboBox<String> hosts = (ComboBox<String>) root.lookup("#drain-hosts");
        hosts.getEditor().setText(System.getProperty("qompat.shot.drain", "rack=r1"));
        ((Button) root.lookup("#drain-check")).fire();
    }

    static boolean baselineReady(Parent root) {
        return !((javafx.scene.control.TableView<?>) root.lookup("#baseline-vms")).getItems().isEmpty();
    }

    static boolean whatIfReady(Parent root) {
        return ((javafx.scene.control.Label) root.lookup("#whatif-summary")).getText().contains("better");
    }

    static boolean capacityReady(Parent root) {
        return root.lookup("#drain-banner").isVisible();
    }
}
