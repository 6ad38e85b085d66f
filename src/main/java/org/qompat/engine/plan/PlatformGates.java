package org.qompat.engine.plan;

import java.util.List;

/**
 * The feature → requirement table the merge ANDs over. The engine's platform-feature rule owns the facts; this
 * interface lets the planner read them without copying them.
 */
@FunctionalInterface
public interface PlatformGates {

    List<PlatformGate> all();

    /** The gates whose property this is, for any QOM type (the caller checks the subtype). */
    default List<PlatformGate> forProperty(String property) {
        return all().stream().filter(g -> g.property().equals(property)).toList();
    }
}
