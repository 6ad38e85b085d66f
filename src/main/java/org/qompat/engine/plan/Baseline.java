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

    /** The VMs only blocked by what no baseline can fix (a migration blocker, VFIO without vendor data). */
    public List<VmBaseline> blockedBeyondPins() {
        return vms.stream().filter(VmBaseline::blockedBeyondPins).toList();
    }

    /** The VMs the baseline failed for a cause it should have settled. */
    public List<VmBaseline> stillBlocked() {
        return vms.stream().filter(VmBaseline::stillBlocked).toList();
    }

    /** "6 of 8 VMs verified movable; …", one line for the view, the CLI and the launch-script header. */
    public String summary() {
        long verified = vms.stream().filter(VmBaseline::verified).count();
        if (verified == vms.size()) return "All " + vms.size() + " VMs verified movable within the set";
        StringBuilder sb = new StringBuilder(verified + " of " + vms.size() + " VMs verified movable");
        if (!stillBlocked().isEmpty()) {
            sb.append("; still blocked: ").append(String.join(", ", stillBlocked().stream().map(VmBaseline::vm)
                    .toList()));
        }
        if (!blockedBeyondPins().isEmpty()) {
            sb.append("; no pin can fix ").append(String.join(", ", blockedBeyondPins().stream()
                    .map(VmBaseline::vm).toList()));
        }
        return sb.toString();
    }

    public VmBaseline vm(String name) {
        return vms.stream().filter(v -> v.vm().equals(name)).findFirst().orElse(null);
    }
}
