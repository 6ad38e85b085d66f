package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Rule;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/** Drain, domains, reach and the Pareto summary on hand-built verdict grids (the rules are the engine's). */
class CapacityTest {

    private static Host host(String name, boolean uso, String cluster, Integer slots) {
        Host h = PlanFixtures.host(name, null, uso, cluster, Set.of());
        return slots == null ? h : h.withLabels(Map.of("cluster", cluster, "slots", slots.toString()));
    }

    /** A VM with USO on can only go to hosts with tap USO; one with USO off goes anywhere. */
    private static final FakeGrid.Cell USO_RULE = (vm, from, to) -> {
        boolean usoOn = "true".equals(vm.root().find("/machine/peripheral/net0/virtio-backend").orElseThrow()
                .properties().get("host_uso"));
        boolean backed = Boolean.TRUE.equals(to.features().get(PlanFixtures.USO).available());
        return !usoOn || backed ? FakeGrid.ok(vm, from, to)
                : FakeGrid.blocked(vm, from, to, Rule.PLATFORM_FEATURE, "host_uso",
                "host_uso is on but " + to.name() + " has no tap USO");
    };

    @Test
    void drain_strands_the_uso_vm_when_only_old_kernels_remain_and_names_the_blocker() {
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", null);
        Host o1 = host("o1", false, "east", null);
        Vm fast = PlanFixtures.vm("fast", "pc-q35-10.0", "Haswell-v4", "n1", "true");
        Vm plain = PlanFixtures.vm("plain", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2, o1), List.of(fast, plain), USO_RULE);

        DrainResult r = DrainCheck.run(grid, List.of("n1", "n2"));
        assertThat(r.ok()).isFalse();
        assertThat(r.vmsToMove()).isEqualTo(2);
        assertThat(r.placements()).singleElement().satisfies(p -> {
            assertThat(p.vm()).isEqualTo("plain");
            assertThat(p.to()).isEqualTo("o1");
        });
        StrandedVm s = r.stranded().get(0);
        assertThat(s.vm()).isEqualTo("fast");
        assertThat(s.outOfCapacity()).isFalse();
        assertThat(s.blockers()).singleElement().satisfies(b -> {
            assertThat(b.key()).isEqualTo(new BlockerKey("platform-feature", "host_uso"));
            assertThat(b.example()).contains("o1 has no tap USO");
        });
        assertThat(s.reason()).isEqualTo("no compatible host; blocked by platform-feature · host_uso");

        DrainResult onlyN1 = DrainCheck.run(grid, List.of("n1"));
        assertThat(onlyN1.ok()).isTrue();
        assertThat(onlyN1.placements()).filteredOn(p -> p.vm().equals("fast")).singleElement()
                .satisfies(p -> assertThat(p.to()).isEqualTo("n2"));
    }

    @Test
    void drain_honours_slots_and_finds_the_placement_a_greedy_pass_would_miss() {
        // fast needs n2 (USO); plain fits anywhere. n2 has 1 slot, o1 has 1 slot. Greedy "plain first to n2"
        // would strand fast; the matching puts plain on o1.
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", 1);
        Host o1 = host("o1", false, "east", 1);
        Vm plain = PlanFixtures.vm("plain", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        Vm fast = PlanFixtures.vm("fast", "pc-q35-10.0", "Haswell-v4", "n1", "true");
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2, o1), List.of(plain, fast), USO_RULE);
        DrainResult r = DrainCheck.run(grid, List.of("n1"));
        assertThat(r.ok()).isTrue();
        assertThat(r.placements()).extracting(p -> p.vm() + "→" + p.to())
                .containsExactlyInAnyOrder("plain→o1", "fast→n2");
    }

    @Test
    void drain_reports_full_hosts_when_capacity_not_compatibility_strands() {
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", 2);
        Vm a = PlanFixtures.vm("a", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        Vm b = PlanFixtures.vm("b", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        Vm resident = PlanFixtures.vm("resident", "pc-q35-7.2", "Haswell-v4", "n2", "false");
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2), List.of(a, b, resident), USO_RULE);
        DrainResult r = DrainCheck.run(grid, List.of("n1"));
        assertThat(r.placements()).hasSize(1);
        assertThat(r.stranded()).singleElement().satisfies(s -> {
            assertThat(s.outOfCapacity()).isTrue();
            assertThat(s.compatibleHosts()).containsExactly("n2");
            assertThat(s.reason()).startsWith("all compatible hosts are full");
        });
    }

    @Test
    void domains_split_where_a_vm_cannot_go_back() {
        // new (east) → old (west) is blocked, old → new works: two strongly connected domains, not one
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", null);
        Host o1 = host("o1", false, "west", null);
        Host o2 = host("o2", false, "west", null);
        Vm onNew = PlanFixtures.vm("on-new", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        Vm onOld = PlanFixtures.vm("on-old", "pc-q35-7.2", "Haswell-v4", "o1", "false");
        FakeGrid.Cell newToOldBlocked = (vm, from, to) -> from.label("cluster").equals("east")
                && to.label("cluster").equals("west")
                ? FakeGrid.blocked(vm, from, to, Rule.MACHINE_TYPE, "", "unsupported machine type")
                : FakeGrid.ok(vm, from, to);
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2, o1, o2), List.of(onNew, onOld), newToOldBlocked);
        MigrationDomains d = MigrationDomains.forAllVms(grid);
        assertThat(d.domains()).hasSize(2);
        assertThat(d.domains()).anySatisfy(dom -> assertThat(dom).containsExactlyInAnyOrder("n1", "n2"));
        assertThat(d.domains()).anySatisfy(dom -> assertThat(dom).containsExactlyInAnyOrder("o1", "o2"));
        assertThat(d.islands()).isEmpty();

        VmReach fromNew = VmReach.of(grid, 0);
        assertThat(fromNew.host()).isEqualTo("n1");
        assertThat(fromNew.direct()).containsExactly("n2");
        assertThat(fromNew.reachable()).containsExactly("n2");
        VmReach fromOld = VmReach.of(grid, 1);
        assertThat(fromOld.direct()).containsExactly("n1", "n2", "o2");
    }

    @Test
    void reach_follows_several_hops() {
        // a → b → c works, a → c does not: c is reachable but not direct
        Host a = host("a", true, "x", null);
        Host b = host("b", true, "x", null);
        Host c = host("c", true, "x", null);
        Vm v = PlanFixtures.vm("v", "pc-q35-7.2", "Haswell-v4", "a", "false");
        FakeGrid.Cell chain = (vm, from, to) -> from.name().equals("a") && to.name().equals("c")
                ? FakeGrid.blocked(vm, from, to, Rule.VMSTATE, "", "incoming version_id 5 is too new")
                : FakeGrid.ok(vm, from, to);
        VmReach r = VmReach.of(FakeGrid.eachHostItsClass(List.of(a, b, c), List.of(v), chain), 0);
        assertThat(r.direct()).containsExactly("b");
        assertThat(r.reachable()).containsExactly("b", "c");
    }

    @Test
    void a_host_nobody_can_reach_is_an_island() {
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", null);
        Host o1 = host("o1", false, "west", null);
        Vm fast = PlanFixtures.vm("fast", "pc-q35-10.0", "Haswell-v4", "n1", "true");
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2, o1), List.of(fast), USO_RULE);
        MigrationDomains d = MigrationDomains.forAllVms(grid);
        assertThat(d.domains()).containsExactly(List.of("n1", "n2"));
        assertThat(d.islands()).containsExactly("o1");
    }

    @Test
    void summary_counts_pairs_and_ranks_blockers_per_cluster() {
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", null);
        Host o1 = host("o1", false, "west", null);
        Vm fast = PlanFixtures.vm("fast", "pc-q35-10.0", "Haswell-v4", "n1", "true");
        Vm plain = PlanFixtures.vm("plain", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2, o1), List.of(fast, plain), USO_RULE);
        FleetSummary s = FleetSummary.of(grid);
        assertThat(s.hostPairs()).isEqualTo(6); // ordered pairs of distinct hosts
        assertThat(s.compatiblePairs()).isEqualTo(4); // all but n1→o1, n2→o1
        assertThat(s.vmPairs()).isEqualTo(12);
        assertThat(s.movableVmPairs()).isEqualTo(10);
        assertThat(s.pareto()).singleElement().satisfies(b -> {
            assertThat(b.label()).isEqualTo("platform-feature · host_uso");
            assertThat(b.count()).isEqualTo(2);
        });
        List<FleetSummary> perCluster = FleetSummary.perLabel(grid, "cluster");
        assertThat(perCluster).extracting(FleetSummary::scope).containsExactly("cluster=east", "cluster=west");
        assertThat(perCluster.get(0).pairShare()).isEqualTo(1.0);
        assertThat(perCluster.get(1).hostPairs()).isZero();
    }

    @Test
    void tarjan_finds_cycles_and_singletons() {
        boolean[][] e = new boolean[5][5];
        e[0][1] = e[1][2] = e[2][0] = true; // cycle 0-1-2
        e[2][3] = true; // 3 reachable but not back
        e[4][4] = true; // self-loop
        int[] comp = StronglyConnected.components(e);
        assertThat(comp[0]).isEqualTo(comp[1]).isEqualTo(comp[2]);
        assertThat(comp[3]).isNotEqualTo(comp[0]);
        assertThat(comp[4]).isNotEqualTo(comp[0]).isNotEqualTo(comp[3]);
    }
    @Test
    void a_vm_that_cannot_migrate_anywhere_is_left_out_of_the_fleet_domains_and_named() {
        Host n1 = host("n1", true, "east", null);
        Host n2 = host("n2", true, "east", null);
        Vm plain = PlanFixtures.vm("plain", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        Vm nvme = PlanFixtures.vm("nvme", "pc-q35-7.2", "Haswell-v4", "n1", "false");
        FakeGrid.Cell cell = (vm, from, to) -> vm.name().equals("nvme")
                ? FakeGrid.blocked(vm, from, to, Rule.MIGRATION_BLOCKER, "", "State blocked by non-migratable device")
                : FakeGrid.ok(vm, from, to);
        FakeGrid grid = FakeGrid.eachHostItsClass(List.of(n1, n2), List.of(plain, nvme), cell);
        assertThat(MigrationDomains.forAllVms(grid).domains()).isEmpty();
        MigrationDomains d = MigrationDomains.forMigratableVms(grid);
        assertThat(d.domains()).containsExactly(List.of("n1", "n2"));
        assertThat(d.excludedVms()).containsExactly("nvme");
    }
}
