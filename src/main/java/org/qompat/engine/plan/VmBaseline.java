package org.qompat.engine.plan;

import java.util.List;

/**
 * What one VM must be (re)started with to be movable everywhere in the host set: a versioned machine type, a CPU
 * model, explicit property pins. {@code verified} is true when the engine, re-run with these applied, finds every
 * ordered pair of the set OK or WARN; {@code remainingBlockers} says what still blocks when it is not.
 */
public record VmBaseline(String vm, String previousMachineType, String machineType, String previousCpuModel,
                         String cpuModel, List<PropertyPin> pins, boolean verified, int blockedPairs,
                         List<String> remainingBlockers, List<String> notes) {

    public VmBaseline {
        pins = List.copyOf(pins);
        remainingBlockers = List.copyOf(remainingBlockers);
        notes = List.copyOf(notes);
    }
}
