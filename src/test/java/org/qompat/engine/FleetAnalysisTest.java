package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Vm;

class FleetAnalysisTest {

    private final QemuBuild q90 = Fx.usoBuild90();
    private final QemuBuild q80 = Fx.build80();

    private List<Host> hosts() {
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < 4; i++) hosts.add(Fx.host("new" + i, q90, Fx.uso(true)));
        for (int i = 0; i < 3; i++) hosts.add(Fx.host("oldk" + i, q90, Fx.uso(false)));
        for (int i = 0; i < 2; i++) hosts.add(Fx.host("old" + i, q80, Fx.uso(false)));
        return hosts;
    }

    private List<Vm> vms() {
        return List.of(
                Fx.vmWithArg("modern", "pc-q35-9.0", "pc-q35-9.0", Fx.netTap("pc-q35-9.0"), Fx.q35Tree("pc-q35-9.0")),
                Fx.vmWithArg("pinned", "pc-q35-8.0", "pc-q35-8.0", Fx.netTap("pc-q35-8.0"), Fx.q35Tree("pc-q35-8.0")));
    }

    @Test
    void equivalentHostsShareAClassAndClassVerdictsMatchSingleChecks() {
        List<Host> hosts = hosts();
        List<Vm> vms = vms();
        FleetAnalysis fa = FleetAnalysis.compute(hosts, vms);
        assertThat(fa.classes()).hasSize(3);
        assertThat(fa.classOf(0)).isEqualTo(fa.classOf(3));
        assertThat(fa.classOf(0)).isNotEqualTo(fa.classOf(4));
        for (int v = 0; v < vms.size(); v++) {
            for (int a = 0; a < hosts.size(); a++) {
                for (int b = 0; b < hosts.size(); b++) {
                    Verdict direct = Compatibility.check(vms.get(v), hosts.get(a), hosts.get(b));
                    Verdict fleet = fa.verdict(v, a, b);
                    assertThat(fleet.status()).as("%s %s->%s", vms.get(v).name(), hosts.get(a).name(),
                            hosts.get(b).name()).isEqualTo(direct.status());
                    assertThat(fleet.findings()).isEqualTo(direct.findings());
                    assertThat(fleet.from()).isEqualTo(hosts.get(a).name());
                }
            }
        }
    }

    @Test
    void theMatrixTellsTheUsoAndMachineTypeStory() {
        FleetAnalysis fa = FleetAnalysis.compute(hosts(), vms());
        // modern VM: new kernel -> old kernel (same build) blocked by the platform, old build cannot run 9.0
        assertThat(fa.status(0, 0, 1)).isEqualTo(VerdictStatus.OK);
        assertThat(fa.status(0, 0, 4)).isEqualTo(VerdictStatus.BLOCKED);
        assertThat(fa.verdict(0, 0, 4).findings().get(0).rule()).isEqualTo(Rule.PLATFORM_FEATURE);
        assertThat(fa.status(0, 4, 0)).isEqualTo(VerdictStatus.OK);
        assertThat(fa.status(0, 0, 7)).isEqualTo(VerdictStatus.BLOCKED);
        // pinned VM (pc-q35-8.0, USO off by compat) moves anywhere
        for (int a = 0; a < 9; a++) {
            for (int b = 0; b < 9; b++) {
                assertThat(fa.verdict(1, a, b).findings()).as(a + "->" + b).isEmpty();
            }
        }
        BitSet both = new BitSet();
        both.set(0, 2);
        assertThat(fa.movableCount(0, 4, both)).isEqualTo(1);
        assertThat(fa.movableCount(0, 1, both)).isEqualTo(2);
    }
}
