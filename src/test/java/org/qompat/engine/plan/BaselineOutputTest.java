package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Applying a baseline to a VM record, and writing it as QEMU options and libvirt XML. */
class BaselineOutputTest {

    private final Vm web = PlanFixtures.vm("web", "pc-q35-10.0", "host", "a", "true");

    private VmBaseline usoOff() {
        List<PropertyPin> pins = List.of("host_uso", "guest_uso4", "guest_uso6").stream()
                .map(p -> BaselineRecommender.pinFor(web, "/machine/peripheral/net0/virtio-backend", p, "false",
                        "needs tap USO"))
                .toList();
        return new VmBaseline("web", "pc-q35-10.0", "pc-q35-7.2", "host", "Haswell-v4", pins, true, 0, List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void pins_name_the_user_facing_proxy_and_its_id() {
        PropertyPin p = usoOff().pins().get(0);
        assertThat(p.driver()).isEqualTo("virtio-net-pci");
        assertThat(p.deviceId()).isEqualTo("net0");
        assertThat(p.globalSpelling()).isEqualTo("virtio-net-pci.host_uso=off");
    }

    @Test
    void applying_sets_explicit_values_on_backend_and_proxy_and_pins_machine_and_cpu() {
        Vm pinned = BaselineApplier.apply(web, usoOff());
        assertThat(pinned.machineType()).isEqualTo("pc-q35-7.2");
        assertThat(pinned.machineArg()).isEqualTo("pc-q35-7.2");
        assertThat(pinned.root().type()).isEqualTo("pc-q35-7.2-machine");
        assertThat(pinned.cpuModel()).isEqualTo("Haswell-v4");
        QomNode backend = pinned.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow();
        QomNode proxy = pinned.root().find("/machine/peripheral/net0").orElseThrow();
        for (QomNode n : List.of(backend, proxy)) {
            assertThat(n.properties()).containsEntry("host_uso", "false").containsEntry("guest_uso6", "false");
            assertThat(n.explicitProperties()).contains("host_uso", "guest_uso4", "guest_uso6");
        }
        assertThat(backend.properties()).containsEntry("mrg_rxbuf", "true");
        assertThat(pinned.commandLine()).containsSubsequence("-machine", "pc-q35-7.2,accel=kvm")
                .containsSubsequence("-cpu", "Haswell-v4")
                .containsSubsequence("-global", "virtio-net-pci.host_uso=off");
        // the original record is untouched
        assertThat(web.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow().properties())
                .containsEntry("host_uso", "true");
        assertThat(web.machineType()).isEqualTo("pc-q35-10.0");
    }

    @Test
    void qemu_options_carry_machine_cpu_and_one_global_per_pin() {
        List<String> lines = QemuOptions.lines(usoOff());
        assertThat(lines).startsWith("-machine pc-q35-7.2", "-cpu Haswell-v4", "-global virtio-net-pci.host_uso=off",
                "-global virtio-net-pci.guest_uso4=off", "-global virtio-net-pci.guest_uso6=off");
        assertThat(lines.get(5)).isEqualTo(
                "# or on the device itself: -device virtio-net-pci,id=net0,host_uso=off,guest_uso4=off,guest_uso6=off,…");
    }

    @Test
    void libvirt_xml_is_well_formed_and_uses_override_for_uso() throws Exception {
        String xml = LibvirtXml.render(usoOff());
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element type = (Element) doc.getElementsByTagName("type").item(0);
        assertThat(type.getAttribute("machine")).isEqualTo("pc-q35-7.2");
        assertThat(doc.getElementsByTagName("model").item(0).getTextContent()).isEqualTo("Haswell-v4");
        assertThat(((Element) doc.getElementsByTagName("cpu").item(0)).getAttribute("mode")).isEqualTo("custom");
        var device = (Element) doc.getElementsByTagNameNS(LibvirtXml.QEMU_NS, "device").item(0);
        assertThat(device.getAttribute("alias")).isEqualTo("net0");
        var props = doc.getElementsByTagNameNS(LibvirtXml.QEMU_NS, "property");
        assertThat(props.getLength()).isEqualTo(3);
        Element first = (Element) props.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("host_uso");
        assertThat(first.getAttribute("type")).isEqualTo("bool");
        assertThat(first.getAttribute("value")).isEqualTo("false");
    }

    @Test
    void offloads_libvirt_models_natively_go_into_the_interface_driver() throws Exception {
        PropertyPin csum = BaselineRecommender.pinFor(web, "/machine/peripheral/net0/virtio-backend", "mrg_rxbuf",
                "false", "test");
        VmBaseline b = new VmBaseline("web", null, null, null, null, List.of(csum), true, 0, List.of(), List.of(),
                List.of(), List.of());
        String xml = LibvirtXml.render(b);
        assertThat(xml).contains("<host mrg_rxbuf='off'/>").doesNotContain("qemu:override");
    }
}
