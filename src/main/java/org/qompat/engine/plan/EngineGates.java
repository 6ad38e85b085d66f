package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform gates the planner uses by default: the engine's platform-feature table (rule 5). Until that table
 * is on main this holds the two device-property rows of the primer (virtio-net USO and UDP-tunnel GSO); it is
 * replaced by a read of the engine's table so that the facts live in one place.
 */
public final class EngineGates implements PlatformGates {

    public static final EngineGates INSTANCE = new EngineGates();

    private final List<PlatformGate> gates;

    private EngineGates() {
        List<PlatformGate> g = new ArrayList<>();
        for (String p : List.of("host_uso", "guest_uso4", "guest_uso6")) {
            g.add(new PlatformGate("virtio-net-device", p, "tap-uso", List.of("tun-uso", "uso"), "false",
                    "tap UDP segmentation offload, Linux >= 6.2"));
        }
        for (String p : List.of("host_tunnel", "host_tunnel_csum", "guest_tunnel", "guest_tunnel_csum")) {
            g.add(new PlatformGate("virtio-net-device", p, "tap-udp-tunnel-gso",
                    List.of("tun-udp-tunnel-gso", "udp-tunnel-gso"), "false", "tap UDP-tunnel GSO"));
        }
        gates = List.copyOf(g);
    }

    @Override
    public List<PlatformGate> all() {
        return gates;
    }
}
