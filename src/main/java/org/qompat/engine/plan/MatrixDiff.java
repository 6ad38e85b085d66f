package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.engine.VerdictStatus;

/**
 * The cells that differ between two matrices (the real fleet and a what-if, or before and after a baseline),
 * matched by VM and host names. Hosts are grouped by (class before, class after) first, so the work is per group
 * pair and VM, not per host pair; the listed changes are capped, the counts are exact.
 */
public record MatrixDiff(List<CellChange> changes, long changedCells, long improvedCells, long worsenedCells,
                         long addedCells, long removedCells, Map<VerdictStatus, Long> statusCountsBefore,
                         Map<VerdictStatus, Long> statusCountsAfter, boolean truncated) {

    public static final int DEFAULT_LIMIT = 20_000;

    public MatrixDiff {
        changes = List.copyOf(changes);
        statusCountsBefore = Map.copyOf(statusCountsBefore);
        statusCountsAfter = Map.copyOf(statusCountsAfter);
    }

    public static MatrixDiff compute(VerdictGrid before, VerdictGrid after) {
        return compute(before, after, DEFAULT_LIMIT);
    }

    public static MatrixDiff compute(VerdictGrid before, VerdictGrid after, int limit) {
        Map<String, Integer> beforeHost = indexOfHosts(before);
        Map<String, Integer> afterHost = indexOfHosts(after);
        // group key: class before (-1 = host absent) and class after (-1 = absent)
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        for (String h : union(before, after)) {
            Integer b = beforeHost.get(h);
            Integer a = afterHost.get(h);
            int cb = b == null ? -1 : before.classOf(b);
            int ca = a == null ? -1 : after.classOf(a);
            groups.computeIfAbsent(((long) cb << 32) | (ca & 0xffffffffL), k -> new ArrayList<>()).add(h);
        }
        Map<String, Integer> beforeVm = new HashMap<>();
        for (int v = 0; v < before.vms().size(); v++) beforeVm.put(before.vms().get(v).name(), v);
        List<CellChange> changes = new ArrayList<>();
        long changed = 0, improved = 0, worsened = 0, added = 0, removed = 0;
        Map<VerdictStatus, Long> countsBefore = new EnumMap<>(VerdictStatus.class);
        Map<VerdictStatus, Long> countsAfter = new EnumMap<>(VerdictStatus.class);
        boolean truncated = false;
        for (int va = 0; va < after.vms().size(); va++) {
            Integer vb = beforeVm.get(after.vms().get(va).name());
            String vmName = after.vms().get(va).name();
            for (Map.Entry<Long, List<String>> gf : groups.entrySet()) {
                for (Map.Entry<Long, List<String>> gt : groups.entrySet()) {
                    int bFrom = (int) (gf.getKey() >> 32), aFrom = (int) (long) gf.getKey();
                    int bTo = (int) (gt.getKey() >> 32), aTo = (int) (long) gt.getKey();
                    VerdictStatus sb = vb == null || bFrom < 0 || bTo < 0 ? null : before.classStatus(vb, bFrom, bTo);
                    VerdictStatus sa = aFrom < 0 || aTo < 0 ? null : after.classStatus(va, aFrom, aTo);
                    long cells = (long) gf.getValue().size() * gt.getValue().size();
                    if (sb != null) countsBefore.merge(sb, cells, Long::sum);
                    if (sa != null) countsAfter.merge(sa, cells, Long::sum);
                    if (sb == sa) continue;
                    if (sb == null) added += cells;
                    else if (sa == null) removed += cells;
                    else {
                        changed += cells;
                        if (sa.ordinal() < sb.ordinal()) improved += cells;
                        else worsened += cells;
                    }
                    if (changes.size() + cells > limit) truncated = true;
                    for (int i = 0; i < gf.getValue().size() && changes.size() < limit; i++) {
                        String from = gf.getValue().get(i);
                        for (int j = 0; j < gt.getValue().size() && changes.size() < limit; j++) {
                            changes.add(new CellChange(vmName, from, gt.getValue().get(j), sb, sa));
                        }
                    }
                }
            }
        }
        return new MatrixDiff(changes, changed, improved, worsened, added, removed, countsBefore, countsAfter,
                truncated);
    }

    /** The change of one cell, or null when it did not change (or is beyond the listed limit). */
    public CellChange find(String vm, String from, String to) {
        for (CellChange c : changes) {
            if (c.vm().equals(vm) && c.from().equals(from) && c.to().equals(to)) return c;
        }
        return null;
    }

    private static Map<String, Integer> indexOfHosts(VerdictGrid g) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < g.hosts().size(); i++) m.put(g.hosts().get(i).name(), i);
        return m;
    }

    private static List<String> union(VerdictGrid before, VerdictGrid after) {
        List<String> names = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var h : before.hosts()) if (seen.add(h.name())) names.add(h.name());
        for (var h : after.hosts()) if (seen.add(h.name())) names.add(h.name());
        return names;
    }
}
