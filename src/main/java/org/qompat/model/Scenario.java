package org.qompat.model;

import java.util.List;

/**
 * A what-if over a loaded fleet: changes applied in order to copies of the hosts, never to the input files.
 * Saved as {@code "format": "qompat.scenario/1"} JSON (see docs/formats.md).
 */
public record Scenario(String name, String description, List<ScenarioChange> changes) {

    public Scenario {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        changes = List.copyOf(changes);
    }

    public static Scenario empty(String name) {
        return new Scenario(name, "", List.of());
    }

    public Scenario withChanges(List<ScenarioChange> newChanges) {
        return new Scenario(name, description, newChanges);
    }
}
