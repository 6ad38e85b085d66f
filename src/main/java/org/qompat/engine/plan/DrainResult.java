package org.qompat.engine.plan;

import java.util.List;

/**
 * The answer to "if I drain these hosts, where do their VMs go?": a placement for each VM that fits (every
 * destination OK or WARN, capacities honoured) and the stranded ones with their blockers.
 */
public record DrainResult(List<String> drainedHosts, int vmsToMove, List<Placement> placements,
                          List<StrandedVm> stranded, List<String> notes) {

    /** One VM's move: from its drained host to a destination outside the set, with the verdict's status. */
    public record Placement(String vm, String from, String to, String status) {
    }

    public DrainResult {
        drainedHosts = List.copyOf(drainedHosts);
        placements = List.copyOf(placements);
        stranded = List.copyOf(stranded);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return stranded.isEmpty();
    }
}
