package org.qompat.io.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

/** Parsing the guest-ABI parts of a QEMU command line, and marking what it sets explicitly on a QOM tree. */
class VmCommandLineTest {

    @Test
    void machineCpuDevicesGlobalsAndObjects() {
        VmCommandLine c = VmCommandLine.parse(List.of("-machine", "type=pc-q35-8.2,accel=kvm,smm=off",
                "-cpu", "Skylake-Server-v4,+avx2,-hle,pmu=off", "-device", "virtio-net-pci,id=net0,bus=pcie.0,"
                        + "netdev=n0,host_uso=off,romfile=", "--device", "nvme,serial=a,,b",
                "-global", "virtio-pci.x-pcie-pm-init=off", "-global", "driver=e1000,property=mac,value=x",
                "-object", "memory-backend-ram,id=mem0,size=1G", "-name", "guest=db,debug-threads=on", "-S"));
        assertThat(c.machineArg()).isEqualTo("pc-q35-8.2");
        assertThat(c.machineProps()).containsOnlyKeys("accel", "smm");
        assertThat(c.cpuModel()).isEqualTo("Skylake-Server-v4");
        assertThat(c.cpuProps()).containsAllEntriesOf(Map.of("avx2", "on", "hle", "off", "pmu", "off"))
                .hasSize(3);
        assertThat(c.devices()).hasSize(2);
        assertThat(c.devices().get(0).driver()).isEqualTo("virtio-net-pci");
        assertThat(c.devices().get(0).id()).isEqualTo("net0");
        assertThat(c.devices().get(0).props()).containsOnlyKeys("netdev", "host_uso", "romfile");
        assertThat(c.devices().get(1).props()).containsEntry("serial", "a,b");
        assertThat(c.globals()).containsExactly(new VmCommandLine.Global("virtio-pci", "x-pcie-pm-init", "off"),
                new VmCommandLine.Global("e1000", "mac", "x"));
        assertThat(c.objects().get(0).id()).isEqualTo("mem0");
        assertThat(c.name()).isEqualTo("db");
    }

    @Test
    void noMachineArgumentMeansTheDefault() {
        VmCommandLine c = VmCommandLine.parse(List.of("-m", "1G", "-M", "q35"));
        assertThat(c.machineArg()).isEqualTo("q35");
        assertThat(VmCommandLine.parse(List.of("-m", "1G")).machineArg()).isNull();
    }

    @Test
    void explicitPropertiesLandOnTheRightNodes() {
        QomNode backend = node("/machine/peripheral/net0/virtio-backend", "virtio-net-device",
                Map.of("host_uso", "false", "mq", "false"));
        QomNode net0 = new QomNode("/machine/peripheral/net0", "virtio-net-pci",
                Map.of("host_uso", "false", "romfile", "", "netdev", "n0", "x-pcie-pm-init", "false"), Map.of(),
                Set.of(), List.of(backend), Provenance.UNKNOWN);
        QomNode anon = node("/machine/peripheral-anon/device[0]", "e1000", Map.of("mac", "x"));
        QomNode cpu = node("/machine/unattached/device[0]", "Skylake-Server-v4-x86_64-cpu", Map.of("pmu", "false"));
        QomNode machine = new QomNode("/machine", "pc-q35-8.2-machine", Map.of("smm", "off"), Map.of(), Set.of(),
                List.of(net0, anon, cpu), Provenance.UNKNOWN);
        QomNode root = new QomNode("/", "container", Map.of(), Map.of(), Set.of(), List.of(machine),
                Provenance.UNKNOWN);
        VmCommandLine c = VmCommandLine.parse(List.of("-M", "pc-q35-8.2,smm=off", "-cpu", "Skylake-Server-v4,pmu=off",
                "-device", "virtio-net-pci,id=net0,netdev=n0,host_uso=off,romfile=,no_such=1",
                "-device", "e1000,mac=x", "-global", "virtio-pci.x-pcie-pm-init=off"));
        QomNode marked = ExplicitProperties.mark(root, c, Map.of("virtio-net-pci", "virtio-pci",
                "virtio-pci", "pci-device", "e1000", "pci-device"));
        assertThat(marked.find("/machine/peripheral/net0").orElseThrow().explicitProperties())
                .containsExactlyInAnyOrder("netdev", "host_uso", "romfile", "no_such", "x-pcie-pm-init");
        assertThat(marked.find("/machine/peripheral/net0/virtio-backend").orElseThrow().explicitProperties())
                .containsExactly("host_uso");
        assertThat(marked.find("/machine/peripheral-anon/device[0]").orElseThrow().explicitProperties())
                .containsExactly("mac");
        assertThat(marked.find("/machine/unattached/device[0]").orElseThrow().explicitProperties())
                .containsExactly("pmu");
        assertThat(marked.find("/machine").orElseThrow().explicitProperties()).containsExactly("smm");
    }

    private static QomNode node(String path, String type, Map<String, String> props) {
        return new QomNode(path, type, props, Map.of(), Set.of(), List.of(), Provenance.UNKNOWN);
    }
}
