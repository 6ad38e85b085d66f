package org.qompat.engine.plan;

import java.util.List;

/**
 * A VM on a drained host that cannot be placed: either no host outside the drained set accepts it
 * ({@code compatibleHosts} empty, {@code blockers} say why, most frequent first), or every compatible host is full.
 */
public record StrandedVm(String vm, String host, List<String> compatibleHosts, List<BlockerCount> blockers) {

    public StrandedVm {
        compatibleHosts = List.copyOf(compatibleHosts);
        blockers = List.copyOf(blockers);
    }

    public boolean outOfCapacity() {
        return !compatibleHosts.isEmpty();
    }

    /** One line for people: why it is stranded. */
    public String reason() {
        if (outOfCapacity()) return "all compatible hosts are full (" + String.join(", ", compatibleHosts) + ")";
        if (blockers.isEmpty()) return "no host outside the drained set";
        return "no compatible host; blocked by " + blockers.get(0).label()
                + (blockers.size() > 1 ? " (+" + (blockers.size() - 1) + " more)" : "");
    }
}
