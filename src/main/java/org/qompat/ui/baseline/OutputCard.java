package org.qompat.ui.baseline;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.qompat.engine.plan.LibvirtXml;
import org.qompat.engine.plan.QemuOptions;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.ui.plan.PlanUi;

/** The selected VM's baseline as QEMU options and as libvirt domain XML, each with a copy button. */
final class OutputCard extends VBox {

    private final TextArea qemu = code("baseline-qemu");
    private final TextArea libvirt = code("baseline-libvirt");
    private final Label forVm = new Label();

    OutputCard() {
        getStyleClass().add("plan-card");
        Tab q = new Tab("QEMU options", pane(qemu, "QEMU options"));
        Tab l = new Tab("libvirt XML", pane(libvirt, "libvirt XML"));
        TabPane tabs = new TabPane(q, l);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_CLASSIC);
        forVm.getStyleClass().add(Styles.TEXT_MUTED);
        forVm.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, PlanUi.heading("Settings to apply", "Options for the VM's next start; they pin "
                + "its guest ABI to what every host can run.", new FontIcon(Material2MZ.TUNE)), new Spacer(), forVm);
        getChildren().addAll(head, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    void show(VmBaseline vm) {
        if (vm == null) {
            qemu.clear();
            libvirt.clear();
            forVm.setText("");
            return;
        }
        forVm.setText("for VM " + vm.vm());
        List<String> lines = QemuOptions.lines(vm);
        qemu.setText(String.join("\n", lines));
        libvirt.setText(LibvirtXml.render(vm));
    }

    private VBox pane(TextArea area, String what) {
        var copy = PlanUi.copyButton(what, area::getText);
        copy.setId("copy-" + area.getId());
        HBox bar = new HBox(new Spacer(), copy);
        VBox box = new VBox(4, bar, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        return box;
    }

    private static TextArea code(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        // a long -device line must stay readable without a horizontal scroll bar
        a.setWrapText(true);
        a.getStyleClass().add("plan-code");
        a.setPrefRowCount(9);
        return a;
    }
}
