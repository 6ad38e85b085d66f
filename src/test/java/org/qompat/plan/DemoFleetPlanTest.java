package org.qompat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Finding;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.Rule;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.engine.plan.Baseline;
import org.qompat.engine.plan.BaselineApplier;
import org.qompat.engine.plan.BaselineRecommender;
import org.qompat.engine.plan.DrainCheck;
import org.qompat.engine.plan.DrainResult;
import org.qompat.engine.plan.EngineGates;
import org.qompat.engine.plan.HostSelector;
import org.qompat.engine.plan.MatrixDiff;
import org.qompat.engine.plan.ScenarioApplier;
import org.qompat.engine.plan.StrandedVm;
import org.qompat.engine.plan.VerdictGrid;
import org.qompat.engine.plan.VmBaseline;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;
import org.qompat.model.Vm;

/** The planner on the demo fleet, every answer checked against the engine itself. */
class DemoFleetPlanTest {

    /** What no property pin can fix: the engine's verdict on these rules does not depend on guest ABI settings. */
    private static final Set<Rule> NOT_PINNABLE = Set.of(Rule.VFIO, Rule.MIGRATION_BLOCKER);

    private static List<Host> hosts(String selector) {
        return HostSelector.parse(selector).select(DemoFleet.fleet().hosts());
    }

    /** Re-runs the engine on the VMs with the baseline applied: every cell of a verified VM must be OK or WARN. */
    private static FleetAnalysis verifyIndependently(List<Host> set, List<Vm> vms, Baseline b) {
        List<Vm> pinned = BaselineApplier.applyAll(vms, b);
        FleetAnalysis after = FleetAnalysis.compute(set, pinned);
        for (int v = 0; v < pinned.size(); v++) {
            VmBaseline vb = b.vm(pinned.get(v).name());
            for (int from = 0; from < set.size(); from++) {
                for (int to = 0; to < set.size(); to++) {
                    Verdict verdict = after.verdict(v, from, to);
                    if (vb.verified()) {
                        assertThat(verdict.status()).as("%s %s→%s after the baseline", vb.vm(), verdict.from(),
                                verdict.to()).isIn(VerdictStatus.OK, VerdictStatus.WARN);
                    }
                }
            }
        }
        return after;
    }

    @Test
    void east_baseline_pins_uso_off_and_makes_every_vm_movable_except_what_no_pin_can_fix() {
        List<Host> east = hosts("cluster=east");
        List<Vm> vms = BaselineRecommender.defaultVms(DemoFleet.fleet().vms(), east);
        Baseline b = BaselineRecommender.recommend("cluster=east", east, vms, EngineGates.INSTANCE);
        assertThat(b.machineByFamily()).containsEntry("pc-q35", b.merged().newestMachine("pc-q35"));
        // the two 6.1-kernel hosts lack tap USO: the merge says so and the VMs that have USO on get it pinned off
        assertThat(b.merged().features()).anySatisfy(f -> {
            assertThat(f.feature()).isEqualTo("tap-uso");
            assertThat(f.available()).isFalse();
            assertThat(f.hostsLacking()).containsExactlyInAnyOrder("east-r2-n07", "east-r2-n08");
        });
        VmBaseline web2 = b.vm("web-2");
        assertThat(web2.pins()).extracting(p -> p.globalSpelling()).contains("virtio-net-pci.host_uso=off",
                "virtio-net-pci.guest_uso4=off", "virtio-net-pci.guest_uso6=off");
        FleetAnalysis after = verifyIndependently(east, vms, b);
        for (VmBaseline vb : b.vms()) {
            if (vb.verified()) continue;
            // only an unpinnable cause may remain, and the engine must agree on it
            int v = after.vms().stream().map(Vm::name).toList().indexOf(vb.vm());
            for (int from = 0; from < east.size(); from++) {
                for (int to = 0; to < east.size(); to++) {
                    for (Finding f : after.verdict(v, from, to).findings()) {
                        if (f.severity() == org.qompat.engine.Severity.BLOCKER
                                || f.severity() == org.qompat.engine.Severity.UNKNOWN) {
                            assertThat(f.rule()).as(vb.vm() + " " + f.message()).isIn(NOT_PINNABLE);
                        }
                    }
                }
            }
        }
        // every VM that runs in east is verified except the two no pin can help, and the baseline says why
        assertThat(b.vms()).filteredOn(VmBaseline::verified).extracting(VmBaseline::vm)
                .containsExactlyInAnyOrder("web-2", "db-1", "cache-1", "ml-1", "batch-1", "api-1");
        assertThat(b.stillBlocked()).isEmpty();
        assertThat(b.blockedBeyondPins()).extracting(VmBaseline::vm).containsExactlyInAnyOrder("gpu-1", "store-1");
        assertThat(b.vm("store-1").beyondPins())
                .containsExactly("cannot migrate at all: nvme0 (nvme) has a migration blocker");
        // gpu-1's A100 slice: only the four r1 hosts record VFIO device models, the other six cannot be vouched for
        assertThat(b.vm("gpu-1").beyondPins()).singleElement().asString().startsWith("hostdev0 is VFIO passthrough "
                + "(nvidia.com/a100-mig) and 6 hosts (east-r2-n05, east-r2-n06, east-r2-n07 and 3 more) record no "
                + "VFIO device models").endsWith("(UNKNOWN)");
        assertThat(b.summary()).isEqualTo("6 of 8 VMs verified movable; no pin can fix gpu-1, store-1");
        // and the pins do their part for gpu-1: towards the hosts with vendor data every cell is OK or WARN
        int gpu = after.vms().stream().map(Vm::name).toList().indexOf("gpu-1");
        for (int from = 0; from < east.size(); from++) {
            for (int to = 0; to < east.size(); to++) {
                if (!east.get(to).name().startsWith("east-r1-")) continue;
                assertThat(after.verdict(gpu, from, to).status()).isIn(VerdictStatus.OK, VerdictStatus.WARN);
            }
        }
    }

    @Test
    void every_vm_is_verified_where_a_baseline_can_do_it() {
        for (String selector : List.of("cluster=west", "east-r1-*")) {
            List<Host> set = hosts(selector);
            List<Vm> vms = BaselineRecommender.defaultVms(DemoFleet.fleet().vms(), set);
            Baseline b = BaselineRecommender.recommend(selector, set, vms, EngineGates.INSTANCE);
            assertThat(b.vms()).as(selector).isNotEmpty().allSatisfy(vb ->
                    assertThat(vb.verified()).as(selector + " " + vb.vm() + " " + vb.remainingBlockers()).isTrue());
            verifyIndependently(set, vms, b);
        }
    }

    @Test
    void draining_the_nvme_vms_host_strands_it_and_names_the_migration_blocker() {
        // wherever the manifest runs store-1 (its nvme0 refuses to migrate), draining that host strands it alone
        String host = DemoFleet.fleet().vm("store-1").orElseThrow().host();
        assertThat(host).isNotNull();
        DrainResult r = DrainCheck.run(VerdictGrid.of(DemoFleet.analysis()), List.of(host));
        assertThat(r.ok()).isFalse();
        assertThat(r.stranded()).extracting(StrandedVm::vm).containsExactly("store-1");
        StrandedVm s = r.stranded().get(0);
        assertThat(s.outOfCapacity()).isFalse();
        assertThat(s.blockers()).anySatisfy(bc -> {
            assertThat(bc.key().rule()).isEqualTo(Rule.MIGRATION_BLOCKER.id());
            assertThat(bc.label()).contains("nvme");
        });
    }

    @Test
    void draining_the_uso_hosts_strands_uso_vms_on_the_old_kernel_hosts_for_the_uso_blocker() {
        List<String> drained = hosts("east-r1-*,east-r2-n05,east-r2-n06,east-r3-*,lab-*").stream()
                .map(Host::name).toList();
        DrainResult r = DrainCheck.run(VerdictGrid.of(DemoFleet.analysis()), drained);
        StrandedVm web2 = r.stranded().stream().filter(x -> x.vm().equals("web-2")).findFirst().orElseThrow();
        assertThat(web2.blockers()).anySatisfy(bc -> {
            assertThat(bc.key().rule()).isEqualTo(Rule.PLATFORM_FEATURE.id());
            assertThat(bc.key().subject()).contains("host_uso");
        });
    }

    @Test
    void a_kernel_upgrade_of_the_old_hosts_flips_the_uso_blocker() {
        Fleet fleet = DemoFleet.fleet();
        Scenario upgrade = new Scenario("kernel 6.12 on n07/n08", "", List.of(
                new ScenarioChange.UseKernelOf(List.of("east-r2-n07", "east-r2-n08"), "east-r1-n01")));
        Fleet changed = ScenarioApplier.apply(fleet, upgrade).fleet();
        FleetAnalysis before = DemoFleet.analysis();
        FleetAnalysis after = FleetAnalysis.compute(changed);
        MatrixDiff diff = MatrixDiff.compute(VerdictGrid.of(before), VerdictGrid.of(after));
        int web2 = before.vms().stream().map(Vm::name).toList().indexOf("web-2");
        int from = VerdictGrid.of(before).hostIndex("east-r1-n02");
        int to = VerdictGrid.of(before).hostIndex("east-r2-n07");
        Verdict was = before.verdict(web2, from, to);
        assertThat(was.status()).isEqualTo(VerdictStatus.BLOCKED);
        assertThat(was.findings()).anyMatch(f -> f.rule() == Rule.PLATFORM_FEATURE && f.property().contains("host_uso"));
        Verdict now = after.verdict(web2, VerdictGrid.of(after).hostIndex("east-r1-n02"),
                VerdictGrid.of(after).hostIndex("east-r2-n07"));
        assertThat(now.findings()).noneMatch(f -> f.rule() == Rule.PLATFORM_FEATURE);
        assertThat(now.status()).isIn(VerdictStatus.OK, VerdictStatus.WARN);
        assertThat(diff.find("web-2", "east-r1-n02", "east-r2-n07")).isNotNull()
                .satisfies(c -> assertThat(c.improved()).isTrue());
        // the flip side, also true: a VM started on an upgraded host now has USO on there, so leaving it for an
        // old-kernel host (west) becomes blocked; every worsened cell starts on n07 or n08
        assertThat(diff.changes()).filteredOn(c -> c.worsened()).isNotEmpty().allSatisfy(c ->
                assertThat(c.from()).isIn("east-r2-n07", "east-r2-n08"));
        assertThat(diff.improvedCells()).isGreaterThan(diff.worsenedCells());
        // the input fleet is untouched
        assertThat(fleet.host("east-r2-n07").orElseThrow().kernelRelease()).startsWith("6.1.");
    }
}
