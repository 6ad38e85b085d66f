package org.qompat.ui.matrix;

import org.qompat.engine.VerdictStatus;

/**
 * The summary line: host pairs (ordered, the diagonal included) by their worst verdict among the counted VMs,
 * and VM moves that work out of all counted. Collapsed classes count with their member hosts, so the numbers do
 * not change when a group is expanded. For the fleet view it also counts host pairs every counted VM can take
 * and pairs none can: with a dozen VMs almost every pair has some blocked VM, so "worst verdict" alone says
 * little there.
 */
public record MatrixSummary(long ok, long warn, long blocked, long unknown, long movableMoves, long totalMoves,
                            long allMovablePairs, long noneMovablePairs) {

    public static final MatrixSummary EMPTY = new MatrixSummary(0, 0, 0, 0, 0, 0, 0, 0);

    public static MatrixSummary of(MatrixAxis axis, PairData pairs) {
        long[] byStatus = new long[VerdictStatus.values().length];
        long movable = 0;
        long total = 0;
        long all = 0;
        long none = 0;
        for (MatrixAxis.Group ga : axis.groups()) {
            long ma = axis.includedMembers(ga.classIndex());
            for (MatrixAxis.Group gb : axis.groups()) {
                long weight = ma * axis.includedMembers(gb.classIndex());
                VerdictStatus worst = pairs.worst(ga.classIndex(), gb.classIndex());
                if (worst != null) byStatus[worst.ordinal()] += weight;
                int m = pairs.movable(ga.classIndex(), gb.classIndex());
                movable += weight * m;
                if (pairs.total() > 0 && m == pairs.total()) all += weight;
                if (pairs.total() > 0 && m == 0) none += weight;
                total += weight * pairs.total();
            }
        }
        return new MatrixSummary(byStatus[VerdictStatus.OK.ordinal()], byStatus[VerdictStatus.WARN.ordinal()],
                byStatus[VerdictStatus.BLOCKED.ordinal()], byStatus[VerdictStatus.UNKNOWN.ordinal()], movable, total,
                all, none);
    }

    public long pairs() {
        return ok + warn + blocked + unknown;
    }
}
