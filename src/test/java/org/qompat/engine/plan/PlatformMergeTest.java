package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.plan.PlanFixtures.build;
import static org.qompat.engine.plan.PlanFixtures.cpu;
import static org.qompat.engine.plan.PlanFixtures.host;
import static org.qompat.engine.plan.PlanFixtures.machine;
import static org.qompat.engine.plan.PlanFixtures.vm;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;
import org.qompat.model.QemuBuild;

class PlatformMergeTest {

    private final QemuBuild q72 = build("b72", "7.2.11",
            List.of(machine("pc-q35-7.1", false), machine("pc-q35-7.2", false), machine("pc-i440fx-7.2", false),
                    machine("pc-q35-2.4", true), machine("microvm", false)),
            List.of(cpu("Skylake-Server-v4"), cpu("Haswell-v1"), cpu("Icelake-Server-v1", "avx512vbmi")));
    private final QemuBuild q100 = build("b100", "10.0.2",
            List.of(machine("pc-q35-7.1", false), machine("pc-q35-7.2", false), machine("pc-q35-10.0", false),
                    machine("pc-i440fx-7.2", false), machine("pc-q35-2.4", true), machine("microvm", false)),
            List.of(cpu("Skylake-Server-v4"), cpu("Haswell-v1"), cpu("Icelake-Server-v1")));

    @Test
    void uso_is_usable_only_when_every_host_has_tap_uso() {
        Host newKernel = host("new", q100, true, "east", Set.of("sse2"));
        Host oldKernel = host("old", q100, false, "east", Set.of("sse2"));
        MergedPlatform both = PlatformMerge.merge(List.of(newKernel, oldKernel),
                List.of(vm("web", "pc-q35-7.2", "Haswell-v1", "new", "true")), PlanFixtures.USO_GATES);
        assertThat(both.gatedProperties("web")).hasSize(3).allSatisfy(g -> {
            assertThat(g.path()).isEqualTo("/machine/peripheral/net0/virtio-backend");
            assertThat(g.usable()).isFalse();
            assertThat(g.hostsLacking()).containsExactly("old");
            assertThat(g.needsPin()).isTrue();
        });
        assertThat(both.gatedProperties("web")).extracting(GatedProperty::property)
                .containsExactlyInAnyOrder("host_uso", "guest_uso4", "guest_uso6");

        MergedPlatform onlyNew = PlatformMerge.merge(List.of(newKernel, host("new2", q100, true, "east", Set.of())),
                List.of(vm("web", "pc-q35-7.2", "Haswell-v1", "new", "true")), PlanFixtures.USO_GATES);
        assertThat(onlyNew.gatedProperties("web")).allSatisfy(g -> {
            assertThat(g.usable()).isTrue();
            assertThat(g.needsPin()).isFalse();
        });
    }

    @Test
    void and_is_per_device_so_a_vm_with_uso_already_off_needs_no_pin() {
        Host a = host("a", q100, true, null, Set.of());
        Host b = host("b", q100, false, null, Set.of());
        MergedPlatform m = PlatformMerge.merge(List.of(a, b),
                List.of(vm("on", "pc-q35-10.0", "Haswell-v1", "a", "true"),
                        vm("off", "pc-q35-7.2", "Haswell-v1", "a", "false")), PlanFixtures.USO_GATES);
        assertThat(m.gatedProperties("on")).allMatch(GatedProperty::needsPin);
        assertThat(m.gatedProperties("off")).noneMatch(GatedProperty::needsPin)
                .allSatisfy(g -> assertThat(g.enabled()).isFalse());
    }

    @Test
    void an_unknown_feature_is_not_usable_and_names_the_host() {
        Host known = host("known", q100, true, null, Set.of());
        Host unknown = host("unknown", q100, null, null, Set.of());
        MergedPlatform m = PlatformMerge.merge(List.of(known, unknown),
                List.of(vm("web", "pc-q35-7.2", "Haswell-v1", "known", "true")), PlanFixtures.USO_GATES);
        assertThat(m.features()).singleElement().satisfies(f -> {
            assertThat(f.available()).isNull();
            assertThat(f.hostsUnknown()).containsExactly("unknown");
        });
        assertThat(m.gatedProperties("web")).allSatisfy(g -> {
            assertThat(g.usable()).isNull();
            assertThat(g.needsPin()).isTrue();
        });
    }

    @Test
    void machine_types_are_intersected_per_family_newest_first_without_deprecated_or_unversioned() {
        MergedPlatform m = PlatformMerge.merge(List.of(host("a", q72, false, null, Set.of()),
                host("b", q100, true, null, Set.of())), List.of(), PlanFixtures.USO_GATES);
        assertThat(m.machineTypesByFamily()).containsOnlyKeys("pc-q35", "pc-i440fx");
        assertThat(m.machineTypesByFamily().get("pc-q35")).containsExactly("pc-q35-7.2", "pc-q35-7.1");
        assertThat(m.newestMachine("pc-q35")).isEqualTo("pc-q35-7.2");
        assertThat(m.newestMachine("pc-i440fx")).isEqualTo("pc-i440fx-7.2");
    }

    @Test
    void newest_machine_orders_versions_numerically() {
        MergedPlatform m = PlatformMerge.merge(List.of(host("b", q100, true, null, Set.of())), List.of(),
                PlanFixtures.USO_GATES);
        assertThat(m.newestMachine("pc-q35")).isEqualTo("pc-q35-10.0");
    }

    @Test
    void cpu_models_must_be_runnable_on_every_host_and_flags_are_intersected() {
        MergedPlatform m = PlatformMerge.merge(List.of(host("a", q72, false, null, Set.of("sse2", "avx2", "vmx")),
                host("b", q100, true, null, Set.of("sse2", "avx2", "avx512f"))), List.of(), PlanFixtures.USO_GATES);
        // Icelake is not runnable on a (avx512vbmi unavailable); the rest ranked best first
        assertThat(m.cpuModels()).containsExactly("Skylake-Server-v4", "Haswell-v1");
        assertThat(m.cpuFlags()).containsExactlyInAnyOrder("sse2", "avx2");
    }

    @Test
    void a_host_without_a_build_leaves_machine_types_empty_and_says_so() {
        Host noBuild = host("x", null, true, null, Set.of());
        MergedPlatform m = PlatformMerge.merge(List.of(host("b", q100, true, null, Set.of()), noBuild), List.of(),
                PlanFixtures.USO_GATES);
        assertThat(m.machineTypesByFamily()).isEmpty();
        assertThat(m.cpuModels()).isEmpty();
        assertThat(m.notes()).anyMatch(n -> n.startsWith("x: no QEMU build"));
    }
    @Test
    void a_user_netdev_masks_uso_everywhere_so_no_pin_is_needed() {
        Host a = host("a", q100, true, null, Set.of());
        Host b = host("b", q100, false, null, Set.of());
        var vm = vm("slirp", "pc-q35-7.2", "Haswell-v1", "a", "true");
        var cmd = new java.util.ArrayList<>(vm.commandLine());
        cmd.addAll(List.of("-netdev", "user,id=n0"));
        var withUser = new org.qompat.model.Vm(vm.name(), vm.machineType(), vm.machineArg(), true, vm.cpuModel(),
                vm.root(), vm.host(), cmd, List.of(), java.util.Map.of(), vm.provenance());
        MergedPlatform m = PlatformMerge.merge(List.of(a, b), List.of(withUser), PlanFixtures.USO_GATES);
        assertThat(m.gatedProperties("slirp")).allSatisfy(g -> {
            assertThat(g.backend()).isEqualTo("user");
            assertThat(g.usable()).isFalse();
            assertThat(g.needsPin()).isFalse();
        });
    }

    @Test
    void a_feature_recorded_under_an_alias_counts() {
        Host a = host("a", q100, null, null, Set.of()).withFeatures("6.8.0", java.util.Map.of("tun-uso",
                new org.qompat.model.PlatformFeature("tun-uso", true, "test", org.qompat.model.Provenance.UNKNOWN)));
        Host b = host("b", q100, true, null, Set.of());
        MergedPlatform m = PlatformMerge.merge(List.of(a, b),
                List.of(vm("web", "pc-q35-7.2", "Haswell-v1", "a", "true")), PlanFixtures.USO_GATES);
        assertThat(m.gatedProperties("web")).allSatisfy(g -> assertThat(g.usable()).isTrue());
    }
}
