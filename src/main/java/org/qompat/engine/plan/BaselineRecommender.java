package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * Recommends the settings that make a host set one migration domain for the given VMs: the newest machine type
 * of the VM's family that every host registers, the best CPU model runnable everywhere, and the property pins
 * from the platform merge. Each VM's answer is checked by re-running the engine with it applied; blockers the
 * engine still reports on a device property (a compat table that differs between binaries, a platform-gated
 * bit) become further pins, and an older common machine type is tried when the newest cannot be made to work.
 */
public final class BaselineRecommender {

    /** Newest common machine types tried per VM; older ones rarely help and each costs a matrix. */
    static final int MACHINE_CANDIDATES = 6;
    static final int PIN_ROUNDS = 3;

    private BaselineRecommender() {
    }

    public static Baseline recommend(String selector, List<Host> hosts, List<Vm> vms, PlatformGates gates) {
        MergedPlatform merged = PlatformMerge.merge(hosts, vms, gates);
        // the newest common type of each family the VMs use (of every family when no VM says)
        Set<String> used = new java.util.HashSet<>();
        for (Vm v : vms) if (MachineTypeOrder.family(v.machineType()) != null) used.add(MachineTypeOrder.family(v.machineType()));
        Map<String, String> byFamily = new LinkedHashMap<>();
        merged.machineTypesByFamily().forEach((family, list) -> {
            if (used.isEmpty() || used.contains(family)) byFamily.put(family, list.get(0));
        });
        CpuChoice cpu = CpuRecommender.choose(hosts, merged);
        List<VmBaseline> out = new ArrayList<>();
        for (Vm vm : vms) out.add(recommendVm(vm, hosts, merged, cpu, gates));
        return new Baseline(selector, merged, byFamily, cpu, out, merged.notes());
    }

    /** The VMs a baseline is for when none are named: those running on the hosts, else every VM. */
    public static List<Vm> defaultVms(List<Vm> all, List<Host> hosts) {
        Set<String> names = new java.util.HashSet<>();
        for (Host h : hosts) names.add(h.name());
        List<Vm> on = all.stream().filter(v -> v.host() != null && names.contains(v.host())).toList();
        return on.isEmpty() ? all : on;
    }

    static VmBaseline recommendVm(Vm vm, List<Host> hosts, MergedPlatform merged, CpuChoice cpu, PlatformGates gates) {
        List<String> notes = new ArrayList<>();
        String cpuModel = cpu == null || cpu.model() == null ? vm.cpuModel() : cpu.model();
        String family = MachineTypeOrder.family(vm.machineType());
        List<String> candidates = family == null ? null : merged.machineTypesByFamily().get(family);
        if (family == null) notes.add("machine type " + vm.machineType() + " is not versioned; kept as is");
        else if (candidates == null) notes.add("no " + family + " machine type is registered by every host");
        if (candidates == null || candidates.isEmpty()) candidates = List.of(vm.machineType());
        Attempt best = null;
        for (String machine : candidates.subList(0, Math.min(MACHINE_CANDIDATES, candidates.size()))) {
            // the merge is redone per machine type: its compat table decides which gated bits are on
            List<GatedProperty> gated = PlatformMerge.gatedProperties(BaselineApplier.withMachine(vm, machine),
                    hosts, gates);
            Attempt a = attempt(vm, hosts, machine, cpuModel, basePins(vm, gated), gated, gates);
            if (best == null || a.blockedPairs < best.blockedPairs) best = a;
            // an older machine type only helps against what machine types decide (compat tables, VMState)
            if (a.blockedPairs == 0 || !a.machineDependent) break;
        }
        for (GatedProperty g : best.gated) {
            if (g.needsPin() && !g.onEveryBuild()) {
                notes.add(g.path() + " " + g.property() + " needs " + g.feature() + " but only some builds know the "
                        + "property, so no explicit value can pin it on all of them");
            }
        }
        if (!best.machine.equals(candidates.get(0))) {
            notes.add("newest common machine type " + candidates.get(0) + " still blocks; " + best.machine
                    + " blocks least");
        }
        return new VmBaseline(vm.name(), vm.machineType(), best.machine, vm.cpuModel(), cpuModel, best.pins,
                best.blockedPairs == 0, (int) Math.min(Integer.MAX_VALUE, best.blockedPairs), best.blockers, notes,
                best.gated, best.beyondPins);
    }

    /** The safe value for every gated bit that may be on where some host cannot back it. */
    private static List<PropertyPin> basePins(Vm vm, List<GatedProperty> gated) {
        List<PropertyPin> pins = new ArrayList<>();
        for (GatedProperty g : gated) {
            if (g.needsPin() && g.onEveryBuild()) {
                pins.add(pinFor(vm, g.path(), g.property(), g.gate().safeValue(), reason(g)));
            }
        }
        return pins;
    }

    private record Attempt(String machine, List<PropertyPin> pins, long blockedPairs, List<String> blockers,
                           boolean machineDependent, List<GatedProperty> gated, List<String> beyondPins) {
    }

    /** Rules whose outcome a different machine type can change. */
    private static final Set<Rule> MACHINE_DEPENDENT = Set.of(Rule.MACHINE_TYPE, Rule.EFFECTIVE_PROPERTIES,
            Rule.VMSTATE, Rule.PROPERTY_EXISTS, Rule.RAM_BLOCKS);

    /** One machine type: apply, ask the engine, turn property blockers into pins, ask again. */
    static Attempt attempt(Vm vm, List<Host> hosts, String machine, String cpuModel, List<PropertyPin> basePins,
                           List<GatedProperty> gated, PlatformGates gates) {
        List<PropertyPin> pins = new ArrayList<>(basePins);
        Attempt last = null;
        for (int round = 0; round < PIN_ROUNDS; round++) {
            VmBaseline b = new VmBaseline(vm.name(), vm.machineType(), machine, vm.cpuModel(), cpuModel, pins,
                    false, 0, List.of(), List.of(), gated, List.of());
            Vm applied = BaselineApplier.apply(vm, b);
            FleetAnalysis analysis = FleetAnalysis.compute(hosts, List.of(applied));
            VerdictGrid grid = VerdictGrid.of(analysis);
            int[] sizes = grid.classSizes();
            long blocked = 0;
            Set<String> blockers = new LinkedHashSet<>();
            BeyondPins beyond = new BeyondPins();
            List<List<String>> classHosts = classHosts(grid);
            boolean machineDependent = false;
            List<PropertyPin> extra = new ArrayList<>();
            for (int a = 0; a < grid.classCount(); a++) {
                for (int c = 0; c < grid.classCount(); c++) {
                    Verdict v = grid.classVerdict(0, a, c);
                    if (VerdictGrid.movable(v.status())) continue;
                    blocked += (long) sizes[a] * sizes[c];
                    for (Finding f : v.findings()) {
                        if (f.severity() != Severity.BLOCKER && f.severity() != Severity.UNKNOWN) continue;
                        if (BeyondPins.covers(f)) {
                            beyond.add(f, classHosts.get(c));
                            continue;
                        }
                        blockers.add(BlockerKey.of(f).label());
                        machineDependent |= MACHINE_DEPENDENT.contains(f.rule());
                        for (PropertyPin p : pinsFromFinding(applied, f, v, hosts, gates)) {
                            if (pins.stream().noneMatch(q -> samePin(p, q))
                                    && extra.stream().noneMatch(q -> samePin(p, q))) {
                                extra.add(p);
                            }
                        }
                    }
                }
            }
            last = new Attempt(machine, List.copyOf(pins), blocked, List.copyOf(blockers), machineDependent, gated,
                    beyond.sentences(hosts.stream().map(Host::name).toList()));
            if (blocked == 0 || extra.isEmpty()) break;
            pins.addAll(extra);
        }
        return last;
    }

    /** The host names of each host class, in host order. */
    private static List<List<String>> classHosts(VerdictGrid grid) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < grid.classCount(); c++) out.add(new ArrayList<>());
        for (int h = 0; h < grid.hosts().size(); h++) out.get(grid.classOf(h)).add(grid.hosts().get(h).name());
        return out;
    }

    private static boolean samePin(PropertyPin a, PropertyPin b) {
        return a.path().equals(b.path()) && a.property().equals(b.property());
    }

    /**
     * A blocker on one device property that an explicit value can settle: the platform-gated bit goes to its safe
     * value; a compat-table difference goes to "off" when one side has it off, else to the older binary's value.
     * A property only one side knows cannot be pinned (the other binary would refuse it).
     */
    static List<PropertyPin> pinsFromFinding(Vm vm, Finding f, Verdict v, List<Host> hosts, PlatformGates gates) {
        if (f.rule() != Rule.EFFECTIVE_PROPERTIES && f.rule() != Rule.PLATFORM_FEATURE) return List.of();
        if (isBlank(f.path()) || isBlank(f.property()) || vm.root() == null) return List.of();
        if (vm.root().find(f.path()).isEmpty()) return List.of();
        List<PropertyPin> out = new ArrayList<>();
        String why = "the engine still found a " + f.rule().id() + " blocker on " + v.from() + " → " + v.to();
        // a finding may name several properties that share one cause ("host_uso, guest_uso4, guest_uso6")
        for (String property : f.property().split(",\\s*")) {
            String value;
            if (f.rule() == Rule.PLATFORM_FEATURE) {
                // only device properties can be pinned; an accelerator or a netdev option is not a guest ABI bit
                List<PlatformGate> g = gates.forProperty(property);
                if (g.isEmpty()) continue;
                value = g.get(0).safeValue();
            } else {
                if (isBlank(f.sourceValue()) || isBlank(f.destinationValue())) return List.of();
                if (Boolean.FALSE.equals(PropertyValues.asBoolean(f.sourceValue()))
                        || Boolean.FALSE.equals(PropertyValues.asBoolean(f.destinationValue()))) {
                    value = "false";
                } else {
                    value = olderSide(v, hosts) ? f.sourceValue() : f.destinationValue();
                }
            }
            out.add(pinFor(vm, f.path(), property, value, why));
        }
        return out;
    }

    /** True when the verdict's source runs the older QEMU. */
    private static boolean olderSide(Verdict v, List<Host> hosts) {
        Host from = hosts.stream().filter(h -> h.name().equals(v.from())).findFirst().orElse(null);
        Host to = hosts.stream().filter(h -> h.name().equals(v.to())).findFirst().orElse(null);
        if (from == null || to == null || from.build() == null || to.build() == null) return true;
        return from.build().version().compareTo(to.build().version()) <= 0;
    }

    /** Names the user-facing proxy ({@code virtio-net-pci}) when the backend's property is aliased on it. */
    static PropertyPin pinFor(Vm vm, String path, String property, String value, String reason) {
        QomNode root = vm.root();
        QomNode node = root == null ? null : root.find(path).orElse(null);
        String driver = node == null ? "" : node.type();
        String id = QomTrees.peripheralId(path);
        Optional<QomNode> parent = root == null ? Optional.empty() : QomTrees.parent(root, path);
        // virtio proxies alias every backend property (QEMU's qdev_alias_all_properties), even when the
        // collected tree did not list the alias
        boolean aliased = parent.isPresent() && (parent.get().properties().containsKey(property)
                || path.endsWith("/virtio-backend"));
        if (aliased && QomTrees.peripheralId(parent.get().path()) != null) {
            driver = parent.get().type();
            id = QomTrees.peripheralId(parent.get().path());
        }
        return new PropertyPin(path, driver, id, property, value, reason);
    }

    private static String reason(GatedProperty g) {
        List<String> hostsWithout = !g.hostsLacking().isEmpty() ? g.hostsLacking() : g.hostsUnknown();
        String which = !g.hostsLacking().isEmpty() ? "missing on " : "unknown on ";
        return "needs " + g.feature() + "; " + which + shortList(hostsWithout);
    }

    static String shortList(List<String> names) {
        return names.size() <= 4 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
