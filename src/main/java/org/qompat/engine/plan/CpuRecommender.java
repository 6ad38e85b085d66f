package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qompat.model.CpuModel;
import org.qompat.model.Host;

/**
 * Chooses the CPU model for a host set, the way libvirt's hypervisor-cpu-baseline does for one CPU but from what
 * each host's QEMU said: the best model runnable as-is everywhere, and a more capable model that becomes runnable
 * everywhere by switching off the few features some host lacks (QEMU's unavailable-features are exactly those).
 */
public final class CpuRecommender {

    /** A better model needing more disabled features than this is not worth offering. */
    static final int MAX_DISABLES = 4;

    private CpuRecommender() {
    }

    public static CpuChoice choose(List<Host> hosts, MergedPlatform merged) {
        if (hosts.isEmpty() || hosts.stream().anyMatch(h -> h.build() == null)) {
            return new CpuChoice(null, "CPU models unknown for some hosts", null, List.of());
        }
        String model = merged.cpuModels().isEmpty() ? null : merged.cpuModels().get(0);
        String reason = model == null ? "no migration-safe CPU model is runnable on every host"
                : "best of " + merged.cpuModels().size() + " models runnable on all " + hosts.size() + " hosts";
        int floor = model == null ? Integer.MIN_VALUE : CpuModelRanking.score(model);
        for (String better : CpuModelRanking.bestFirst(modelsKnownEverywhere(hosts))) {
            if (CpuModelRanking.score(better) <= floor) break;
            Set<String> disables = new TreeSet<>();
            for (Host h : hosts) disables.addAll(h.build().cpuModels().get(better).unavailableFeatures());
            if (!disables.isEmpty() && disables.size() <= MAX_DISABLES) {
                return new CpuChoice(model, reason, better, new ArrayList<>(disables));
            }
        }
        return new CpuChoice(model, reason, null, List.of());
    }

    static Set<String> modelsKnownEverywhere(List<Host> hosts) {
        Set<String> common = null;
        for (Host h : hosts) {
            Set<String> names = new HashSet<>();
            for (CpuModel c : h.build().cpuModels().values()) names.add(c.name());
            if (common == null) common = names;
            else common.retainAll(names);
        }
        return common == null ? Set.of() : common;
    }
}
