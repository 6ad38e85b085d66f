package org.qompat.engine.plan;

import java.util.List;
import java.util.Map;

/**
 * The recommended baseline for a host set: the merged platform it was derived from, the newest common machine
 * type per family, the CPU choice, and each selected VM's pins.
 */
public record Baseline(String selector, MergedPlatform merged, Map<String, String> machineByFamily, CpuChoice cpu,
                       List<VmBaseline> vms, List<String> notes) {

    public Baseline {
        machineByFamily = Map.copyOf(machineByFamily);
        vms = List.copyOf(vms);
        notes = List.copyOf(notes);
    }

    public boolean allVerified() {
        return vms.stream().allMatch(VmBaseline::verified);
    }

    public VmBaseline vm(String name) {
        return vms.stream().filter(v -> v.vm().equals(name)).findFirst().orElse(null);
    }
}
