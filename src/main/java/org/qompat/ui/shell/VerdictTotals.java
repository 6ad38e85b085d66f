package org.qompat.ui.shell;

import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.HostClass;
import org.qompat.engine.VerdictStatus;

/**
 * Every (VM, source host, destination host) verdict of an analysis, counted by status; computed per class pair
 * and weighted by class sizes, so it costs classes² × VMs, not hosts².
 */
public record VerdictTotals(long ok, long warn, long blocked, long unknown) {

    public static final VerdictTotals NONE = new VerdictTotals(0, 0, 0, 0);

    public static VerdictTotals of(FleetAnalysis analysis) {
        if (analysis == null) return NONE;
        long[] n = new long[VerdictStatus.values().length];
        for (int v = 0; v < analysis.vms().size(); v++) {
            for (HostClass a : analysis.classes()) {
                for (HostClass b : analysis.classes()) {
                    long weight = (long) a.members().size() * b.members().size();
                    n[analysis.classStatus(v, a.index(), b.index()).ordinal()] += weight;
                }
            }
        }
        return new VerdictTotals(n[VerdictStatus.OK.ordinal()], n[VerdictStatus.WARN.ordinal()],
                n[VerdictStatus.BLOCKED.ordinal()], n[VerdictStatus.UNKNOWN.ordinal()]);
    }

    public long total() {
        return ok + warn + blocked + unknown;
    }
}
