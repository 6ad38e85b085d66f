package org.qompat.report;

import org.qompat.engine.VerdictStatus;

/**
 * The headline numbers of a matrix, counted over real host pairs (not class pairs) and selected VMs: how many
 * (VM, source, destination) combinations are OK, WARN, UNKNOWN, BLOCKED, and how many host pairs can take every
 * selected VM. Longs: 1,000 VMs × 10,000² host pairs does not fit an int.
 */
public record FleetSummary(int hosts, int classes, int vms, long ok, long warn, long unknown, long blocked,
                           long hostPairs, long hostPairsAllMovable) {

    public static FleetSummary of(MatrixCells cells) {
        int k = cells.classCount();
        long[] members = new long[k];
        for (int p = 0; p < cells.size(); p++) members[cells.classAt(p)]++;
        long[] byStatus = new long[VerdictStatus.values().length];
        long allMovable = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                CellSummary s = cells.classCell(a, b);
                long pairs = members[a] * members[b];
                byStatus[0] += s.ok() * pairs;
                byStatus[1] += s.warn() * pairs;
                byStatus[2] += s.unknown() * pairs;
                byStatus[3] += s.blocked() * pairs;
                if (s.total() > 0 && s.movable() == s.total()) allMovable += pairs;
            }
        }
        long n = cells.size();
        int classes = (int) java.util.Arrays.stream(members).filter(m -> m > 0).count();
        return new FleetSummary(cells.size(), classes, cells.selectedVms().cardinality(), byStatus[0], byStatus[1],
                byStatus[2], byStatus[3], n * n, allMovable);
    }

    public long combinations() {
        return ok + warn + unknown + blocked;
    }

    public long count(VerdictStatus s) {
        return switch (s) {
            case OK -> ok;
            case WARN -> warn;
            case UNKNOWN -> unknown;
            case BLOCKED -> blocked;
        };
    }

    /** Percentage of {@code part} in {@code whole}, 0 when the whole is empty. */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : part * 100.0 / whole;
    }
}
