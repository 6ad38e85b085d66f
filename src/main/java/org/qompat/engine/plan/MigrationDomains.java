package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strongly connected migration domains: sets of hosts between which the chosen VMs can move in both directions
 * (possibly over several hops), and islands, hosts that share such a domain with no other host. Computed on the
 * class graph and expanded to hosts: hosts of one class are one domain when the class's diagonal is movable.
 */
public record MigrationDomains(List<List<String>> domains, List<String> islands, List<String> excludedVms) {

    public MigrationDomains {
        domains = domains.stream().map(List::copyOf).toList();
        islands = List.copyOf(islands);
        excludedVms = List.copyOf(excludedVms);
    }

    /** Edge a→b when every VM in {@code vmMask} is OK or WARN from class a to class b. */
    public static boolean[][] classGraph(VerdictGrid grid, BitSet vmMask) {
        int n = grid.classCount();
        boolean[][] edge = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                boolean all = true;
                for (int v = vmMask.nextSetBit(0); v >= 0 && all; v = vmMask.nextSetBit(v + 1)) {
                    all = VerdictGrid.movable(grid.classStatus(v, a, b));
                }
                edge[a][b] = all;
            }
        }
        return edge;
    }

    public static MigrationDomains compute(VerdictGrid grid, BitSet vmMask) {
        boolean[][] edge = classGraph(grid, vmMask);
        int[] comp = StronglyConnected.components(edge);
        int n = grid.classCount();
        Map<Integer, List<Integer>> classesByComp = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) classesByComp.computeIfAbsent(comp[c], k -> new ArrayList<>()).add(c);
        List<List<Integer>> membersOfClass = new ArrayList<>();
        for (int c = 0; c < n; c++) membersOfClass.add(new ArrayList<>());
        for (int h = 0; h < grid.hosts().size(); h++) membersOfClass.get(grid.classOf(h)).add(h);
        List<List<String>> domains = new ArrayList<>();
        List<String> islands = new ArrayList<>();
        for (List<Integer> classes : classesByComp.values()) {
            boolean joined = classes.size() > 1 || edge[classes.get(0)][classes.get(0)];
            List<String> hosts = new ArrayList<>();
            for (int c : classes) for (int h : membersOfClass.get(c)) hosts.add(grid.hosts().get(h).name());
            if (joined && hosts.size() > 1) {
                domains.add(hosts);
            } else {
                islands.addAll(hosts);
            }
        }
        domains.sort(Comparator.comparingInt((List<String> d) -> d.size()).reversed());
        return new MigrationDomains(domains, islands, List.of());
    }

    /** Domains of the whole VM population: an edge needs every VM to be movable. */
    public static MigrationDomains forAllVms(VerdictGrid grid) {
        BitSet all = new BitSet();
        all.set(0, grid.vms().size());
        return compute(grid, all);
    }

    /**
     * Domains of the VMs that can migrate somewhere: a VM no host pair accepts (an nvme device, say) would leave
     * every host an island and hide the structure of the rest, so it is left out and named.
     */
    public static MigrationDomains forMigratableVms(VerdictGrid grid) {
        BitSet mask = migratable(grid);
        List<String> excluded = new ArrayList<>();
        for (int v = 0; v < grid.vms().size(); v++) if (!mask.get(v)) excluded.add(grid.vms().get(v).name());
        MigrationDomains d = compute(grid, mask);
        return new MigrationDomains(d.domains(), d.islands(), excluded);
    }

    /** The VMs that can move between at least one pair of distinct hosts. */
    public static BitSet migratable(VerdictGrid grid) {
        BitSet mask = new BitSet();
        int n = grid.classCount();
        int[] sizes = grid.classSizes();
        for (int v = 0; v < grid.vms().size(); v++) {
            boolean any = false;
            for (int a = 0; a < n && !any; a++) {
                for (int b = 0; b < n && !any; b++) {
                    // a pair of distinct hosts: different classes, or two members of one class
                    if ((a != b || sizes[a] > 1) && VerdictGrid.movable(grid.classStatus(v, a, b))) any = true;
                }
            }
            if (any) mask.set(v);
        }
        return mask;
    }

    public static MigrationDomains forVm(VerdictGrid grid, int vm) {
        BitSet one = new BitSet();
        one.set(vm);
        return compute(grid, one);
    }
}
