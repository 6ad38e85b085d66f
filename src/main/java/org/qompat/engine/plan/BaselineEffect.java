package org.qompat.engine.plan;

import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The matrix of a host set before and after applying a baseline to its VMs, both computed by the engine, and the
 * cells that changed. Nothing here decides a verdict itself.
 */
public record BaselineEffect(FleetAnalysis before, FleetAnalysis after, List<Vm> pinnedVms, MatrixDiff diff) {

    public static BaselineEffect compute(List<Host> hosts, List<Vm> vms, Baseline baseline) {
        List<Vm> pinned = BaselineApplier.applyAll(vms, baseline);
        FleetAnalysis before = FleetAnalysis.compute(hosts, vms);
        FleetAnalysis after = FleetAnalysis.compute(hosts, pinned);
        return new BaselineEffect(before, after, pinned,
                MatrixDiff.compute(VerdictGrid.of(before), VerdictGrid.of(after)));
    }
}
