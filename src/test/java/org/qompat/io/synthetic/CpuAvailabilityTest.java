package org.qompat.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qompat.model.CpuInfo;
import org.qompat.model.CpuModel;
import org.qompat.model.Provenance;

/** Runnable CPU models for a host that was not collected, from static expansions and cpuinfo flags. */
class CpuAvailabilityTest {

    private static CpuModel model(String name, String... unavailable) {
        return new CpuModel(name, name + "-x86_64-cpu", null, true, false, false, List.of(unavailable),
                Provenance.UNKNOWN);
    }

    @Test
    void missingHostFlagsMakeAModelUnavailableInQemuSpelling() {
        Map<String, CpuModel> models = new LinkedHashMap<>();
        models.put("qemu64", model("qemu64", "everything-under-tcg"));
        models.put("Icelake-Server", model("Icelake-Server"));
        models.put("max", model("max", "kept"));
        Map<String, Set<String>> features = Map.of(
                "qemu64", Set.of("sse2", "svm", "lahf-lm", "hypervisor"),
                "Icelake-Server", Set.of("sse4.2", "avx512f", "avx512-vbmi2", "gfni", "some-qemu-only-bit"));
        CpuInfo cascade = new CpuInfo("GenuineIntel", "x", Set.of("sse2", "sse4_2", "avx512f", "lahf_lm", "vmx"));
        CpuInfo ice = new CpuInfo("GenuineIntel", "y", Set.of("sse2", "sse4_2", "avx512f", "avx512_vbmi2", "gfni"));
        Map<String, CpuModel> out = CpuAvailability.forHost(models, features, cascade, List.of(ice, cascade), "t");
        // qemu64's svm is nested virtualisation (masked, not refused); hypervisor is provided by KVM
        assertThat(out.get("qemu64").unavailableFeatures()).isEmpty();
        // judged only on features some cpuinfo reports; QEMU-only names are not held against the host
        assertThat(out.get("Icelake-Server").unavailableFeatures()).containsExactlyInAnyOrder("avx512-vbmi2", "gfni");
        assertThat(out.get("max").unavailableFeatures()).containsExactly("kept");
        assertThat(CpuAvailability.forHost(models, features, ice, List.of(ice, cascade), "t")
                .get("Icelake-Server").runnable()).isTrue();
    }
}
