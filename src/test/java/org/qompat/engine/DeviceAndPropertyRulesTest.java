package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

/** Rules 2 and 3: device types and explicitly set properties must exist on the destination. */
class DeviceAndPropertyRulesTest {

    private final QemuBuild newer = Fx.build("n", "10.0.2").x86Types("host_uso:bool=true")
            .type("virtio-sound-pci", "virtio-pci", "audiodev:str").machine("pc-q35-7.2", null, false).done();
    private final QemuBuild older = Fx.build("o", "7.2.0").x86Types().machine("pc-q35-7.2", null, false).done();
    private final Host hn = Fx.host("hn", newer, Map.of());
    private final Host ho = Fx.host("ho", older, Map.of());

    @Test
    void deviceTypeMissingOnDestinationBlocksInThatDirectionOnly() {
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", List.of("q", "-M", "pc-q35-7.2", "-device",
                        "virtio-sound-pci,id=snd0"),
                Fx.q35Tree("pc-q35-7.2", Fx.node("/machine/peripheral/snd0", "virtio-sound-pci", Map.of())));
        assertThat(RuleAsserts.of(Compatibility.check(vm, hn, ho), Rule.DEVICE_TYPE, Severity.BLOCKER))
                .singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/machine/peripheral/snd0");
                    assertThat(f.sourceValue()).isEqualTo("virtio-sound-pci");
                    assertThat(f.message()).contains("does not exist on the destination build 7.2.0");
                });
        assertThat(RuleAsserts.of(Compatibility.check(vm, hn, hn), Rule.DEVICE_TYPE)).isEmpty();
    }

    @Test
    void explicitPropertyMissingOnDestinationBlocks() {
        List<String> cl = List.of("q", "-M", "pc-q35-7.2", "-device",
                "virtio-net-pci,id=net0,netdev=n0,host_uso=off", "-netdev", "user,id=n0");
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", cl, Fx.q35Tree("pc-q35-7.2"));
        Verdict v = Compatibility.check(vm, hn, ho);
        assertThat(RuleAsserts.of(v, Rule.PROPERTY_EXISTS, Severity.BLOCKER)).singleElement().satisfies(f -> {
            assertThat(f.property()).isEqualTo("host_uso");
            assertThat(f.message()).contains("Property 'virtio-net-pci.host_uso' not found");
        });
        assertThat(RuleAsserts.of(Compatibility.check(vm, ho, hn), Rule.PROPERTY_EXISTS)).isEmpty();
    }

    @Test
    void globalNamingAMissingPropertyBlocks() {
        List<String> cl = List.of("q", "-M", "pc-q35-7.2", "-global", "virtio-net-pci.host_uso=off",
                "-device", "virtio-net-pci,id=net0,netdev=n0", "-netdev", "user,id=n0");
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", cl, Fx.q35Tree("pc-q35-7.2"));
        assertThat(RuleAsserts.of(Compatibility.check(vm, hn, ho), Rule.PROPERTY_EXISTS, Severity.BLOCKER))
                .extracting(Finding::property).containsExactly("virtio-net-pci.host_uso");
    }

    @Test
    void missingPropertyListIsUnknown() {
        QemuBuild blind = Fx.build("b", "7.2.0").x86Types().typeUnknownProps("virtio-net-pci", "virtio-pci")
                .machine("pc-q35-7.2", null, false).done();
        Vm vm = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", Fx.netUser("pc-q35-7.2"), Fx.q35Tree("pc-q35-7.2"));
        Verdict v = Compatibility.check(vm, ho, Fx.host("b", blind, Map.of()));
        assertThat(RuleAsserts.of(v, Rule.PROPERTY_EXISTS, Severity.UNKNOWN)).hasSize(1);
        assertThat(v.status()).isEqualTo(VerdictStatus.UNKNOWN);
    }
}
