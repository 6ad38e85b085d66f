package org.qompat.report;

import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * What an export reads from an analysis: hosts, VMs, host classes and the verdict per VM and class pair. The
 * exports work per class pair (a fleet of 10,000 hosts has tens of classes), never per host pair, and expand to
 * hosts only when drawing. {@link #of(FleetAnalysis)} is the production source.
 */
public interface VerdictSource {

    List<Host> hosts();

    List<Vm> vms();

    List<HostClass> classes();

    int classOf(int hostIndex);

    Verdict classVerdict(int vm, int fromClass, int toClass);

    static VerdictSource of(FleetAnalysis analysis) {
        return new VerdictSource() {
            @Override
            public List<Host> hosts() {
                return analysis.hosts();
            }

            @Override
            public List<Vm> vms() {
                return analysis.vms();
            }

            @Override
            public List<HostClass> classes() {
                return analysis.classes();
            }

            @Override
            public int classOf(int hostIndex) {
                return analysis.classOf(hostIndex);
            }

            @Override
            public Verdict classVerdict(int vm, int fromClass, int toClass) {
                return analysis.classVerdict(vm, fromClass, toClass);
            }
        };
    }
}
