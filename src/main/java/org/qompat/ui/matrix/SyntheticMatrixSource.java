package org.qompat.ui.matrix;

import java.util.List;
import java.util.SplittableRandom;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Provenance;

/**
 * A made-up matrix of any size with a fixed seed, for the render benchmark and renderer tests: hosts spread
 * evenly over classes, statuses drawn so that moving to a "newer" class fails more often than the reverse, as
 * in real fleets.
 */
public final class SyntheticMatrixSource implements MatrixSource {

    private final int hosts;
    private final int classes;
    private final int vms;
    private final byte[] status; // [vm][from][to]

    public SyntheticMatrixSource(int hosts, int classes, int vms, long seed) {
        this.hosts = hosts;
        this.classes = classes;
        this.vms = vms;
        this.status = new byte[vms * classes * classes];
        SplittableRandom rnd = new SplittableRandom(seed);
        VerdictStatus[] all = VerdictStatus.values();
        for (int v = 0; v < vms; v++) {
            for (int a = 0; a < classes; a++) {
                for (int b = 0; b < classes; b++) {
                    double blockChance = a == b ? 0.02 : (a > b ? 0.45 : 0.12);
                    double r = rnd.nextDouble();
                    VerdictStatus s = r < blockChance ? VerdictStatus.BLOCKED
                            : r < blockChance + 0.05 ? VerdictStatus.UNKNOWN
                            : r < blockChance + 0.15 ? VerdictStatus.WARN : VerdictStatus.OK;
                    status[(v * classes + a) * classes + b] = (byte) s.ordinal();
                }
            }
        }
        if (all.length > Byte.MAX_VALUE) throw new IllegalStateException();
    }

    @Override
    public int hostCount() {
        return hosts;
    }

    @Override
    public String hostName(int host) {
        return String.format("hv-%04d", host);
    }

    @Override
    public int classCount() {
        return classes;
    }

    @Override
    public int classOf(int host) {
        return (int) ((long) host * classes / hosts);
    }

    @Override
    public String classLabel(int cls) {
        return "class " + (cls + 1);
    }

    @Override
    public int vmCount() {
        return vms;
    }

    @Override
    public String vmName(int vm) {
        return String.format("vm-%03d", vm);
    }

    @Override
    public VerdictStatus classStatus(int vm, int fromClass, int toClass) {
        return VerdictStatus.values()[status[(vm * classes + fromClass) * classes + toClass]];
    }

    @Override
    public Verdict classVerdict(int vm, int fromClass, int toClass) {
        VerdictStatus s = classStatus(vm, fromClass, toClass);
        List<Finding> findings = s == VerdictStatus.OK ? List.of()
                : List.of(new Finding(s == VerdictStatus.BLOCKED ? Rule.MACHINE_TYPE : Rule.UNKNOWN,
                        s == VerdictStatus.BLOCKED ? Severity.BLOCKER : s == VerdictStatus.WARN ? Severity.WARNING
                                : Severity.UNKNOWN, "/machine", "", "", "", "synthetic " + s.name().toLowerCase(),
                        Provenance.UNKNOWN, Provenance.UNKNOWN));
        return new Verdict(vmName(vm), "class " + (fromClass + 1), "class " + (toClass + 1), s, findings);
    }
}
