package org.qompat.io.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.qompat.io.collect.LaunchedQemu;
import org.qompat.io.qmp.QmpCommandException;
import org.qompat.model.CpuInfo;
import org.qompat.model.CpuModel;
import org.qompat.model.Provenance;

/**
 * Which {@code -cpu} models a host that was not collected could run under KVM: a model is runnable when the host's
 * /proc/cpuinfo has every feature the model enables. A model's features come from the real binary's
 * {@code query-cpu-model-expansion type=static}; QEMU's feature names are matched to cpuinfo's by spelling
 * ({@code sse4.1} = {@code sse4_1}, {@code lahf-lm} = {@code lahf_lm}). Only features some host CPU reports in
 * cpuinfo are judged, and nested-virtualisation bits (svm, vmx) are left out because KVM masks them without
 * refusing the model: an approximation of what query-cpu-definitions would say on that host, documented as such.
 */
public final class CpuAvailability {

    private static final Set<String> IGNORED = Set.of("svm", "vmx", "hypervisor", "x2apic", "tsc-deadline-timer",
            "tsc-deadline", "arat");

    private CpuAvailability() {
    }

    /** model name → features its static expansion enables, asked of a running QEMU ({@code -machine none}). */
    public static Map<String, Set<String>> staticFeatures(String binary, Duration timeout) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (LaunchedQemu q = LaunchedQemu.withStdioQmp(binary, List.of("-machine", "none", "-nodefaults",
                "-display", "none", "-accel", "tcg"), timeout)) {
            for (JsonNode def : q.qmp().execute("query-cpu-definitions")) {
                String name = def.path("name").asText();
                try {
                    JsonNode e = q.qmp().execute("query-cpu-model-expansion",
                            Map.of("type", "static", "model", Map.of("name", name)));
                    Set<String> on = new TreeSet<>();
                    e.path("model").path("props").fields().forEachRemaining(p -> {
                        if (p.getValue().isBoolean() && p.getValue().asBoolean()) on.add(p.getKey());
                    });
                    out.put(name, on);
                } catch (QmpCommandException notExpandable) {
                    // "host" cannot be expanded without KVM; it is judged by the host's flags elsewhere
                }
            }
        }
        return out;
    }

    /** cpuinfo and QEMU spell some features differently; compare in one spelling. */
    static String normalise(String feature) {
        return feature.toLowerCase().replace('_', '-').replace('.', '-');
    }

    /**
     * The build's CPU models with {@code unavailable-features} recomputed for {@code host}. Models without a
     * static expansion ({@code host}, {@code max}) keep what the build said.
     */
    public static Map<String, CpuModel> forHost(Map<String, CpuModel> models, Map<String, Set<String>> features,
                                                CpuInfo host, Collection<CpuInfo> knownCpus, String how) {
        Set<String> judged = new HashSet<>();
        for (CpuInfo c : knownCpus) for (String f : c.flags()) judged.add(normalise(f));
        for (String f : host.flags()) judged.add(normalise(f));
        Set<String> has = new HashSet<>();
        for (String f : host.flags()) has.add(normalise(f));
        Map<String, CpuModel> out = new LinkedHashMap<>();
        for (CpuModel m : models.values()) {
            Set<String> wanted = features.get(m.name());
            if (wanted == null || m.name().equals("max") || m.name().equals("host")) {
                out.put(m.name(), m);
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String f : wanted) {
                String n = normalise(f);
                if (judged.contains(n) && !IGNORED.contains(n) && !has.contains(n)) missing.add(f);
            }
            out.put(m.name(), new CpuModel(m.name(), m.typename(), m.aliasOf(), m.migrationSafe(), m.isStatic(),
                    m.deprecated(), missing, Provenance.derived(m.provenance().file(), how)));
        }
        return out;
    }
}
