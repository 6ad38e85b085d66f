package org.qompat.io.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;

/** Collects a platform dump from the real Debian QEMU 7.2 and checks facts that 7.2 really has. */
class HostCollectorQemu72Test {

    private static CollectedHost collected;

    @BeforeAll
    static void collectOnce() throws Exception {
        String qemu = RealQemu.require72();
        collected = new HostCollector(HostCollectOptions.of(qemu).withName("h72")
                .withLabels(Map.of("cluster", "test")).withMachines(List.of("pc-q35-7.2"))).collect();
    }

    @Test
    void reportsVersionAndMachineTypes() {
        QemuBuild b = collected.host().build();
        assertThat(b.version().major()).isEqualTo(7);
        assertThat(b.version().minor()).isEqualTo(2);
        assertThat(b.packageString()).contains("Debian");
        assertThat(b.machineTypes()).containsKey("pc-q35-7.2").hasSize(59);
        assertThat(b.machine("q35")).map(MachineType::name).contains("pc-q35-7.2");
        assertThat(b.defaultMachine()).map(MachineType::name).contains("pc-i440fx-7.2");
    }

    @Test
    void sevenTwoCannotReportCompatProps() {
        MachineType m = collected.host().build().machineTypes().get("pc-q35-7.2");
        assertThat(m.compatPropsKnown()).isFalse();
        assertThat(collected.notes()).anySatisfy(n -> assertThat(n).contains("compat-props"));
    }

    @Test
    void virtioNetPciHasHostTso4ButNoUso() {
        QomType t = collected.host().build().types().get("virtio-net-pci");
        assertThat(t.propertiesKnown()).isTrue();
        assertThat(t.properties()).containsKey("host_tso4").doesNotContainKey("host_uso");
        assertThat(t.properties().get("host_tso4").defaultValue()).isEqualTo("true");
        assertThat(collected.host().build().isSubtype("virtio-net-pci", "virtio-pci")).isTrue();
    }

    @Test
    void typesThatCrashQemuAreRecordedNotFatal() {
        // Debian 7.2 without the OpenGL module aborts in device-list-properties virtio-gpu-gl-pci; the collector
        // restarts QEMU and goes on, so the other 440-odd devices still have their properties.
        long known = collected.host().build().types().values().stream().filter(QomType::propertiesKnown).count();
        assertThat(known).isGreaterThan(400);
        collected.answers().failedTypes().forEach((type, why) -> assertThat(why).isNotBlank());
    }

    @Test
    void dumpsVmStateForDefaultAndRequestedMachine() {
        QemuBuild b = collected.host().build();
        assertThat(b.vmstateByMachine()).containsOnlyKeys("pc-i440fx-7.2", "pc-q35-7.2");
        assertThat(b.vmstateByMachine().get("pc-q35-7.2").machineType()).isEqualTo("pc-q35-7.2");
        assertThat(b.vmstateByMachine().get("pc-q35-7.2").sections()).containsKey("virtio-net-device");
        assertThat(b.vmstateByMachine().get("pc-q35-7.2").sections().get("nvme").unmigratable()).isTrue();
    }

    @Test
    void cpuModelsAndHostPlatform() {
        Host h = collected.host();
        assertThat(h.build().cpuModels()).containsKeys("qemu64", "max");
        assertThat(h.name()).isEqualTo("h72");
        assertThat(h.label("cluster")).isEqualTo("test");
        assertThat(h.kernelRelease()).isEqualTo(HostPlatformProbe.local().kernelRelease());
        assertThat(h.cpu().flags()).isNotEmpty();
        PlatformFeature uso = h.features().get(PlatformFeature.TAP_USO);
        assertThat(uso.derivation()).contains("6.2").contains(h.kernelRelease());
        assertThat(h.features()).containsKeys(PlatformFeature.KVM, PlatformFeature.VHOST_NET);
    }

    @Test
    void firmwareFilesWithSizesAndHashes() {
        assertThat(collected.host().firmware()).containsKeys("bios-256k.bin", "efi-virtio.rom");
        assertThat(collected.host().firmware().get("bios-256k.bin").size()).isEqualTo(262144);
        assertThat(collected.host().firmware().get("efi-virtio.rom").sha256()).hasSize(64);
    }
}
