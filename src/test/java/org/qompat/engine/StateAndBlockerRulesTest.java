package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.Fx.desc;
import static org.qompat.engine.Fx.field;
import static org.qompat.engine.Fx.section;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;
import org.qompat.model.VmStateSection;

/** Rules 7 and 9 on a VM with one e1000, plus missing data. */
class StateAndBlockerRulesTest {

    private static QemuBuild build(String id, String version, VmStateSection... sections) {
        return Fx.build(id, version).x86Types().machine("pc-q35-7.2", null, false).vmstate("pc-q35-7.2", sections)
                .done();
    }

    private static Vm e1000Vm(QomNode... extra) {
        QomNode nic = Fx.node("/machine/peripheral/nic0", "e1000", Map.of());
        QomNode[] all = new QomNode[extra.length + 1];
        all[0] = nic;
        System.arraycopy(extra, 0, all, 1, extra.length);
        return Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", List.of("q", "-M", "pc-q35-7.2", "-device",
                "e1000,id=nic0"), Fx.q35Tree("pc-q35-7.2", all));
    }

    @Test
    void vmstateVersionBumpBlocksNewToOldOnly() {
        Host v2 = Fx.host("a", build("a", "9.0.0", section("e1000", 2, 1, field("mac", 6))), Map.of());
        Host v3 = Fx.host("b", build("b", "9.1.0", section("e1000", 3, 1, field("mac", 6))), Map.of());
        Verdict down = Compatibility.check(e1000Vm(), v3, v2);
        List<Finding> f = RuleAsserts.of(down, Rule.VMSTATE, Severity.BLOCKER);
        assertThat(f).isNotEmpty().allSatisfy(x -> {
            assertThat(x.path()).isEqualTo("/machine/peripheral/nic0");
            assertThat(x.sourceValue()).isEqualTo("3");
            assertThat(x.destinationValue()).isEqualTo("2");
            assertThat(x.message()).contains("too new");
            assertThat(x.sourceProvenance().location()).isEqualTo("/e1000");
        });
        assertThat(RuleAsserts.of(Compatibility.check(e1000Vm(), v2, v3), Rule.VMSTATE)).isEmpty();
    }

    @Test
    void subsectionUnknownToTheDestinationIsAWarning() {
        VmStateSection withSub = section("e1000", 2, 1, List.of(field("mac", 6)), List.of(desc("e1000/full_mac", 1,
                field("x", 4))));
        VmStateSection otherSub = section("e1000", 2, 1, List.of(field("mac", 6)), List.of(desc("e1000/tso", 1)));
        Verdict v = Compatibility.check(e1000Vm(), Fx.host("a", build("a", "9.0.0", withSub), Map.of()),
                Fx.host("b", build("b", "8.0.0", otherSub), Map.of()));
        assertThat(RuleAsserts.of(v, Rule.VMSTATE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.sourceValue()).isEqualTo("e1000/full_mac");
            assertThat(f.message()).contains("needed()");
        });
    }

    @Test
    void missingDumpIsUnknown() {
        Host a = Fx.host("a", build("a", "9.0.0", section("e1000", 2, 1, field("mac", 6))), Map.of());
        Host none = Fx.host("n", Fx.build("n", "9.1.0").x86Types().machine("pc-q35-7.2", null, false).done(),
                Map.of());
        Verdict v = Compatibility.check(e1000Vm(), a, none);
        assertThat(RuleAsserts.of(v, Rule.VMSTATE, Severity.UNKNOWN)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no -dump-vmstate of the destination build"));
        assertThat(v.status()).isEqualTo(VerdictStatus.UNKNOWN);
    }

    @Test
    void unmigratableDeviceBlocksEvenOnTheDiagonal() {
        VmStateSection nvme = new VmStateSection("nvme", 0, 0, desc("nvme", 0), Provenance.json("d.json", "/nvme"));
        Host a = Fx.host("a", Fx.build("a", "9.0.0").x86Types().type("nvme", "pci-device", "serial:str")
                .machine("pc-q35-7.2", null, false).vmstate("pc-q35-7.2", section("e1000", 2, 1, field("m", 6)),
                        nvme).done(), Map.of());
        Vm vm = e1000Vm(Fx.node("/machine/peripheral/disk0", "nvme", Map.of()));
        Verdict diagonal = Compatibility.check(vm, a, a);
        assertThat(RuleAsserts.of(diagonal, Rule.MIGRATION_BLOCKER, Severity.BLOCKER)).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/machine/peripheral/disk0");
                    assertThat(f.message()).contains("State blocked by non-migratable device 'nvme'");
                });
        assertThat(diagonal.status()).isEqualTo(VerdictStatus.BLOCKED);
        assertThat(Compatibility.check(e1000Vm(), a, a).findings()).isEmpty();
    }

    @Test
    void ivshmemPeerFromTheDataListBlocksButTheMasterDoesNot() {
        Host a = Fx.host("a", build("a", "9.0.0", section("e1000", 2, 1, field("m", 6))), Map.of());
        Vm peer = e1000Vm(Fx.node("/machine/peripheral/shm", "ivshmem-plain", Map.of()));
        assertThat(RuleAsserts.of(Compatibility.check(peer, a, a), Rule.MIGRATION_BLOCKER)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("peer mode"));
        Vm master = Fx.vmWithArg("v", "pc-q35-7.2", "pc-q35-7.2", List.of("q", "-M", "pc-q35-7.2", "-device",
                "e1000,id=nic0", "-device", "ivshmem-plain,id=shm,master=on"), peer.root());
        assertThat(RuleAsserts.of(Compatibility.check(master, a, a), Rule.MIGRATION_BLOCKER)).isEmpty();
    }

    @Test
    void noBuildOrNoTreeIsUnknownAndNamesWhatIsMissing() {
        Host a = Fx.host("a", build("a", "9.0.0"), Map.of());
        Host noBuild = a.withBuild(null).withName("nb");
        Verdict v = Compatibility.check(e1000Vm(), a, noBuild);
        assertThat(v.status()).isEqualTo(VerdictStatus.UNKNOWN);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.UNKNOWN);
            assertThat(f.message()).contains("destination host's QEMU build");
        });
        Vm noTree = e1000Vm().withRoot(null);
        assertThat(Compatibility.check(noTree, a, a).findings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("QOM tree was not loaded"));
    }
}
