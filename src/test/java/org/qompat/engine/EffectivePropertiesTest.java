package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.Fx.compat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

class EffectivePropertiesTest {

    private static final String NET = "/machine/peripheral/net0";
    private static final String BACKEND = NET + "/virtio-backend";

    private final QemuBuild build = Fx.build("b", "9.1.0").x86Types("host_uso:bool=true")
            .machine("pc-q35-8.1", null, false,
                    compat("virtio-pci", "disable-legacy", "on", "hw_compat_a"),
                    compat("virtio-net-device", "host_uso", "off", "hw_compat_8_1"),
                    compat("virtio-net-device", "mq", "on", "hw_compat_8_1"),
                    compat("virtio-net-device", "mq", "off", "hw_compat_6_0"))
            .machine("pc-q35-9.1", "q35", false).done();

    @Test
    void classDefaultWhenNoCompatEntryApplies() {
        Vm vm = Fx.vm("v", "pc-q35-9.1", Fx.netUser("pc-q35-9.1"), Fx.q35Tree("pc-q35-9.1"));
        DeviceProperties p = EffectiveProperties.forNode(vm, BACKEND, build, "pc-q35-9.1");
        EffectiveValue uso = p.get("host_uso").orElseThrow();
        assertThat(uso.value()).isEqualTo("true");
        assertThat(uso.origin()).isEqualTo(ValueOrigin.CLASS_DEFAULT);
        assertThat(uso.provenance().location()).isEqualTo("/types/virtio-net-device");
    }

    @Test
    void compatEntryForAbstractParentHitsConcreteSubtype() {
        Vm vm = Fx.vm("v", "pc-q35-8.1", Fx.netUser("pc-q35-8.1"), Fx.q35Tree("pc-q35-8.1"));
        EffectiveValue v = EffectiveProperties.forNode(vm, NET, build, "pc-q35-8.1").get("disable-legacy")
                .orElseThrow();
        assertThat(v.origin()).isEqualTo(ValueOrigin.COMPAT_ENTRY);
        assertThat(v.compatEntry().qomType()).isEqualTo("virtio-pci");
        assertThat(v.value()).isEqualTo("on");
        assertThat(v.steps()).extracting(ResolutionStep::origin)
                .containsExactly(ValueOrigin.CLASS_DEFAULT, ValueOrigin.COMPAT_ENTRY);
    }

    @Test
    void backendEntryHitsVirtioBackendChildAndProxyShowsItsAlias() {
        Vm vm = Fx.vm("v", "pc-q35-8.1", Fx.netUser("pc-q35-8.1"), Fx.q35Tree("pc-q35-8.1"));
        Map<String, DeviceProperties> all = EffectiveProperties.forVm(vm, build, "pc-q35-8.1");
        EffectiveValue onBackend = all.get(BACKEND).get("host_uso").orElseThrow();
        assertThat(onBackend.value()).isEqualTo("off");
        assertThat(onBackend.compatEntry().origin()).isEqualTo("hw_compat_8_1");
        EffectiveValue onProxy = all.get(NET).get("host_uso").orElseThrow();
        assertThat(onProxy.value()).isEqualTo("off");
        assertThat(onProxy.aliasOf()).isEqualTo(BACKEND);
    }

    @Test
    void laterEntryWinsSoTheOldestArrayDecides() {
        Vm vm = Fx.vm("v", "pc-q35-8.1", Fx.netUser("pc-q35-8.1"), Fx.q35Tree("pc-q35-8.1"));
        EffectiveValue mq = EffectiveProperties.forNode(vm, BACKEND, build, "pc-q35-8.1").get("mq").orElseThrow();
        assertThat(mq.value()).isEqualTo("off");
        assertThat(mq.compatEntry().origin()).isEqualTo("hw_compat_6_0");
        assertThat(mq.steps()).hasSize(3);
    }

    @Test
    void explicitDeviceOptionOnProxyWinsOverCompatOnBackend() {
        List<String> cl = List.of("qemu", "-M", "pc-q35-8.1", "-device", "virtio-net-pci,id=net0,netdev=n0,host_uso=on",
                "-netdev", "tap,id=n0");
        Vm vm = Fx.vm("v", "pc-q35-8.1", cl, Fx.q35Tree("pc-q35-8.1"));
        EffectiveValue v = EffectiveProperties.forNode(vm, BACKEND, build, "pc-q35-8.1").get("host_uso")
                .orElseThrow();
        assertThat(v.origin()).isEqualTo(ValueOrigin.EXPLICIT);
        assertThat(v.value()).isEqualTo("on");
        assertThat(v.provenance().location()).isEqualTo("command line argument 4");
        assertThat(v.steps()).extracting(ResolutionStep::origin)
                .containsExactly(ValueOrigin.CLASS_DEFAULT, ValueOrigin.COMPAT_ENTRY, ValueOrigin.EXPLICIT);
    }

    @Test
    void globalMatchesBySubtypeAndDeviceOptionBeatsIt() {
        List<String> cl = List.of("qemu", "-M", "pc-q35-9.1", "-global", "virtio-pci.disable-legacy=off",
                "-global", "virtio-net-device.mq=on", "-device", "virtio-net-pci,id=net0,netdev=n0,mq=off",
                "-netdev", "user,id=n0");
        Vm vm = Fx.vm("v", "pc-q35-9.1", cl, Fx.q35Tree("pc-q35-9.1"));
        Map<String, DeviceProperties> all = EffectiveProperties.forVm(vm, build, "pc-q35-9.1");
        EffectiveValue legacy = all.get(NET).get("disable-legacy").orElseThrow();
        assertThat(legacy.origin()).isEqualTo(ValueOrigin.EXPLICIT);
        assertThat(legacy.value()).isEqualTo("off");
        assertThat(all.get(BACKEND).value("mq")).isEqualTo("off");
    }

    @Test
    void observedValuesWhenTheBuildNeverReportedTheType() {
        QemuBuild b = Fx.build("b2", "7.2.0").x86Types().typeUnknownProps("ICH9-LPC", "pci-device")
                .machine("pc-q35-7.2", null, false).done();
        QomNode lpc = Fx.node("/machine/peripheral/lpc", "ICH9-LPC", Map.of("noreboot", "false"));
        Vm vm = Fx.vm("v", "pc-q35-7.2", List.of(), Fx.q35Tree("pc-q35-7.2", lpc));
        DeviceProperties p = EffectiveProperties.forNode(vm, lpc.path(), b, "pc-q35-7.2");
        assertThat(p.propertiesKnown()).isFalse();
        assertThat(p.get("noreboot").orElseThrow().origin()).isEqualTo(ValueOrigin.OBSERVED);
    }

    @Test
    void onTrueYesCompareEqualAndHexEqualsDecimal() {
        assertThat(PropertyValues.sameValue("on", "true")).isTrue();
        assertThat(PropertyValues.sameValue("yes", "ON")).isTrue();
        assertThat(PropertyValues.sameValue("off", "False")).isTrue();
        assertThat(PropertyValues.sameValue("no", "on")).isFalse();
        assertThat(PropertyValues.sameValue("0x10", "16")).isTrue();
        assertThat(PropertyValues.sameValue("auto", "on")).isFalse();
    }

    @Test
    void compareListsBothSidesAndFlagsDifferences() {
        QemuBuild other = Fx.build("c", "9.0.0").x86Types("host_uso:bool=true")
                .machine("pc-q35-8.1", null, false).done();
        Vm vm = Fx.vm("v", "pc-q35-8.1", Fx.netUser("pc-q35-8.1"), Fx.q35Tree("pc-q35-8.1"));
        List<PropertyComparison> rows = EffectiveProperties.compare(vm, Fx.host("a", other, Map.of()),
                Fx.host("b", build, Map.of()));
        PropertyComparison uso = rows.stream().filter(r -> r.path().equals(BACKEND)
                && r.property().equals("host_uso")).findFirst().orElseThrow();
        assertThat(uso.differs()).isTrue();
        assertThat(uso.source().value()).isEqualTo("true");
        assertThat(uso.destination().value()).isEqualTo("off");
        assertThat(rows.stream().filter(r -> r.property().equals("csum")).allMatch(r -> !r.differs())).isTrue();
    }
}
