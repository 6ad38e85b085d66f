package org.qompat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.engine.Finding;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;

/**
 * One VM's findings across the whole matrix, de-duplicated: the same fact (rule, place, property, both values,
 * severity) found on many host pairs is listed once with the number of host pairs it applies to and one example
 * pair. Also: how many hosts the VM can reach from the host it runs on.
 */
public record VmFindings(int vm, List<Entry> entries, int reachable, int hosts, long[] pairsByStatus) {

    /** A distinct finding, how many host pairs show it, and one of them. */
    public record Entry(Finding finding, long hostPairs, String exampleFrom, String exampleTo) {
    }

    /** The same fact: severity, rule, place, property and both values. */
    private record Key(org.qompat.engine.Severity severity, org.qompat.engine.Rule rule, String path, String property,
                       String source, String destination) {
    }

    public static VmFindings of(VerdictSource source, int vm) {
        List<HostClass> classes = source.classes();
        Map<Key, Entry> byKey = new LinkedHashMap<>();
        long[] byStatus = new long[VerdictStatus.values().length];
        for (HostClass a : classes) {
            if (a.members().isEmpty()) continue;
            for (HostClass b : classes) {
                if (b.members().isEmpty()) continue;
                Verdict v = source.classVerdict(vm, a.index(), b.index());
                long pairs = (long) a.members().size() * b.members().size();
                byStatus[v.status().ordinal()] += pairs;
                for (Finding f : v.findings()) {
                    Key key = new Key(f.severity(), f.rule(), f.path(), f.property(), f.sourceValue(),
                            f.destinationValue());
                    Entry old = byKey.get(key);
                    byKey.put(key, old == null
                            ? new Entry(f, pairs, a.representative().name(), b.representative().name())
                            : new Entry(old.finding(), old.hostPairs() + pairs, old.exampleFrom(), old.exampleTo()));
                }
            }
        }
        List<Entry> entries = new ArrayList<>(byKey.values());
        entries.sort(Comparator.comparing((Entry e) -> e.finding().severity())
                .thenComparing(Comparator.comparingLong(Entry::hostPairs).reversed()));
        return new VmFindings(vm, entries, reachable(source, vm), source.hosts().size(), byStatus);
    }

    /**
     * Hosts the VM can move to (OK or WARN) from where it runs, itself excluded; -1 when that host is unknown.
     * Counted per destination class (weighted by its size), not per host.
     */
    static int reachable(VerdictSource source, int vm) {
        String host = source.vms().get(vm).host();
        int from = -1;
        for (int i = 0; i < source.hosts().size() && from < 0; i++) {
            if (source.hosts().get(i).name().equals(host)) from = i;
        }
        if (from < 0) return -1;
        int fromClass = source.classOf(from);
        int count = 0;
        for (HostClass to : source.classes()) {
            VerdictStatus s = source.classVerdict(vm, fromClass, to.index()).status();
            if (s == VerdictStatus.OK || s == VerdictStatus.WARN) count += to.members().size();
        }
        // the host itself is in its own class, and a host to itself is not a move
        VerdictStatus self = source.classVerdict(vm, fromClass, fromClass).status();
        if (self == VerdictStatus.OK || self == VerdictStatus.WARN) count--;
        return count;
    }
}
