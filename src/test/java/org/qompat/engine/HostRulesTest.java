package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.VfioAttributes;
import org.qompat.model.VfioDeviceModel;
import org.qompat.model.Vm;

/** Rules 8 and 10: VFIO attributes and firmware-sized RAM blocks. */
class HostRulesTest {

    private final QemuBuild b = Fx.build("b", "9.0.0").x86Types().machine("pc-q35-7.2", null, false).done();

    private Vm vfioVm(Map<String, VfioAttributes> attrs) {
        QomNode gpu = Fx.node("/machine/peripheral/gpu0", "vfio-pci", Map.of("host", "0000:3b:00.0"));
        return new Vm("v", "pc-q35-7.2", "pc-q35-7.2", true, "qemu64", Fx.q35Tree("pc-q35-7.2", gpu), null,
                List.of("q", "-M", "pc-q35-7.2"), List.of(), attrs, Provenance.json("v.json", ""));
    }

    private Host withVfio(String name, VfioDeviceModel... models) {
        Host h = Fx.host(name, b, Map.of());
        return new Host(name, Map.of(), "6.8", h.cpu(), Map.of(), Map.of(), List.of(models), b, h.provenance());
    }

    @Test
    void vfioWithoutAttributesIsUnknown() {
        Host h = withVfio("h", new VfioDeviceModel("vendor-a.com/nic", Map.of()));
        assertThat(RuleAsserts.of(Compatibility.check(vfioVm(Map.of()), h, h), Rule.VFIO)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.UNKNOWN));
    }

    @Test
    void vfioModelParametersAndValuesPerTheRfc() {
        Vm vm = vfioVm(Map.of("gpu0", new VfioAttributes("vendor-a.com/nic", Map.of("num-queues", "4",
                "my-feature", "on"))));
        Host ok = withVfio("ok", new VfioDeviceModel("vendor-a.com/nic", Map.of("num-queues", List.of("1-8"),
                "my-feature", List.of("on", "off"))));
        Host smaller = withVfio("small", new VfioDeviceModel("vendor-a.com/nic", Map.of("num-queues",
                List.of("1-2"))));
        Host other = withVfio("other", new VfioDeviceModel("vendor-b.com/nic", Map.of()));
        assertThat(RuleAsserts.of(Compatibility.check(vm, ok, ok), Rule.VFIO)).isEmpty();
        assertThat(RuleAsserts.of(Compatibility.check(vm, ok, smaller), Rule.VFIO, Severity.BLOCKER))
                .extracting(Finding::property).containsExactlyInAnyOrder("num-queues", "my-feature");
        assertThat(RuleAsserts.of(Compatibility.check(vm, ok, other), Rule.VFIO, Severity.BLOCKER))
                .extracting(Finding::property).containsExactly("model");
    }

    @Test
    void biosSizeMismatchBlocksAndOptionRomsRoundUpToAPowerOfTwo() {
        QomNode machineProps = new QomNode("/machine", "pc-q35-7.2-machine", Map.of("firmware", "bios-256k.bin"),
                Map.of(), java.util.Set.of(), Fx.q35Tree("pc-q35-7.2").children(), Provenance.UNKNOWN);
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", Fx.netUser("pc-q35-7.2"), machineProps);
        Host a = Fx.withFirmware(Fx.host("a", b, Map.of()), Map.of("bios-256k.bin", 262144L,
                "efi-virtio.rom", 160768L));
        Host romGrew = Fx.withFirmware(Fx.host("b", b, Map.of()), Map.of("bios-256k.bin", 262144L,
                "efi-virtio.rom", 200000L));
        Host romCrossed = Fx.withFirmware(Fx.host("c", b, Map.of()), Map.of("bios-256k.bin", 262144L,
                "efi-virtio.rom", 300000L));
        Host smallBios = Fx.withFirmware(Fx.host("d", b, Map.of()), Map.of("bios-256k.bin", 131072L,
                "efi-virtio.rom", 160768L));
        // 160768 and 200000 both round up to 256 KiB: same RAM block size
        assertThat(RuleAsserts.of(Compatibility.check(vm, a, romGrew), Rule.RAM_BLOCKS)).isEmpty();
        assertThat(RuleAsserts.of(Compatibility.check(vm, a, romCrossed), Rule.RAM_BLOCKS, Severity.BLOCKER))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("0x40000 != 0x80000"));
        assertThat(RuleAsserts.of(Compatibility.check(vm, a, smallBios), Rule.RAM_BLOCKS, Severity.BLOCKER))
                .singleElement().satisfies(f -> {
                    assertThat(f.property()).isEqualTo("pc.bios");
                    assertThat(f.message()).contains("Size mismatch: pc.bios: 0x40000 != 0x20000");
                });
        Host noFirmware = Fx.withFirmware(Fx.host("e", b, Map.of()), Map.of());
        assertThat(RuleAsserts.of(Compatibility.check(vm, a, noFirmware), Rule.RAM_BLOCKS, Severity.UNKNOWN))
                .hasSize(1);
    }
}
