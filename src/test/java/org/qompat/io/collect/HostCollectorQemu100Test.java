package org.qompat.io.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;

/** Collects from the real QEMU 10.0.2 (Debian backports), which reports compat-props over QMP. */
class HostCollectorQemu100Test {

    private static CollectedHost collected;

    @BeforeAll
    static void collectOnce() throws Exception {
        String qemu = RealQemu.require100();
        collected = new HostCollector(HostCollectOptions.of(qemu).withMachines(List.of("q35", "pc-q35-7.2")))
                .collect();
    }

    @Test
    void versionAndMachineTypes() {
        QemuBuild b = collected.host().build();
        assertThat(b.version().toString()).isEqualTo("10.0.2");
        assertThat(b.machineTypes()).hasSize(65).containsKeys("pc-q35-10.0", "pc-q35-8.0", "pc-q35-7.2");
        assertThat(b.machine("q35")).map(MachineType::name).contains("pc-q35-10.0");
    }

    @Test
    void compatPropsOfPcQ35EightZeroCarryTheUsoEntries() {
        MachineType m = collected.host().build().machineTypes().get("pc-q35-8.0");
        assertThat(m.compatPropsKnown()).isTrue();
        assertThat(m.compatProps()).hasSize(39);
        assertThat(m.compatProps()).extracting(CompatProperty::qomType, CompatProperty::property,
                CompatProperty::value).contains(
                        org.assertj.core.groups.Tuple.tuple("virtio-net-device", "host_uso", "off"),
                        org.assertj.core.groups.Tuple.tuple("virtio-net-device", "guest_uso4", "off"),
                        org.assertj.core.groups.Tuple.tuple("virtio-net-device", "guest_uso6", "off"));
        // the newest q35 carries only the non-versioned q35 base entry, no hw_compat_* array
        assertThat(collected.host().build().machineTypes().get("pc-q35-10.0").compatProps())
                .extracting(CompatProperty::describe).containsExactly("virtio-iommu-pci.aw-bits=39");
    }

    @Test
    void newerPropertiesAndVmState() {
        QemuBuild b = collected.host().build();
        assertThat(b.types().get("virtio-net-pci").properties()).containsKeys("host_uso", "guest_uso4", "host_tso4");
        assertThat(b.types().get("virtio-net-device").properties().get("host_uso").defaultValue()).isEqualTo("true");
        // the alias was resolved before dumping; the default machine (pc-i440fx-10.0) is always dumped
        assertThat(b.vmstateByMachine()).containsOnlyKeys("pc-i440fx-10.0", "pc-q35-10.0", "pc-q35-7.2");
        assertThat(collected.notes()).anySatisfy(n -> assertThat(n).contains("q35 is an alias"));
    }

    @Test
    void nonDeviceCompatTargetsHaveTheirPropertiesListed() {
        // hw_compat_8_0 pins "migration multifd-flush-after-each-section": migration is not a device
        assertThat(collected.host().build().types().get("migration").propertiesKnown()).isTrue();
        assertThat(collected.host().build().types().get("migration").properties())
                .containsKey("multifd-flush-after-each-section");
    }
}
