package org.qompat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.VerdictStatus;
import org.qompat.ui.drill.QomEntry;
import org.qompat.ui.drill.VmVerdictRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 2 a.m. path through the window: a blocked cell → its VMs → the blocker → the device property in the QOM
 * tree with the value on each build and where each came from → only the differences.
 */
class ExplorerFlowUiTest extends DemoWindowTest {

    @Test
    void blockedCellLeadsToTheBlockerAndTheDevicePropertyOnBothBuilds() throws Exception {
        // hv-west-01 runs QEMU 10.0.2, hv-south-01 runs 9.0.0: pc-q35-8.1 means different USO defaults there
        assertThat(app.getAnalysis().verdict(app.vmIndex("cache-01"), app.hostIndex("hv-west-01"),
                app.hostIndex("hv-south-01")).status()).isEqualTo(VerdictStatus.BLOCKED);
        matrix.click("hv-west-01", "hv-south-01");

        assertThat(lookup("#drill-title").queryAs(Label.class).getText()).isEqualTo("hv-west-01 → hv-south-01");
        TableView<VmVerdictRow> vms = lookup("#drill-vms").queryTableView();
        VmVerdictRow first = vms.getItems().get(0);
        assertThat(first.status()).as("worst verdict first").isEqualTo(VerdictStatus.BLOCKED);
        assertThat(vms.getItems()).extracting(r -> r.vm().name()).contains("cache-01", "db-01");

        clickOn(lookup("#drill-vms .table-cell").match((javafx.scene.control.Labeled l) -> "cache-01".equals(l.getText())).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Finding> findings = lookup("#drill-findings").queryTableView();
        assertThat(findings.getItems()).isNotEmpty();
        assertThat(findings.getItems().get(0).severity()).as("blockers first").isEqualTo(Severity.BLOCKER);
        int blocker = indexOf(findings.getItems(), f -> f.rule() == Rule.EFFECTIVE_PROPERTIES && f.property().equals("host_uso"));
        assertThat(blocker).isNotNegative();
        interact(() -> findings.getSelectionModel().select(blocker));
        clickOn(lookup("#drill-findings .table-cell").match((javafx.scene.control.Labeled l) -> "host_uso".equals(l.getText()) || l.getText() != null
                && l.getText().endsWith("· host_uso")).queryLabeled());
        assertThat(lookup("#finding-message").queryAs(Label.class).getText()).contains("host_uso").contains("hw_compat_8_1");
        assertThat(lookup("#finding-source-value").queryAs(Label.class).getText()).isEqualTo("off");
        assertThat(lookup("#finding-destination-value").queryAs(Label.class).getText()).isEqualTo("true");

        clickOn("#show-in-qom-tree");
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<QomEntry> tree = lookup("#qom-tree").queryAs(TreeTableView.class);
        TreeItem<QomEntry> selected = tree.getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();
        QomEntry e = selected.getValue();
        assertThat(e.path()).isEqualTo("/machine/peripheral/net0/virtio-backend");
        assertThat(e.name()).isEqualTo("host_uso");
        assertThat(e.row().source().value()).isEqualTo("off");
        assertThat(e.row().source().origin()).isEqualTo("compat entry hw_compat_8_1");
        assertThat(e.row().destination().value()).isEqualTo("true");
        assertThat(e.row().destination().origin()).isEqualTo("class default");
        assertThat(e.differs()).isTrue();
        // what the user sees: the selected row on screen carries both values and both origins
        TreeTableRow<?> row = lookup("#qom-tree .tree-table-row-cell").match((TreeTableRow<?> r) -> r.isSelected()).query();
        List<String> texts = new ArrayList<>();
        row.lookupAll(".tree-table-cell").forEach(n -> texts.add(((javafx.scene.control.Labeled) n).getText()));
        assertThat(texts).contains("host_uso", "off", "true", "compat entry hw_compat_8_1", "class default");
        assertThat(row.getStyleClass()).contains("differs");
        assertThat(lookup("#qom-provenance").queryAs(Label.class).getText()).contains("hw_compat_8_1").contains("qemu-10.0.2.json");
    }

    @Test
    void onlyDifferencesLeavesTheChangedPropertiesAndTheirDevices() throws Exception {
        matrix.click("hv-south-01", "hv-west-01");
        clickOn(lookup("#drill-vms .table-cell").match((javafx.scene.control.Labeled l) -> "cache-01".equals(l.getText())).queryLabeled());
        clickOn("#show-in-qom-tree");
        TreeTableView<QomEntry> tree = lookup("#qom-tree").queryAs(TreeTableView.class);
        List<QomEntry> before = properties(tree.getRoot());
        assertThat(before).anyMatch(p -> !p.differs());

        clickOn(lookup("#qom-only-differences .thumb-area").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<QomEntry> after = properties(tree.getRoot());
        assertThat(after).extracting(QomEntry::name).containsExactlyInAnyOrder("host_uso", "guest_uso4", "guest_uso6");
        assertThat(after).allMatch(QomEntry::differs);
        assertThat(tree.getRoot().getValue().differing()).isEqualTo(3);

        clickOn("#qom-search").write("guest_uso6");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(properties(tree.getRoot())).extracting(QomEntry::name).containsExactly("guest_uso6");
    }

    @Test
    void propertyExistsFindingSelectsThePropertyRowNotTheDevice() throws Exception {
        // "Show in QOM tree" lands on the property row (also when the row lives on a virtio proxy's backend),
        // and does so again when the same finding is asked for after the user moved around the tree
        // the real captures in samples/: api-1 sets guest_uso4, which QEMU 7.2 (lab-qemu72) does not have
        java.nio.file.Path samples = java.nio.file.Path.of("samples");
        org.qompat.model.Fleet fleet = org.qompat.io.FleetLoader.load(List.of(samples.resolve("builds"),
                samples.resolve("hosts/east-r1-n01.json"), samples.resolve("hosts/lab-qemu72.json"),
                samples.resolve("vms/api-1.json")), org.qompat.io.LoadProgress.NONE);
        WindowFixture.showAndWait(window, fleet);
        String vm = "api-1";
        String from = "east-r1-n01";
        String to = "lab-qemu72";
        var a = app.getAnalysis();
        Finding wanted = a.verdict(app.vmIndex(vm), app.hostIndex(from), app.hostIndex(to)).findings().stream()
                .filter(f -> f.rule() == Rule.PROPERTY_EXISTS && "guest_uso4".equals(f.property())).findFirst().orElse(null);
        assertThat(wanted).as("api-1 east-r1-n01 → lab-qemu72 has a property-exists finding for guest_uso4").isNotNull();
        matrix.click(from, to);
        String vmName = vm;
        clickOn(lookup("#drill-vms .table-cell").match((javafx.scene.control.Labeled l) -> vmName.equals(l.getText())).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Finding> findings = lookup("#drill-findings").queryTableView();
        Finding target = wanted;
        int index = indexOf(findings.getItems(), f -> f.rule() == Rule.PROPERTY_EXISTS && f.property().equals(target.property()));
        assertThat(index).isNotNegative();
        interact(() -> findings.getSelectionModel().select(index));
        clickOn("#show-in-qom-tree");
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<QomEntry> tree = lookup("#qom-tree").queryAs(TreeTableView.class);
        QomEntry selected = tree.getSelectionModel().getSelectedItem().getValue();
        assertThat(selected.isProperty()).as("a property row is selected, not the device " + selected.path()).isTrue();
        assertThat(selected.name()).isEqualTo("guest_uso4");
        assertThat(selected.path()).startsWith(target.path());
        TreeTableRow<?> row = lookup("#qom-tree .tree-table-row-cell").match((TreeTableRow<?> r) -> r.isSelected()).query();
        List<String> texts = new ArrayList<>();
        row.lookupAll(".tree-table-cell").forEach(n -> texts.add(((javafx.scene.control.Labeled) n).getText()));
        assertThat(texts).contains("guest_uso4");

        // the user wanders off to the device row, then asks for the same finding again: back on the property
        interact(() -> tree.getSelectionModel().select(tree.getSelectionModel().getSelectedItem().getParent()));
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().isProperty()).isFalse();
        interact(() -> lookup("#show-in-qom-tree").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        QomEntry again = tree.getSelectionModel().getSelectedItem().getValue();
        assertThat(again.isProperty()).as("the property row again, not the device " + again.path()).isTrue();
        assertThat(again.name()).isEqualTo("guest_uso4");
    }

    private static List<QomEntry> properties(TreeItem<QomEntry> item) {
        List<QomEntry> out = new ArrayList<>();
        if (item == null) return out;
        if (item.getValue().isProperty()) out.add(item.getValue());
        for (TreeItem<QomEntry> c : item.getChildren()) out.addAll(properties(c));
        return out;
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) if (p.test(list.get(i))) return i;
        return -1;
    }
}
