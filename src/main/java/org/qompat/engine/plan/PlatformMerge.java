package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qompat.engine.DeviceProperties;
import org.qompat.engine.EffectiveProperties;
import org.qompat.engine.MachineResolution;
import org.qompat.engine.compat.VmCommandLine;
import org.qompat.model.CpuModel;
import org.qompat.model.Host;
import org.qompat.model.MachineType;
import org.qompat.model.PlatformFeature;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * Merges the platform dumps of a host set (Odaki's -merge-platform, done outside QEMU): an AND of every
 * platform-gated feature per device of each VM's QOM tree, and intersections of machine types, runnable CPU
 * models and CPU flags. Pure; the hosts' order is kept in every list.
 */
public final class PlatformMerge {

    private PlatformMerge() {
    }

    public static MergedPlatform merge(List<Host> hosts, List<Vm> vms, PlatformGates gates) {
        List<String> notes = new ArrayList<>();
        List<Host> withBuild = hosts.stream().filter(h -> h.build() != null).toList();
        for (Host h : hosts) {
            if (h.build() == null) notes.add(h.name() + ": no QEMU build loaded; machine types and CPU models unknown");
        }
        if (hosts.isEmpty()) notes.add("no hosts selected");
        Map<String, List<String>> machines = withBuild.size() == hosts.size() && !hosts.isEmpty()
                ? commonMachineTypes(withBuild) : Map.of();
        List<String> cpus = withBuild.size() == hosts.size() && !hosts.isEmpty()
                ? CpuModelRanking.bestFirst(commonRunnableCpuModels(withBuild)) : List.of();
        Set<String> flags = commonCpuFlags(hosts, notes);
        List<FeatureMerge> features = mergeFeatures(hosts);
        List<GatedProperty> gated = new ArrayList<>();
        for (Vm vm : vms) gated.addAll(gatedProperties(vm, hosts, gates));
        return new MergedPlatform(hosts, machines, cpus, flags, features, gated, notes);
    }

    /** Versioned, non-deprecated machine types every build registers, by family, newest first. */
    static Map<String, List<String>> commonMachineTypes(List<Host> hosts) {
        Set<String> common = null;
        for (QemuBuild b : distinctBuilds(hosts)) {
            Set<String> usable = new HashSet<>();
            for (MachineType m : b.machineTypes().values()) {
                if (m.isVersioned() && !m.deprecated()) usable.add(m.name());
            }
            if (common == null) common = usable;
            else common.retainAll(usable);
        }
        Map<String, List<String>> byFamily = new TreeMap<>();
        if (common == null) return byFamily;
        for (String m : common) byFamily.computeIfAbsent(MachineTypeOrder.family(m), k -> new ArrayList<>()).add(m);
        byFamily.values().forEach(l -> l.sort(MachineTypeOrder.NEWEST_FIRST));
        return byFamily;
    }

    /**
     * CPU models runnable on every host. Runnability is what each host's QEMU answered in query-cpu-definitions
     * (no unavailable-features), so it already reflects that host's CPU and accelerator.
     */
    static Set<String> commonRunnableCpuModels(List<Host> hosts) {
        Set<String> common = null;
        for (Host h : hosts) {
            Set<String> runnable = new HashSet<>();
            for (CpuModel c : h.build().cpuModels().values()) if (c.runnable()) runnable.add(c.name());
            if (common == null) common = runnable;
            else common.retainAll(runnable);
        }
        return common == null ? Set.of() : common;
    }

    static Set<String> commonCpuFlags(List<Host> hosts, List<String> notes) {
        Set<String> common = null;
        for (Host h : hosts) {
            if (h.cpu() == null) {
                notes.add(h.name() + ": CPU flags unknown");
                continue;
            }
            if (common == null) common = new TreeSet<>(h.cpu().flags());
            else common.retainAll(h.cpu().flags());
        }
        return common == null ? Set.of() : common;
    }

    static List<FeatureMerge> mergeFeatures(List<Host> hosts) {
        Set<String> names = new TreeSet<>();
        for (Host h : hosts) names.addAll(h.features().keySet());
        List<FeatureMerge> out = new ArrayList<>();
        for (String name : names) out.add(mergeFeature(name, hosts));
        return out;
    }

    static FeatureMerge mergeFeature(String name, List<Host> hosts) {
        List<String> lacking = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Host h : hosts) {
            PlatformFeature f = h.features().get(name);
            if (f == null || f.available() == null) unknown.add(h.name());
            else if (!f.available()) lacking.add(h.name());
        }
        Boolean available = !lacking.isEmpty() ? Boolean.FALSE : unknown.isEmpty() ? Boolean.TRUE : null;
        return new FeatureMerge(name, available, lacking, unknown);
    }

    /** The gate's feature ANDed over the hosts, each host read under the feature's name or an alias. */
    static FeatureMerge mergeGate(PlatformGate gate, List<Host> hosts) {
        List<String> lacking = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Host h : hosts) {
            PlatformFeature f = gate.on(h);
            if (f == null || f.available() == null) unknown.add(h.name());
            else if (!f.available()) lacking.add(h.name());
        }
        Boolean available = !lacking.isEmpty() ? Boolean.FALSE : unknown.isEmpty() ? Boolean.TRUE : null;
        return new FeatureMerge(gate.feature(), available, lacking, unknown);
    }

    /**
     * Every device node of the VM that a gate covers, with the gate's feature ANDed over the hosts. The VM's value
     * is its effective value (class default → compat entries → its own options, the engine's rule 4) on each
     * distinct build of the set: "on" on any of them means the guest may use it there. Without a build, the value
     * the QOM tree shows is used.
     */
    static List<GatedProperty> gatedProperties(Vm vm, List<Host> hosts, PlatformGates gates) {
        List<GatedProperty> out = new ArrayList<>();
        if (vm.root() == null) return out;
        List<QemuBuild> builds = distinctBuilds(hosts);
        VmCommandLine cl = VmCommandLine.of(vm);
        for (QomNode node : vm.root().flatten()) {
            for (PlatformGate gate : gates.all()) {
                if (!isOfType(node.type(), gate.qomType(), builds)) continue;
                Presence presence = presence(vm, node, gate.property(), builds);
                if (!presence.somewhere()) continue; // no build has this property: nothing to merge or pin
                FeatureMerge fm = mergeGate(gate, hosts);
                out.add(new GatedProperty(vm.name(), node.path(), node.type(), gate.property(), presence.value(),
                        PropertyValues.asBoolean(presence.value()), gate, fm.available(), fm.hostsLacking(),
                        fm.hostsUnknown(), backendOf(vm, cl, node), presence.everywhere()));
            }
        }
        return out;
    }

    /** The VM's value of a property over the builds of a set, and on how many of them the property exists. */
    record Presence(String value, boolean somewhere, boolean everywhere) {
    }

    /**
     * "on" when the property is on for any build of the set, else the (common) off value; the property exists on a
     * build when its resolved properties name it. Without any build, the value the QOM tree shows is used.
     */
    static Presence presence(Vm vm, QomNode node, String property, List<QemuBuild> builds) {
        String seen = null;
        String on = null;
        int present = 0;
        for (QemuBuild b : builds) {
            String machine = MachineResolution.resolve(vm, b).nameOr(vm.machineType());
            DeviceProperties props = EffectiveProperties.forNode(vm, node.path(), b, machine);
            if (props == null || !props.values().containsKey(property)) continue;
            present++;
            String v = props.value(property);
            if (v == null) continue;
            if (Boolean.TRUE.equals(PropertyValues.asBoolean(v))) on = v;
            else seen = v;
        }
        if (builds.isEmpty()) {
            String v = node.properties().get(property);
            return new Presence(v, node.properties().containsKey(property), node.properties().containsKey(property));
        }
        return new Presence(on != null ? on : seen, present > 0, present == builds.size());
    }

    /** The -netdev type behind a network device (its own netdev= or its virtio proxy's), or null. */
    static String backendOf(Vm vm, VmCommandLine cl, QomNode node) {
        String id = netdevId(cl, node);
        if (id == null && vm.root() != null) {
            QomNode parent = QomTrees.parent(vm.root(), node.path()).orElse(null);
            if (parent != null) id = netdevId(cl, parent);
        }
        return id == null ? null : cl.netdev(id).map(VmCommandLine.Netdev::type).orElse(null);
    }

    private static String netdevId(VmCommandLine cl, QomNode n) {
        String v = n.properties().get("netdev");
        if (v != null && !v.isBlank()) return v;
        return cl.deviceAt(n.path()).map(d -> d.properties().get("netdev")).orElse(null);
    }

    /** Subtype test through any build that knows the type; the bare name when no build does. */
    static boolean isOfType(String type, String ancestor, List<QemuBuild> builds) {
        if (type == null) return false;
        if (type.equals(ancestor)) return true;
        for (QemuBuild b : builds) {
            if (b.types().containsKey(type)) return b.isSubtype(type, ancestor);
        }
        return false;
    }

    static List<QemuBuild> distinctBuilds(List<Host> hosts) {
        // by id, not equals(): a build's record equality would compare every table it holds
        Map<String, QemuBuild> seen = new java.util.LinkedHashMap<>();
        for (Host h : hosts) if (h.build() != null) seen.putIfAbsent(h.build().id(), h.build());
        return new ArrayList<>(seen.values());
    }
}
