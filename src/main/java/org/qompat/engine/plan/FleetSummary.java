package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.qompat.engine.Finding;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;

/**
 * Headline numbers of a host set (the whole fleet or one cluster), over ordered pairs of distinct hosts:
 * the share of pairs every VM can cross, the share of VM × pair combinations that are movable, and the blockers
 * ranked by how many VM × pair combinations each blocks (a Pareto list). Weighted class arithmetic keeps it fast.
 */
public record FleetSummary(String scope, int hosts, long hostPairs, long compatiblePairs, long vmPairs,
                           long movableVmPairs, List<BlockerCount> pareto) {

    public FleetSummary {
        pareto = List.copyOf(pareto);
    }

    public double pairShare() {
        return hostPairs == 0 ? 0 : (double) compatiblePairs / hostPairs;
    }

    public double vmPairShare() {
        return vmPairs == 0 ? 0 : (double) movableVmPairs / vmPairs;
    }

    public static FleetSummary of(VerdictGrid grid) {
        BitSet all = new BitSet();
        all.set(0, grid.hosts().size());
        return of(grid, all, "fleet");
    }

    /** The summary restricted to the hosts in {@code hostMask}; a pair is compatible when every VM can cross. */
    public static FleetSummary of(VerdictGrid grid, BitSet hostMask, String scope) {
        BitSet allVms = new BitSet();
        allVms.set(0, grid.vms().size());
        return of(grid, hostMask, scope, allVms);
    }

    /**
     * As {@link #of(VerdictGrid, BitSet, String)}, but a pair counts as compatible when every VM of
     * {@code pairVms} can cross it (e.g. leaving out VMs that cannot migrate at all); the VM × pair share and the
     * blockers still count every VM.
     */
    public static FleetSummary of(VerdictGrid grid, BitSet hostMask, String scope, BitSet pairVms) {
        int n = grid.classCount();
        long[] count = new long[n];
        for (int h = hostMask.nextSetBit(0); h >= 0; h = hostMask.nextSetBit(h + 1)) count[grid.classOf(h)]++;
        long hostPairs = 0, compatible = 0, vmPairs = 0, movable = 0;
        Map<BlockerKey, long[]> blocked = new HashMap<>();
        Map<BlockerKey, String> examples = new HashMap<>();
        int vms = grid.vms().size();
        for (int a = 0; a < n; a++) {
            if (count[a] == 0) continue;
            for (int b = 0; b < n; b++) {
                if (count[b] == 0) continue;
                long pairs = count[a] * count[b] - (a == b ? count[a] : 0);
                if (pairs == 0) continue;
                hostPairs += pairs;
                boolean all = true;
                for (int v = 0; v < vms; v++) {
                    Verdict verdict = grid.classVerdict(v, a, b);
                    vmPairs += pairs;
                    if (VerdictGrid.movable(verdict.status())) {
                        movable += pairs;
                        continue;
                    }
                    if (pairVms.get(v)) all = false;
                    Set<BlockerKey> once = new HashSet<>();
                    for (Finding f : verdict.findings()) {
                        if (f.severity() != Severity.BLOCKER && f.severity() != Severity.UNKNOWN) continue;
                        BlockerKey k = BlockerKey.of(f);
                        if (!once.add(k)) continue;
                        blocked.computeIfAbsent(k, x -> new long[1])[0] += pairs;
                        examples.putIfAbsent(k, f.message());
                    }
                }
                if (all) compatible += pairs;
            }
        }
        List<BlockerCount> pareto = new ArrayList<>();
        blocked.forEach((k, c) -> pareto.add(new BlockerCount(k, c[0], examples.get(k))));
        pareto.sort(Comparator.comparingLong(BlockerCount::count).reversed()
                .thenComparing(bc -> bc.key().label()));
        return new FleetSummary(scope, hostMask.cardinality(), hostPairs, compatible, vmPairs, movable, pareto);
    }

    /** One summary per value of {@code labelKey} (e.g. cluster), hosts without the label under "(none)". */
    public static List<FleetSummary> perLabel(VerdictGrid grid, String labelKey) {
        BitSet allVms = new BitSet();
        allVms.set(0, grid.vms().size());
        return perLabel(grid, labelKey, allVms);
    }

    public static List<FleetSummary> perLabel(VerdictGrid grid, String labelKey, BitSet pairVms) {
        Map<String, BitSet> groups = new TreeMap<>();
        List<Host> hosts = grid.hosts();
        for (int h = 0; h < hosts.size(); h++) {
            String v = hosts.get(h).labels().getOrDefault(labelKey, "(none)");
            groups.computeIfAbsent(v, k -> new BitSet()).set(h);
        }
        List<FleetSummary> out = new ArrayList<>();
        groups.forEach((value, mask) -> out.add(of(grid, mask, labelKey + "=" + value, pairVms)));
        return out;
    }
}
