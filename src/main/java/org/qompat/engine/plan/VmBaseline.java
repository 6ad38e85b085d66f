package org.qompat.engine.plan;

import java.util.List;

/**
 * What one VM must be (re)started with to be movable everywhere in the host set: a versioned machine type, a CPU
 * model, explicit property pins. {@code verified} is true when the engine, re-run with these applied, finds every
 * ordered pair of the set OK or WARN. When it is not, {@code remainingBlockers} names what still blocks that a
 * baseline is meant to settle (machine type, CPU, device properties: the recommender failed), and
 * {@code beyondPins} says, one sentence each, what no baseline can settle (a device with a migration blocker, a
 * passthrough device without vendor data). {@code gated} are the VM's platform-gated properties merged over the
 * set with the recommended machine type.
 */
public record VmBaseline(String vm, String previousMachineType, String machineType, String previousCpuModel,
                         String cpuModel, List<PropertyPin> pins, boolean verified, int blockedPairs,
                         List<String> remainingBlockers, List<String> notes, List<GatedProperty> gated,
                         List<String> beyondPins) {

    public VmBaseline {
        pins = List.copyOf(pins);
        gated = List.copyOf(gated);
        remainingBlockers = List.copyOf(remainingBlockers);
        notes = List.copyOf(notes);
        beyondPins = List.copyOf(beyondPins);
    }

    /** Not verified, yet only for causes no baseline can remove: the baseline did all a baseline can do. */
    public boolean blockedBeyondPins() {
        return !verified && remainingBlockers.isEmpty() && !beyondPins.isEmpty();
    }

    /** Not verified for a cause the baseline should have settled. */
    public boolean stillBlocked() {
        return !verified && !blockedBeyondPins();
    }
}
