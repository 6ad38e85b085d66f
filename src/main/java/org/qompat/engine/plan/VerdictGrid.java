package org.qompat.engine.plan;

import java.util.List;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * What the planning algorithms read from the engine: verdicts per VM and ordered pair of host classes. The
 * engine's {@link FleetAnalysis} is the real source; tests may supply a hand-built grid for graph algorithms
 * whose answers do not depend on the rules.
 */
public interface VerdictGrid {

    List<Host> hosts();

    List<Vm> vms();

    int classCount();

    int classOf(int host);

    Verdict classVerdict(int vm, int fromClass, int toClass);

    default VerdictStatus classStatus(int vm, int fromClass, int toClass) {
        return classVerdict(vm, fromClass, toClass).status();
    }

    default VerdictStatus status(int vm, int fromHost, int toHost) {
        return classStatus(vm, classOf(fromHost), classOf(toHost));
    }

    /** OK or WARN: the migration is expected to work. */
    static boolean movable(VerdictStatus s) {
        return s == VerdictStatus.OK || s == VerdictStatus.WARN;
    }

    default int hostIndex(String name) {
        List<Host> hs = hosts();
        for (int i = 0; i < hs.size(); i++) if (hs.get(i).name().equals(name)) return i;
        return -1;
    }

    default int vmIndex(String name) {
        List<Vm> vs = vms();
        for (int i = 0; i < vs.size(); i++) if (vs.get(i).name().equals(name)) return i;
        return -1;
    }

    /** Member count of each class. */
    default int[] classSizes() {
        int[] sizes = new int[classCount()];
        for (int h = 0; h < hosts().size(); h++) sizes[classOf(h)]++;
        return sizes;
    }

    static VerdictGrid of(FleetAnalysis analysis) {
        return new VerdictGrid() {
            @Override
            public List<Host> hosts() {
                return analysis.hosts();
            }

            @Override
            public List<Vm> vms() {
                return analysis.vms();
            }

            @Override
            public int classCount() {
                return analysis.classes().size();
            }

            @Override
            public int classOf(int host) {
                return analysis.classOf(host);
            }

            @Override
            public Verdict classVerdict(int vm, int fromClass, int toClass) {
                return analysis.classVerdict(vm, fromClass, toClass);
            }

            @Override
            public VerdictStatus classStatus(int vm, int fromClass, int toClass) {
                return analysis.classStatus(vm, fromClass, toClass);
            }
        };
    }
}
