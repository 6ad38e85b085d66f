package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.compat.PlatformRequirements;

/**
 * The platform gates the planner uses: the device-property rows of the engine's platform-feature table
 * ({@code platform-requirements.json}, rule 5), read through {@link PlatformRequirements} so that the facts live
 * in one place. Each enabling property becomes one gate whose safe value is "off".
 */
public final class EngineGates implements PlatformGates {

    public static final EngineGates INSTANCE = new EngineGates();

    private final List<PlatformGate> gates;

    private EngineGates() {
        List<PlatformGate> g = new ArrayList<>();
        for (PlatformRequirements.Requirement r : PlatformRequirements.all()) {
            if (!"device-property".equals(r.kind())) continue;
            for (String p : r.properties()) {
                g.add(new PlatformGate(r.deviceType(), p, r.platformFeature(), r.aliases(), r.backends(), "false",
                        r.needs()));
            }
        }
        gates = List.copyOf(g);
    }

    @Override
    public List<PlatformGate> all() {
        return gates;
    }
}
