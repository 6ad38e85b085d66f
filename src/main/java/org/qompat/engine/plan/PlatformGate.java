package org.qompat.engine.plan;

import java.util.List;
import org.qompat.model.Host;
import org.qompat.model.PlatformFeature;

/**
 * A device property whose enabled value only works where the host backs it (primer rule 5): e.g.
 * {@code virtio-net-device.host_uso} needs the host's tap USO. {@code qomType} matches by QOM subtype;
 * {@code aliases} are other names hosts may record the feature under; {@code backends} the netdev types that pass
 * it through (empty: any); {@code safeValue} is the value that works on every host (the feature off).
 */
public record PlatformGate(String qomType, String property, String feature, List<String> aliases,
                           List<String> backends, String safeValue, String why) {

    public PlatformGate {
        aliases = List.copyOf(aliases);
        backends = List.copyOf(backends);
    }

    /** False when the device's netdev backend is known and never passes the feature through (e.g. user). */
    public boolean passesThrough(String backend) {
        return backend == null || backends.isEmpty() || backends.contains(backend);
    }

    /** The host's record of the feature, under its name or an alias; null when the host does not say. */
    public PlatformFeature on(Host host) {
        PlatformFeature f = host.features().get(feature);
        if (f != null) return f;
        for (String a : aliases) {
            f = host.features().get(a);
            if (f != null) return f;
        }
        return null;
    }
}
