package org.qompat.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QemuVersion;

/** Deriving older QEMU builds from a newer one's compat chains (qemu-reference §1.4–1.6). */
class DerivedBuildsTest {

    private static List<String> table(QemuBuild b, String machine) {
        return b.machineTypes().get(machine).compatProps().stream()
                .map(p -> p.qomType() + "." + p.property() + "=" + p.value()).toList();
    }

    @Test
    void eightTwoDropsNewerArraysAndMovesUsoToEightZero() {
        QemuBuild b82 = DerivedBuilds.olderRelease(TinyBuilds.ten(), TinyBuilds.seventwo(), new QemuVersion(8, 2, 2),
                "derived", true);
        assertThat(b82.machineTypes()).containsKeys("pc-q35-8.2", "pc-q35-8.1", "pc-q35-8.0", "none")
                .doesNotContainKeys("pc-q35-9.0", "pc-q35-10.0");
        assertThat(b82.machine("q35")).map(MachineType::name).contains("pc-q35-8.2");
        assertThat(table(b82, "pc-q35-8.2")).isEmpty();
        // 8.2 to 9.0.0: pc-q35-8.1 has no USO rows; they apply from 8.0 down, in hw_compat_8_0
        assertThat(table(b82, "pc-q35-8.1")).containsExactly("ramfb.x-migrate=off");
        assertThat(table(b82, "pc-q35-8.0")).containsExactly("ramfb.x-migrate=off",
                "virtio-net-device.host_uso=off", "virtio-net-device.guest_uso4=off",
                "virtio-net-device.guest_uso6=off", "pci-device.x-pcie-ari-nextfn-1=on");
        assertThat(b82.machineTypes().get("pc-q35-8.0").compatProps()).filteredOn(p -> p.property().equals("host_uso"))
                .extracting(CompatProperty::origin).containsExactly("hw_compat_8_0");
        assertThat(b82.version()).isEqualTo(new QemuVersion(8, 2, 2));
        assertThat(b82.id()).startsWith("qemu-8.2.2-");
    }

    @Test
    void nineOneKeepsUsoInEightOneAndTheQ35BaseEntry() {
        QemuBuild b91 = DerivedBuilds.olderRelease(TinyBuilds.ten(), TinyBuilds.seventwo(), new QemuVersion(9, 1, 3),
                "derived", false);
        assertThat(b91.machine("q35")).map(MachineType::name).contains("pc-q35-9.1");
        assertThat(table(b91, "pc-q35-9.1")).containsExactly("virtio-iommu-pci.aw-bits=39");
        assertThat(table(b91, "pc-q35-8.1")).containsExactly("virtio-iommu-pci.aw-bits=39",
                "virtio-pci.x-pcie-pm-no-soft-reset=off", "virtio-iommu-pci.aw-bits=64",
                "virtio-net-device.host_uso=off", "virtio-net-device.guest_uso4=off",
                "virtio-net-device.guest_uso6=off", "ramfb.x-migrate=off");
    }

    @Test
    void propertiesIntroducedAfterTheReleaseAreRemoved() {
        QemuBuild ten = TinyBuilds.ten();
        QemuBuild b82 = DerivedBuilds.olderRelease(ten, TinyBuilds.seventwo(), new QemuVersion(8, 2, 2), "d", true);
        // pinned by dropped arrays and unknown to 7.2: introduced after 8.2
        assertThat(b82.types().get("virtio-net-pci").properties()).doesNotContainKeys("x-pcie-pm-no-soft-reset",
                "x-pcie-ext-tag").containsKeys("host_uso", "host_tso4");
        assertThat(b82.types().get("virtio-iommu-pci").properties()).doesNotContainKey("aw-bits");
        // pinned by a dropped array but already in 7.2: a changed default, not a new property
        assertThat(b82.types().get("virtio-pci").properties()).containsKey("vectors");
        QemuBuild b90 = DerivedBuilds.olderRelease(ten, TinyBuilds.seventwo(), new QemuVersion(9, 0, 0), "d", true);
        assertThat(b90.types().get("virtio-iommu-pci").properties()).containsKey("aw-bits");
        assertThat(b90.types().get("virtio-net-pci").properties()).doesNotContainKey("x-pcie-pm-no-soft-reset");
        assertThat(b82.cpuModels()).containsKeys("qemu64", "EPYC-Milan").doesNotContainKey("ClearwaterForest");
    }

    @Test
    void refusesTablesThatDoNotChainNewestFirst() {
        QemuBuild ten = TinyBuilds.ten();
        Map<String, MachineType> broken = new LinkedHashMap<>(ten.machineTypes());
        MachineType m = broken.get("pc-q35-8.1");
        List<CompatProperty> shuffled = new ArrayList<>(m.compatProps());
        java.util.Collections.reverse(shuffled);
        broken.put(m.name(), new MachineType(m.name(), null, false, false, null, shuffled, true, Provenance.UNKNOWN));
        QemuBuild bad = new QemuBuild("bad", ten.version(), "", broken, ten.types(), ten.cpuModels(), Map.of(),
                Provenance.UNKNOWN);
        assertThatThrownBy(() -> DerivedBuilds.olderRelease(bad, TinyBuilds.seventwo(), new QemuVersion(8, 2, 2),
                "d", true)).hasMessageContaining("pc-q35-8.1").hasMessageContaining("pc-q35-8.2");
    }
}
