package org.qompat.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.plan.PlanFixtures.build;
import static org.qompat.engine.plan.PlanFixtures.cpu;
import static org.qompat.engine.plan.PlanFixtures.host;
import static org.qompat.engine.plan.PlanFixtures.machine;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.model.Host;

class CpuChoiceTest {

    @Test
    void ranking_follows_generations_and_versions_and_skips_host_and_max() {
        assertThat(CpuModelRanking.bestFirst(List.of("qemu64", "host", "Haswell-v2", "Skylake-Server-v4", "max",
                "Haswell-v4", "Skylake-Server-v1", "Westmere", "Frobnicator")))
                .containsExactly("Skylake-Server-v4", "Skylake-Server-v1", "Haswell-v4", "Haswell-v2", "Westmere",
                        "qemu64", "Frobnicator");
    }

    @Test
    void a_better_model_is_offered_with_the_features_some_host_lacks_disabled() {
        var mt = List.of(machine("pc-q35-7.2", false));
        Host a = host("a", build("ba", "10.0.2", mt, List.of(cpu("Haswell-v4"),
                cpu("Icelake-Server-v1", "avx512vbmi"))), true, null, Set.of());
        Host b = host("b", build("bb", "10.0.2", mt, List.of(cpu("Haswell-v4"),
                cpu("Icelake-Server-v1", "avx512vbmi", "gfni"))), true, null, Set.of());
        MergedPlatform merged = PlatformMerge.merge(List.of(a, b), List.of(), PlanFixtures.USO_GATES);
        CpuChoice c = CpuRecommender.choose(List.of(a, b), merged);
        assertThat(c.model()).isEqualTo("Haswell-v4");
        assertThat(c.betterModel()).isEqualTo("Icelake-Server-v1");
        assertThat(c.betterModelDisables()).containsExactly("avx512vbmi", "gfni");
    }

    @Test
    void no_common_runnable_model_is_said_plainly() {
        var mt = List.of(machine("pc-q35-7.2", false));
        Host a = host("a", build("ba", "10.0.2", mt, List.of(cpu("Haswell-v4", "avx2"))), true, null, Set.of());
        MergedPlatform merged = PlatformMerge.merge(List.of(a), List.of(), PlanFixtures.USO_GATES);
        CpuChoice c = CpuRecommender.choose(List.of(a), merged);
        assertThat(c.model()).isNull();
        assertThat(c.reason()).contains("no migration-safe CPU model");
        assertThat(c.betterModel()).isEqualTo("Haswell-v4");
    }
}
