package org.qompat.engine.plan;

import java.util.List;

/**
 * The CPU model for a host set: {@code model} runs as-is on every host. {@code betterModel} is a more capable
 * model that runs everywhere once {@code betterModelDisables} are switched off (the union of each host's
 * unavailable-features for it), offered as an alternative; null when there is none worth naming.
 */
public record CpuChoice(String model, String reason, String betterModel, List<String> betterModelDisables) {

    public CpuChoice {
        betterModelDisables = List.copyOf(betterModelDisables);
    }
}
