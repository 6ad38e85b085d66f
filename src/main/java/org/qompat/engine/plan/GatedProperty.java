package org.qompat.engine.plan;

import java.util.List;

/**
 * A platform-gated property of one device of one VM, merged over a host set (Odaki's AND, per QOM path):
 * {@code enabled} is the VM's value read as a boolean (null when the tree does not carry the value), {@code usable}
 * the AND of the feature over the hosts, {@code backend} the netdev type behind the device when known (a backend
 * such as {@code user} masks the feature on every host, so the hosts do not matter). {@code onEveryBuild} says
 * whether every build of the set has the property: only then can an explicit value pin it everywhere (an older
 * binary refuses a property it does not know).
 */
public record GatedProperty(String vm, String path, String qomType, String property, String value, Boolean enabled,
                            PlatformGate gate, Boolean usable, List<String> hostsLacking,
                            List<String> hostsUnknown, String backend, boolean onEveryBuild) {

    public GatedProperty {
        hostsLacking = List.copyOf(hostsLacking);
        hostsUnknown = List.copyOf(hostsUnknown);
    }

    /** Needs a pin when it may be on, the backend passes it through, and not every host can back it. */
    public boolean needsPin() {
        return !Boolean.FALSE.equals(enabled) && !Boolean.TRUE.equals(usable) && gate.passesThrough(backend);
    }

    public String feature() {
        return gate.feature();
    }
}
