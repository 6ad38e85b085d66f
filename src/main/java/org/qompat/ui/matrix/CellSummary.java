package org.qompat.ui.matrix;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.qompat.engine.Finding;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;

/**
 * What the hover card says about a cell: source and destination, how many counted VMs get each verdict, and
 * the most common reason among the ones that cannot move (rule and message of their worst finding).
 */
public record CellSummary(String from, String to, int ok, int warn, int blocked, int unknown, String topReason,
                          int topReasonVms) {

    public int total() {
        return ok + warn + blocked + unknown;
    }

    public int movable() {
        return ok + warn;
    }

    public static CellSummary of(MatrixModel model, CellRef cell) {
        MatrixAxis axis = model.getAxis();
        MatrixSource src = model.getSource();
        PairData pairs = model.getPairs();
        int a = axis.classAt(cell.row());
        int b = axis.classAt(cell.col());
        Map<String, Integer> reasons = new HashMap<>();
        BitSet vms = model.countedVms();
        for (int v = vms.nextSetBit(0); v >= 0 && v < src.vmCount(); v = vms.nextSetBit(v + 1)) {
            if (src.classStatus(v, a, b) == VerdictStatus.OK) continue;
            Verdict verdict = src.classVerdict(v, a, b);
            Finding worst = null;
            for (Finding f : verdict.findings()) {
                if (worst == null || f.severity().ordinal() < worst.severity().ordinal()) worst = f;
            }
            if (worst != null) reasons.merge(worst.rule().id() + ": " + worst.message(), 1, Integer::sum);
        }
        String top = null;
        int topCount = 0;
        for (Map.Entry<String, Integer> e : reasons.entrySet()) {
            if (e.getValue() > topCount || (e.getValue() == topCount && e.getKey().compareTo(top) < 0)) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        return new CellSummary(label(axis, src, cell.row()), label(axis, src, cell.col()),
                pairs.count(VerdictStatus.OK, a, b), pairs.count(VerdictStatus.WARN, a, b),
                pairs.count(VerdictStatus.BLOCKED, a, b), pairs.count(VerdictStatus.UNKNOWN, a, b), top, topCount);
    }

    static String label(MatrixAxis axis, MatrixSource src, int index) {
        return axis.isClassEntry(index) ? "C" + (axis.classAt(index) + 1) + " (" + axis.weightAt(index) + " hosts)"
                : src.hostName(axis.hostAt(index));
    }
}
