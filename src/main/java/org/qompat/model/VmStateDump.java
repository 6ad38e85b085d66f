package org.qompat.model;

import java.util.Map;

/** The whole {@code -dump-vmstate} output of one build for one machine type. */
public record VmStateDump(String machineType, Map<String, VmStateSection> sections, Provenance provenance) {

    public VmStateDump {
        sections = Map.copyOf(sections);
    }
}
