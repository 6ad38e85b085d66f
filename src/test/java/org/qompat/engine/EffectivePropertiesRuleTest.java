package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.Fx.compat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.CompatProperty;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** Rule 4, with the real USO history: 8.2.0–9.0.0 carry the USO entries in hw_compat_8_0, 9.0.1+ in 8_1. */
class EffectivePropertiesRuleTest {

    private static final String BACKEND = "/machine/peripheral/net0/virtio-backend";
    private static final String[] USO = {"host_uso:bool=true", "guest_uso4:bool=true", "guest_uso6:bool=true"};

    private static CompatProperty[] uso(String array) {
        return new CompatProperty[] {compat("virtio-net-device", "host_uso", "off", array),
            compat("virtio-net-device", "guest_uso4", "off", array),
            compat("virtio-net-device", "guest_uso6", "off", array)};
    }

    /** 9.0.0: pc-q35-8.1 gets hw_compat_8_1 (no USO); pc-q35-8.0 adds hw_compat_8_0 (USO). */
    private final QemuBuild q900 = Fx.build("q900", "9.0.0").x86Types(USO)
            .machine("pc-q35-8.1", null, false)
            .machine("pc-q35-8.0", null, false, uso("hw_compat_8_0")).done();
    /** 9.1.0: the entries moved to hw_compat_8_1, which 8.1 and 8.0 both get. */
    private final QemuBuild q910 = Fx.build("q910", "9.1.0").x86Types(USO)
            .machine("pc-q35-8.1", null, false, uso("hw_compat_8_1"))
            .machine("pc-q35-8.0", null, false, uso("hw_compat_8_1")).done();
    private final Host h900 = Fx.host("h900", q900, Fx.uso(true));
    private final Host h910 = Fx.host("h910", q910, Fx.uso(true));

    @Test
    void usoOnPcQ35_81DiffersBetweenBinariesThatPutTheEntryIn80And81() {
        Vm vm = Fx.vmWithArg("v", "pc-q35-8.1", "pc-q35-8.1", Fx.netTap("pc-q35-8.1"), Fx.q35Tree("pc-q35-8.1"));
        Verdict v = Compatibility.check(vm, h900, h910);
        List<Finding> f = RuleAsserts.of(v, Rule.EFFECTIVE_PROPERTIES, Severity.BLOCKER);
        assertThat(f).extracting(Finding::property).containsExactlyInAnyOrder("host_uso", "guest_uso4", "guest_uso6");
        Finding hostUso = f.stream().filter(x -> x.property().equals("host_uso")).findFirst().orElseThrow();
        assertThat(hostUso.path()).isEqualTo(BACKEND);
        assertThat(hostUso.sourceValue()).isEqualTo("true");
        assertThat(hostUso.destinationValue()).isEqualTo("off");
        assertThat(hostUso.message()).contains("class default").contains("hw_compat_8_1").contains("9.1.0");
        assertThat(hostUso.destinationProvenance().location()).isEqualTo("/hw_compat_8_1");
        // the proxy aliases the same properties; they are reported once, on the backend
        assertThat(f).allMatch(x -> x.path().equals(BACKEND));
        // the known-defect list explains the history
        assertThat(RuleAsserts.of(v, Rule.KNOWN_DEFECT)).extracting(Finding::property)
                .containsExactly("uso-compat-moved-to-8.1");
        assertThat(v.status()).isEqualTo(VerdictStatus.BLOCKED);
    }

    @Test
    void usoOnPcQ35_80IsTheSameOnBothBinaries() {
        Vm vm = Fx.vmWithArg("v", "pc-q35-8.0", "pc-q35-8.0", Fx.netTap("pc-q35-8.0"), Fx.q35Tree("pc-q35-8.0"));
        assertThat(RuleAsserts.of(Compatibility.check(vm, h900, h910), Rule.EFFECTIVE_PROPERTIES)).isEmpty();
        assertThat(RuleAsserts.of(Compatibility.check(vm, h910, h900), Rule.EFFECTIVE_PROPERTIES)).isEmpty();
    }

    @Test
    void explicitValueOnTheCommandLinePinsBothSides() {
        List<String> cl = List.of("qemu", "-M", "pc-q35-8.1", "-device",
                "virtio-net-pci,id=net0,netdev=n0,host_uso=off,guest_uso4=off,guest_uso6=off", "-netdev", "tap,id=n0");
        Vm vm = Fx.vmWithArg("v", "pc-q35-8.1", "pc-q35-8.1", cl, Fx.q35Tree("pc-q35-8.1"));
        assertThat(RuleAsserts.of(Compatibility.check(vm, h900, h910), Rule.EFFECTIVE_PROPERTIES)).isEmpty();
    }

    @Test
    void propertyOnlyOnTheNewerBuildIsFineWhenItsCompatTablePinsIt() {
        QemuBuild q72 = Fx.build("q72", "7.2.0").x86Types().machine("pc-q35-7.2", null, false).done();
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", Fx.netTap("pc-q35-7.2"), Fx.q35Tree("pc-q35-7.2"));
        Host h72 = Fx.host("h72", q72, Fx.uso(false));
        Host h910pinned = Fx.host("p", Fx.build("q910b", "9.1.0").x86Types(USO)
                .machine("pc-q35-7.2", null, false, uso("hw_compat_8_1")).done(), Fx.uso(true));
        assertThat(RuleAsserts.of(Compatibility.check(vm, h72, h910pinned), Rule.EFFECTIVE_PROPERTIES)).isEmpty();
        // without the pin, the newer build turns on a feature bit the older one never had: blocker
        Host h910unpinned = Fx.host("u", Fx.build("q910c", "9.1.0").x86Types(USO)
                .machine("pc-q35-7.2", null, false).done(), Fx.uso(true));
        assertThat(RuleAsserts.of(Compatibility.check(vm, h72, h910unpinned), Rule.EFFECTIVE_PROPERTIES,
                Severity.BLOCKER)).extracting(Finding::sourceValue).containsOnly("(absent)");
    }

    @Test
    void aDefaultThatChangedWithoutACompatEntryBlocks() {
        QemuBuild a = Fx.build("a", "9.0.0").x86Types().machine("pc-q35-9.0", null, false).done();
        QemuBuild b = Fx.build("b", "9.1.0").type("device", null).type("pci-device", "device")
                .type("virtio-pci", "pci-device").type("virtio-net-pci-base", "virtio-pci")
                .type("virtio-net-pci", "virtio-net-pci-base", "mq:bool=true", "csum:bool=true", "netdev:str")
                .type("virtio-device", "device")
                .type("virtio-net-device", "virtio-device", "mq:bool=true", "csum:bool=true", "netdev:str")
                .type("qemu64-x86_64-cpu", null).machine("pc-q35-9.0", null, false).done();
        Vm vm = Fx.vmWithArg("v", "pc-q35-9.0", "pc-q35-9.0", Fx.netUser("pc-q35-9.0"), Fx.q35Tree("pc-q35-9.0"));
        Verdict v = Compatibility.check(vm, Fx.host("a", a, Map.of()), Fx.host("b", b, Map.of()));
        assertThat(RuleAsserts.of(v, Rule.EFFECTIVE_PROPERTIES, Severity.BLOCKER))
                .singleElement().satisfies(f -> {
                    assertThat(f.property()).isEqualTo("mq");
                    assertThat(f.path()).isEqualTo(BACKEND);
                    assertThat(f.sourceValue()).isEqualTo("false");
                    assertThat(f.destinationValue()).isEqualTo("true");
                });
    }

    @Test
    void unknownCompatTableIsUnknownNotOk() {
        QemuBuild old = Fx.build("old", "8.2.0").x86Types(USO).machineWithoutCompat("pc-q35-8.1").done();
        Vm vm = Fx.vmWithArg("v", "pc-q35-8.1", "pc-q35-8.1", Fx.netTap("pc-q35-8.1"), Fx.q35Tree("pc-q35-8.1"));
        Verdict v = Compatibility.check(vm, Fx.host("o", old, Fx.uso(true)), h910);
        assertThat(RuleAsserts.of(v, Rule.EFFECTIVE_PROPERTIES)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
            assertThat(f.message()).contains("compat table of pc-q35-8.1 on the source build");
        });
    }
}
