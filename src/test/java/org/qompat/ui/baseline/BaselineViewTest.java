package org.qompat.ui.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.ui.common.FeatureView;
import org.qompat.ui.plan.PlanViewTest;
import org.testfx.util.WaitForAsyncUtils;

class BaselineViewTest extends PlanViewTest {

    @Override
    protected FeatureView view() {
        return new BaselineView();
    }

    private TableView<VmBaseline> table() {
        return find("#baseline-vms");
    }

    private void awaitHostSet(String selector, int vms) {
        await("the baseline of " + selector, () -> table().getItems().size() == vms
                && table().getItems().stream().allMatch(v -> hostsOf(selector)));
    }

    private boolean hostsOf(String selector) {
        ComboBox<String> box = find("#baseline-hosts");
        return selector.equals(box.getEditor().getText()) || selector.equals(box.getValue());
    }

    @Test
    void east_shows_the_uso_pins_as_qemu_options_and_libvirt_xml_and_the_matrix_gets_better() throws Exception {
        // the first cluster is computed when the fleet arrives
        await("east", () -> table().getItems().stream().anyMatch(v -> v.vm().equals("web-2")));
        Label uso = find("#feature-tap-uso");
        assertThat(uso.getText()).isEqualTo("tap-uso ✕ missing on 2");
        VmBaseline web2 = table().getItems().stream().filter(v -> v.vm().equals("web-2")).findFirst().orElseThrow();
        interact(() -> table().scrollTo(web2));
        clickOn(lookup(".table-cell").match(n -> "web-2".equals(((javafx.scene.control.TableCell<?, ?>) n).getText()))
                .queryAs(javafx.scene.Node.class));
        assertThat(table().getSelectionModel().getSelectedItem().vm()).isEqualTo("web-2");
        TextArea qemu = find("#baseline-qemu");
        assertThat(qemu.getText()).contains("-machine pc-q35-9.1").contains("-global virtio-net-pci.host_uso=off")
                .contains("-global virtio-net-pci.guest_uso6=off");
        Label before = find("#baseline-before-counts");
        Label after = find("#baseline-after-counts");
        assertThat(before.getText()).contains("BLOCKED");
        assertThat(after.getText()).doesNotContain("BLOCKED").doesNotContain("UNKNOWN");
        clickOn("libvirt XML");
        TextArea libvirt = find("#baseline-libvirt");
        assertThat(libvirt.getText()).contains("<type arch='x86_64' machine='pc-q35-9.1'>hvm</type>")
                .contains("<qemu:device alias='net0'>")
                .contains("<qemu:property name='host_uso' type='bool' value='false'/>");
        clickOn("#copy-baseline-libvirt");
        WaitForAsyncUtils.waitForFxEvents();
        String clip = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(clip).isEqualTo(libvirt.getText());
        Label verdict = find("#baseline-verdict");
        // gpu-1 (VFIO without vendor data on six hosts) and store-1 (nvme) are not the baseline's failures
        assertThat(verdict.getText()).isEqualTo("⚠ 6 of 8 VMs verified movable; no pin can fix gpu-1, store-1");
        assertThat(verdict.getStyleClass()).contains("plan-status-warn");
        Label why = find("#baseline-beyond-pins");
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText().lines()).hasSize(2).anySatisfy(l -> assertThat(l)
                .isEqualTo("store-1: cannot migrate at all: nvme0 (nvme) has a migration blocker"))
                .anySatisfy(l -> assertThat(l).startsWith("gpu-1: hostdev0 is VFIO passthrough (nvidia.com/a100-mig)"));
        assertThat(table().getItems()).filteredOn(VmBaseline::blockedBeyondPins).extracting(VmBaseline::vm)
                .containsExactlyInAnyOrder("gpu-1", "store-1");
        // the table's chips say it too, on exactly those two rows
        assertThat(lookup(n -> n instanceof Label && "⚠ no pin can fix".equals(((Label) n).getText())).queryAll())
                .hasSize(2);
    }

    @Test
    void typing_a_host_list_recomputes_and_every_vm_is_verified() {
        await("east", () -> !table().getItems().isEmpty());
        ComboBox<String> box = find("#baseline-hosts");
        clickOn(box.getEditor()).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        write("east-r1-*");
        clickOn("#baseline-compute");
        await("east-r1-*", () -> table().getItems().size() == 4);
        assertThat(table().getItems()).extracting(VmBaseline::vm)
                .containsExactlyInAnyOrder("web-2", "db-1", "cache-1", "gpu-1");
        assertThat(table().getItems()).allMatch(VmBaseline::verified);
        Label verdict = find("#baseline-verdict");
        assertThat(verdict.getText()).isEqualTo("✓ All 4 VMs verified movable within the set");
        Label why = find("#baseline-beyond-pins");
        assertThat(why.isVisible()).isFalse();
    }

    @Test
    void a_selector_that_selects_nothing_says_so() {
        await("east", () -> !table().getItems().isEmpty());
        ComboBox<String> box = find("#baseline-hosts");
        clickOn(box.getEditor()).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        write("cluster=nowhere");
        clickOn("#baseline-compute");
        Label error = find("#baseline-error");
        await("the error", () -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("'cluster=nowhere' selects no host");
    }
}
