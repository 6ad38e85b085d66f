package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;
import org.qompat.model.Scenario;
import org.qompat.model.ScenarioChange;

class ScenarioApplierTest {

    private final QemuBuild q72 = PlanFixtures.build("b72", "7.2.11", List.of(), List.of());
    private final QemuBuild q100 = PlanFixtures.build("b100", "10.0.2", List.of(), List.of());
    private final Fleet fleet = new Fleet(List.of(
            PlanFixtures.host("old", q72, false, "east", Set.of()),
            PlanFixtures.host("new", q100, true, "east", Set.of())), List.of(), List.of(q72, q100), List.of());

    @Test
    void every_kind_of_step_changes_a_copy_and_leaves_the_fleet_alone() {
        Scenario s = new Scenario("upgrade", "", List.of(
                new ScenarioChange.UseKernelOf(List.of("old"), "new"),
                new ScenarioChange.UseBuild(List.of("old"), "b100", "10.0.2"),
                new ScenarioChange.AddCopies("new", 2, "spare"),
                new ScenarioChange.SetFeatures(List.of("spare-2"), "6.1.0", Map.of(PlanFixtures.USO, false)),
                new ScenarioChange.RemoveHosts(List.of("new"))));
        ScenarioOutcome o = ScenarioApplier.apply(fleet, s);
        assertThat(o.problems()).isEmpty();
        Fleet f = o.fleet();
        assertThat(f.hosts()).extracting(Host::name).containsExactly("old", "spare-1", "spare-2");
        Host old = f.host("old").orElseThrow();
        assertThat(old.kernelRelease()).isEqualTo("6.8.0");
        assertThat(old.features().get(PlanFixtures.USO).available()).isTrue();
        assertThat(old.build().id()).isEqualTo("b100");
        assertThat(f.host("spare-1").orElseThrow().labels()).containsEntry("cluster", "east");
        Host spare2 = f.host("spare-2").orElseThrow();
        assertThat(spare2.kernelRelease()).isEqualTo("6.1.0");
        assertThat(spare2.features().get(PlanFixtures.USO).available()).isFalse();
        assertThat(spare2.features().get(PlanFixtures.USO).derivation()).contains("what-if scenario 'upgrade'");
        // the input fleet is unchanged
        assertThat(fleet.host("old").orElseThrow().build().id()).isEqualTo("b72");
        assertThat(fleet.hosts()).hasSize(2);
    }

    @Test
    void unknown_names_are_reported_per_step_and_the_rest_applies() {
        Scenario s = new Scenario("typos", "", List.of(
                new ScenarioChange.UseBuild(List.of("old"), "nope", null),
                new ScenarioChange.UseKernelOf(List.of("ghost", "old"), "new")));
        ScenarioOutcome o = ScenarioApplier.apply(fleet, s);
        assertThat(o.problems()).containsExactly(
                "step 1 (host old run QEMU nope): no loaded QEMU build has id nope",
                "step 2 (hosts ghost, old get the kernel and platform features of new): no host named ghost");
        assertThat(o.fleet().host("old").orElseThrow().kernelRelease()).isEqualTo("6.8.0");
    }
}
