package org.qompat.engine.plan;

import java.util.List;

/**
 * What one VM must be (re)started with to be movable everywhere in the host set: a versioned machine type, a CPU
 * model, explicit property pins. {@code verified} is true when the engine, re-run with these applied, finds every
 * ordered pair of the set OK or WARN; {@code remainingBlockers} says what still blocks when it is not;
 * {@code gated} are the VM's platform-gated properties merged over the set with the recommended machine type.
 */
public record VmBaseline(String vm, String previousMachineType, String machineType, String previousCpuModel,
                         String cpuModel, List<PropertyPin> pins, boolean verified, int blockedPairs,
                         List<String> remainingBlockers, List<String> notes, List<GatedProperty> gated) {

    public VmBaseline {
        pins = List.copyOf(pins);
        gated = List.copyOf(gated);
        remainingBlockers = List.copyOf(remainingBlockers);
        notes = List.copyOf(notes);
    }
}
