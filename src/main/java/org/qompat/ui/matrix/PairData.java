package org.qompat.ui.matrix;

import java.util.BitSet;
import org.qompat.engine.VerdictStatus;

/**
 * What each class pair shows in the current mode, computed once per change of mode or VM selection: counts per
 * status, the colour and the worst status. Every host pair inherits the values of its class pair, so the matrix
 * never asks the engine per cell.
 */
public final class PairData {

    public enum Mode { FLEET, VM }

    private final Mode mode;
    private final int classes;
    private final int total;
    private final int[][] counts; // [status ordinal][from * classes + to]
    private final int[] argb;

    private PairData(Mode mode, int classes, int total, int[][] counts) {
        this.mode = mode;
        this.classes = classes;
        this.total = total;
        this.counts = counts;
        this.argb = new int[classes * classes];
        for (int p = 0; p < argb.length; p++) argb[p] = colourOf(p);
    }

    /** Fleet mode: for every class pair, how many of the selected VMs get each verdict. */
    public static PairData fleet(MatrixSource source, BitSet vms) {
        int n = source.classCount();
        int[][] counts = new int[VerdictStatus.values().length][n * n];
        int total = 0;
        for (int v = vms.nextSetBit(0); v >= 0 && v < source.vmCount(); v = vms.nextSetBit(v + 1)) {
            total++;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) counts[source.classStatus(v, a, b).ordinal()][a * n + b]++;
            }
        }
        return new PairData(Mode.FLEET, n, total, counts);
    }

    /** VM mode: one VM's verdict per class pair (a count of one in its status). */
    public static PairData vm(MatrixSource source, int vm) {
        int n = source.classCount();
        int[][] counts = new int[VerdictStatus.values().length][n * n];
        if (vm >= 0 && vm < source.vmCount()) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) counts[source.classStatus(vm, a, b).ordinal()][a * n + b] = 1;
            }
        }
        return new PairData(Mode.VM, n, vm >= 0 && vm < source.vmCount() ? 1 : 0, counts);
    }

    public Mode mode() {
        return mode;
    }

    public int classCount() {
        return classes;
    }

    /** How many VMs each cell counts (the selected VMs in fleet mode, 1 in VM mode). */
    public int total() {
        return total;
    }

    public int count(VerdictStatus status, int fromClass, int toClass) {
        return counts[status.ordinal()][fromClass * classes + toClass];
    }

    /** VMs that can move (OK or WARN). */
    public int movable(int fromClass, int toClass) {
        int p = fromClass * classes + toClass;
        return counts[VerdictStatus.OK.ordinal()][p] + counts[VerdictStatus.WARN.ordinal()][p];
    }

    /** The worst verdict among the counted VMs, or null when nothing is counted. */
    public VerdictStatus worst(int fromClass, int toClass) {
        if (total == 0) return null;
        int p = fromClass * classes + toClass;
        VerdictStatus[] all = VerdictStatus.values();
        for (int s = all.length - 1; s >= 0; s--) if (counts[s][p] > 0) return all[s];
        return null;
    }

    public int argb(int fromClass, int toClass) {
        return argb[fromClass * classes + toClass];
    }

    private int colourOf(int p) {
        if (total == 0) return MatrixPalette.EMPTY;
        if (mode == Mode.VM) {
            VerdictStatus[] all = VerdictStatus.values();
            for (int s = all.length - 1; s >= 0; s--) if (counts[s][p] > 0) return MatrixPalette.forStatus(all[s]);
            return MatrixPalette.EMPTY;
        }
        int movable = counts[VerdictStatus.OK.ordinal()][p] + counts[VerdictStatus.WARN.ordinal()][p];
        if (movable == 0 && counts[VerdictStatus.BLOCKED.ordinal()][p] == 0) return MatrixPalette.UNKNOWN;
        return MatrixPalette.forShare(movable / (double) total);
    }
}
