package org.qompat.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A VM's migration domain: the hosts it can go to from the host it runs on (per the fleet manifest), directly and
 * over several hops. {@code host} is null and the lists empty when the manifest does not say where it runs.
 */
public record VmReach(String vm, String host, List<String> direct, List<String> reachable) {

    public VmReach {
        direct = List.copyOf(direct);
        reachable = List.copyOf(reachable);
    }

    public static VmReach of(VerdictGrid grid, int vm) {
        String vmName = grid.vms().get(vm).name();
        String hostName = grid.vms().get(vm).host();
        int src = hostName == null ? -1 : grid.hostIndex(hostName);
        if (src < 0) return new VmReach(vmName, hostName, List.of(), List.of());
        int n = grid.classCount();
        int from = grid.classOf(src);
        boolean[] seen = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        // hop from the source class; the source class itself counts only if its diagonal is movable
        for (int c = 0; c < n; c++) {
            if (VerdictGrid.movable(grid.classStatus(vm, from, c)) && !seen[c]) {
                seen[c] = true;
                queue.add(c);
            }
        }
        boolean[] direct = seen.clone();
        while (!queue.isEmpty()) {
            int a = queue.poll();
            for (int c = 0; c < n; c++) {
                if (!seen[c] && VerdictGrid.movable(grid.classStatus(vm, a, c))) {
                    seen[c] = true;
                    queue.add(c);
                }
            }
        }
        List<String> d = new ArrayList<>();
        List<String> r = new ArrayList<>();
        for (int h = 0; h < grid.hosts().size(); h++) {
            if (h == src) continue;
            int c = grid.classOf(h);
            if (direct[c]) d.add(grid.hosts().get(h).name());
            if (seen[c]) r.add(grid.hosts().get(h).name());
        }
        return new VmReach(vmName, hostName, d, r);
    }
}
