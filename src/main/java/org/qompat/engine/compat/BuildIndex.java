package org.qompat.engine.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qompat.model.CompatProperty;
import org.qompat.model.MachineType;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomType;

/**
 * Lookup structures over one {@link QemuBuild}, built lazily and shared by every VM checked against it: the
 * lineage of each type (for subtype matching of compat entries), the compat entries of each machine type
 * indexed by the type they name, and each (machine type, device type) baseline. Thread-safe.
 */
public final class BuildIndex {

    /** A compat entry with its position in the machine type's table (later positions win). */
    public record IndexedEntry(int position, CompatProperty entry) {
    }

    private final QemuBuild build;
    private final Map<String, Set<String>> lineage = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<IndexedEntry>>> entriesByMachine = new ConcurrentHashMap<>();
    private final Map<String, Map<String, TypeBaseline>> baselines = new ConcurrentHashMap<>();

    public BuildIndex(QemuBuild build) {
        this.build = build;
    }

    public QemuBuild build() {
        return build;
    }

    /** The type and all its ancestors; a type the build does not know has only itself. */
    public Set<String> lineage(String type) {
        if (type == null) return Set.of();
        Set<String> known = lineage.get(type); // asked millions of times: no capturing lambda on the hit path
        if (known != null) return known;
        return Memo.get(lineage, type, t -> Collections.unmodifiableSet(new HashSet<>(build.lineage(t))));
    }

    public boolean isSubtype(String type, String ancestor) {
        return lineage(type).contains(ancestor);
    }

    public boolean hasType(String type) {
        return build.types().containsKey(type);
    }

    public QomType type(String type) {
        return build.types().get(type);
    }

    public MachineType machine(String name) {
        return name == null ? null : build.machineTypes().get(name);
    }

    /** Every compat entry of {@code machine} whose driver is {@code type} or one of its ancestors, in order. */
    public List<IndexedEntry> entriesHitting(String machine, String type) {
        Map<String, List<IndexedEntry>> byDriver = Memo.get(entriesByMachine, machine, this::indexMachine);
        if (byDriver.isEmpty()) return List.of();
        List<IndexedEntry> hits = new ArrayList<>();
        for (String t : lineage(type)) {
            List<IndexedEntry> l = byDriver.get(t);
            if (l != null) hits.addAll(l);
        }
        if (hits.size() > 1) hits.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return hits;
    }

    private Map<String, List<IndexedEntry>> indexMachine(String machine) {
        MachineType mt = build.machineTypes().get(machine);
        if (mt == null) return Map.of();
        Map<String, List<IndexedEntry>> out = new ConcurrentHashMap<>();
        List<CompatProperty> props = mt.compatProps();
        for (int i = 0; i < props.size(); i++) {
            CompatProperty p = props.get(i);
            out.computeIfAbsent(p.qomType(), k -> new ArrayList<>()).add(new IndexedEntry(i, p));
        }
        return out;
    }

    /** Class defaults then compat entries of {@code machine} for {@code type}; memoised. */
    public TypeBaseline baseline(String machine, String type) {
        Map<String, TypeBaseline> byType = Memo.get(baselines, String.valueOf(machine),
                k -> new ConcurrentHashMap<>());
        TypeBaseline b = byType.get(type);
        if (b == null) {
            b = TypeBaseline.compute(this, machine, type);
            byType.putIfAbsent(type, b);
        }
        return b;
    }
}
