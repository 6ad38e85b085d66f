package org.qompat.engine.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.Host;

/**
 * The platform dumps of a host set merged into what a VM may use everywhere in it: machine types registered by
 * every build (per family, newest first), CPU models runnable on every host (best first), CPU flags all hosts
 * share, platform features ANDed, and each VM's platform-gated device properties with their merged verdict.
 * {@code notes} say what data was missing, because missing data never means "usable".
 */
public record MergedPlatform(List<Host> hosts, Map<String, List<String>> machineTypesByFamily,
                             List<String> cpuModels, Set<String> cpuFlags, List<FeatureMerge> features,
                             List<GatedProperty> gatedProperties, List<String> notes) {

    public MergedPlatform {
        hosts = List.copyOf(hosts);
        machineTypesByFamily = Map.copyOf(machineTypesByFamily);
        cpuModels = List.copyOf(cpuModels);
        cpuFlags = Set.copyOf(cpuFlags);
        features = List.copyOf(features);
        gatedProperties = List.copyOf(gatedProperties);
        notes = List.copyOf(notes);
    }

    /** The newest machine type of {@code family} (e.g. {@code pc-q35}) that every host registers, or null. */
    public String newestMachine(String family) {
        List<String> l = machineTypesByFamily.get(family);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    public List<GatedProperty> gatedProperties(String vm) {
        return gatedProperties.stream().filter(g -> g.vm().equals(vm)).toList();
    }

    public List<String> hostNames() {
        return hosts.stream().map(Host::name).toList();
    }
}
