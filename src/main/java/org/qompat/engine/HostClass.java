package org.qompat.engine;

import java.util.List;
import org.qompat.model.Host;

/**
 * Hosts that are equivalent for migration (same QEMU build, same platform features that matter, same CPU flags
 * and firmware): the engine computes once per class pair. {@code key} is a readable summary of what they share.
 */
public record HostClass(int index, String key, List<Host> members) {

    public HostClass {
        members = List.copyOf(members);
    }

    public Host representative() {
        return members.get(0);
    }
}
