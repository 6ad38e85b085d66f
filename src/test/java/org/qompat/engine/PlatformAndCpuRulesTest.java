package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** Rules 5 and 6: what the destination host can back, and the CPU model. */
class PlatformAndCpuRulesTest {

    private final QemuBuild b = Fx.build("b", "10.0.2").x86Types("host_uso:bool=true", "guest_uso4:bool=true",
            "guest_uso6:bool=true").machine("pc-q35-10.0", "q35", false).cpu("qemu64").cpu("Skylake-Server", "avx512f")
            .cpu("max").done();
    private final Host newKernel = Fx.host("new", b, Fx.uso(true));
    private final Host oldKernel = Fx.host("old", b, Fx.uso(false));
    private final Host unknownKernel = Fx.host("unk", b, Map.of());

    private Vm vm(List<String> cl) {
        return Fx.vmWithArg("v", "pc-q35-10.0", "pc-q35-10.0", cl, Fx.q35Tree("pc-q35-10.0"));
    }

    @Test
    void usoOnTapToAHostWithoutTapUsoBlocks() {
        Verdict v = Compatibility.check(vm(Fx.netTap("pc-q35-10.0")), newKernel, oldKernel);
        assertThat(RuleAsserts.of(v, Rule.PLATFORM_FEATURE, Severity.BLOCKER)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/machine/peripheral/net0/virtio-backend");
            assertThat(f.property()).isEqualTo("host_uso, guest_uso4, guest_uso6");
            assertThat(f.destinationValue()).isEqualTo("absent");
            assertThat(f.message()).contains("Linux >= 6.2").contains("Features 0x");
            assertThat(f.destinationProvenance().location()).isEqualTo("/features/tap-uso");
        });
        // the other way the guest never saw USO (masked on the old host): fine
        assertThat(RuleAsserts.of(Compatibility.check(vm(Fx.netTap("pc-q35-10.0")), oldKernel, newKernel),
                Rule.PLATFORM_FEATURE)).isEmpty();
    }

    @Test
    void netdevUserHasNoVnetHeaderSoTheHostDoesNotMatter() {
        Verdict v = Compatibility.check(vm(Fx.netUser("pc-q35-10.0")), newKernel, oldKernel);
        assertThat(RuleAsserts.of(v, Rule.PLATFORM_FEATURE)).isEmpty();
    }

    @Test
    void unknownDestinationFeatureOrBackendIsUnknown() {
        Verdict v = Compatibility.check(vm(Fx.netTap("pc-q35-10.0")), newKernel, unknownKernel);
        assertThat(RuleAsserts.of(v, Rule.PLATFORM_FEATURE, Severity.UNKNOWN)).hasSize(1);
        Vm noCl = Fx.vm("v", "pc-q35-10.0", List.of(), Fx.q35Tree("pc-q35-10.0"));
        Verdict w = Compatibility.check(noCl, newKernel, oldKernel);
        assertThat(RuleAsserts.of(w, Rule.PLATFORM_FEATURE, Severity.UNKNOWN)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("netdev backend is unknown"));
    }

    @Test
    void vhostOnNeedsDevVhostNet() {
        List<String> cl = List.of("q", "-M", "pc-q35-10.0", "-device", "virtio-net-pci,id=net0,netdev=n0,host_uso=off,"
                + "guest_uso4=off,guest_uso6=off", "-netdev", "tap,id=n0,vhost=on");
        Host noVhost = Fx.host("nv", b, Map.of("tap-uso", true, "vhost-net", false));
        Host vhost = Fx.host("v", b, Map.of("tap-uso", true, "vhost-net", true));
        assertThat(RuleAsserts.of(Compatibility.check(vm(cl), vhost, noVhost), Rule.PLATFORM_FEATURE,
                Severity.BLOCKER)).extracting(Finding::path).containsExactly("-netdev n0");
    }

    @Test
    void cpuModelMissingOrNotRunnableBlocks() {
        QemuBuild old = Fx.build("o", "7.2.0").x86Types().machine("pc-q35-10.0", null, false).cpu("qemu64").done();
        Vm sky = vm(Fx.netUser("pc-q35-10.0")).withCpuModel("Skylake-Server");
        assertThat(RuleAsserts.of(Compatibility.check(sky, newKernel, Fx.host("o", old, Map.of())), Rule.CPU_MODEL,
                Severity.BLOCKER)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("unable to find CPU model 'Skylake-Server'"));
        assertThat(RuleAsserts.of(Compatibility.check(sky, newKernel, newKernel), Rule.CPU_MODEL, Severity.BLOCKER))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("avx512f"));
        Vm q = vm(Fx.netUser("pc-q35-10.0"));
        assertThat(RuleAsserts.of(Compatibility.check(q, newKernel, newKernel), Rule.CPU_MODEL)).isEmpty();
    }

    @Test
    void maxNeedsASupersetOfTheSourceFlags() {
        Vm max = vm(Fx.netUser("pc-q35-10.0")).withCpuModel("max");
        Host rich = Fx.withCpu(newKernel, "sse2", "avx", "avx2");
        Host poor = Fx.withCpu(oldKernel, "sse2");
        assertThat(RuleAsserts.of(Compatibility.check(max, rich, poor), Rule.CPU_MODEL, Severity.BLOCKER))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("avx avx2"));
        assertThat(RuleAsserts.of(Compatibility.check(max, poor, rich), Rule.CPU_MODEL)).isEmpty();
    }
}
