package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.Finding;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * Drain check: every VM running on the drained hosts needs a destination outside the set whose verdict is OK or
 * WARN, and no destination may take more VMs than its free slots. The assignment is a maximum bipartite
 * b-matching (augmenting paths) from VMs to host classes, so a VM is reported stranded only when no placement
 * of all the others would leave room for it. Among equal choices, destinations in the VM's own cluster come first
 * and VMs are spread over the least-used hosts.
 */
public final class DrainCheck {

    /** Placements prefer destinations in the VM's own cluster: that is where operators move VMs first. */
    static final String CLUSTER = "cluster";

    private DrainCheck() {
    }

    public static DrainResult run(VerdictGrid grid, Collection<String> drainedNames) {
        Set<String> drained = new HashSet<>(drainedNames);
        List<String> notes = new ArrayList<>();
        for (String d : drainedNames) if (grid.hostIndex(d) < 0) notes.add("no host named " + d);
        List<Host> hosts = grid.hosts();
        List<Vm> vms = grid.vms();
        int n = grid.classCount();
        // free slots of each host outside the drained set, and their sum per class
        List<List<Integer>> outside = new ArrayList<>();
        for (int c = 0; c < n; c++) outside.add(new ArrayList<>());
        int[] free = new int[hosts.size()];
        long[] classCapacity = new long[n];
        for (int h = 0; h < hosts.size(); h++) {
            if (drained.contains(hosts.get(h).name())) continue;
            free[h] = HostCapacity.free(hosts.get(h), vms);
            outside.get(grid.classOf(h)).add(h);
            classCapacity[grid.classOf(h)] = Math.min(HostCapacity.UNLIMITED,
                    classCapacity[grid.classOf(h)] + free[h]);
        }
        List<Integer> moving = new ArrayList<>();
        for (int v = 0; v < vms.size(); v++) {
            String on = vms.get(v).host();
            if (on != null && drained.contains(on) && grid.hostIndex(on) >= 0) moving.add(v);
        }
        // candidate classes per moving VM, OK before WARN
        int[][] adjacency = new int[moving.size()][];
        for (int i = 0; i < moving.size(); i++) {
            int v = moving.get(i);
            int src = grid.classOf(grid.hostIndex(vms.get(v).host()));
            List<Integer> cands = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                if (!outside.get(c).isEmpty() && VerdictGrid.movable(grid.classStatus(v, src, c))) cands.add(c);
            }
            String cluster = hosts.get(grid.hostIndex(vms.get(v).host())).label(CLUSTER);
            cands.sort(Comparator.comparingInt((Integer c) -> grid.classStatus(v, src, c).ordinal())
                    .thenComparing(c -> !hasCluster(hosts, outside.get(c), cluster)));
            adjacency[i] = cands.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] assignedClass = new BMatching(adjacency, classCapacity).solve();
        List<DrainResult.Placement> placements = new ArrayList<>();
        List<StrandedVm> stranded = new ArrayList<>();
        int[] placed = new int[hosts.size()];
        for (int i = 0; i < moving.size(); i++) {
            int v = moving.get(i);
            String from = vms.get(v).host();
            int src = grid.classOf(grid.hostIndex(from));
            if (assignedClass[i] >= 0) {
                int h = pickHost(outside.get(assignedClass[i]), free, placed, hosts,
                        hosts.get(grid.hostIndex(from)).label(CLUSTER));
                VerdictStatus s = grid.classStatus(v, src, assignedClass[i]);
                placements.add(new DrainResult.Placement(vms.get(v).name(), from, hosts.get(h).name(), s.name()));
            } else {
                List<String> compatible = new ArrayList<>();
                for (int c : adjacency[i]) for (int h : outside.get(c)) compatible.add(hosts.get(h).name());
                List<BlockerCount> blockers = compatible.isEmpty() ? blockers(grid, v, src, outside) : List.of();
                stranded.add(new StrandedVm(vms.get(v).name(), from, compatible, blockers));
            }
        }
        return new DrainResult(List.copyOf(drainedNames), moving.size(), placements, stranded, notes);
    }

    /**
     * Within the assigned class (all members are equal for the VM), the host in the VM's own cluster that has
     * taken the fewest VMs of this drain, then the most free slots; takes one slot.
     */
    private static int pickHost(List<Integer> members, int[] free, int[] placed, List<Host> hosts, String cluster) {
        int best = -1;
        for (int h : members) {
            if (free[h] <= 0) continue;
            if (best < 0 || better(h, best, free, placed, hosts, cluster)) best = h;
        }
        if (best < 0) best = members.get(0);
        if (free[best] != HostCapacity.UNLIMITED) free[best]--;
        placed[best]++;
        return best;
    }

    private static boolean better(int h, int than, int[] free, int[] placed, List<Host> hosts, String cluster) {
        boolean hSame = hosts.get(h).label(CLUSTER).equals(cluster);
        boolean tSame = hosts.get(than).label(CLUSTER).equals(cluster);
        if (hSame != tSame) return hSame;
        if (placed[h] != placed[than]) return placed[h] < placed[than];
        return free[h] > free[than];
    }

    private static boolean hasCluster(List<Host> hosts, List<Integer> members, String cluster) {
        for (int h : members) if (hosts.get(h).label(CLUSTER).equals(cluster)) return true;
        return false;
    }

    /** Why no destination accepts the VM: each blocker weighted by the number of destination hosts it blocks. */
    static List<BlockerCount> blockers(VerdictGrid grid, int v, int src, List<List<Integer>> outside) {
        Map<BlockerKey, long[]> counts = new LinkedHashMap<>();
        Map<BlockerKey, String> examples = new LinkedHashMap<>();
        for (int c = 0; c < grid.classCount(); c++) {
            if (outside.get(c).isEmpty()) continue;
            Verdict verdict = grid.classVerdict(v, src, c);
            if (VerdictGrid.movable(verdict.status())) continue;
            String example = grid.hosts().get(outside.get(c).get(0)).name();
            Set<BlockerKey> once = new HashSet<>();
            for (Finding f : verdict.findings()) {
                if (f.severity() != Severity.BLOCKER && f.severity() != Severity.UNKNOWN) continue;
                BlockerKey k = BlockerKey.of(f);
                if (!once.add(k)) continue;
                counts.computeIfAbsent(k, x -> new long[1])[0] += outside.get(c).size();
                examples.putIfAbsent(k, f.message() + " (e.g. to " + example + ")");
            }
        }
        List<BlockerCount> out = new ArrayList<>();
        counts.forEach((k, cnt) -> out.add(new BlockerCount(k, cnt[0], examples.get(k))));
        out.sort(Comparator.comparingLong(BlockerCount::count).reversed());
        return out;
    }

    /** Kuhn's augmenting paths generalised to class capacities (each class a multi-slot node). */
    static final class BMatching {
        private final int[][] adjacency;
        private final long[] capacity;
        private final List<List<Integer>> holders = new ArrayList<>();
        private final int[] assigned;
        private boolean[] visited;

        BMatching(int[][] adjacency, long[] capacity) {
            this.adjacency = adjacency;
            this.capacity = capacity;
            for (int c = 0; c < capacity.length; c++) holders.add(new ArrayList<>());
            assigned = new int[adjacency.length];
            Arrays.fill(assigned, -1);
        }

        int[] solve() {
            for (int i = 0; i < adjacency.length; i++) {
                visited = new boolean[capacity.length];
                augment(i);
            }
            return assigned;
        }

        private boolean augment(int i) {
            for (int c : adjacency[i]) {
                if (holders.get(c).size() < capacity[c]) {
                    take(i, c);
                    return true;
                }
            }
            for (int c : adjacency[i]) {
                if (visited[c]) continue;
                visited[c] = true;
                for (int other : new ArrayList<>(holders.get(c))) {
                    if (augment(other)) {
                        // other moved elsewhere; its slot in c is free for i
                        holders.get(c).remove(Integer.valueOf(other));
                        take(i, c);
                        return true;
                    }
                }
            }
            return false;
        }

        private void take(int i, int c) {
            holders.get(c).add(i);
            assigned[i] = c;
        }
    }
}
