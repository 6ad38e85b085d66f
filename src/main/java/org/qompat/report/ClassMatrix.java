package org.qompat.report;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The class × class view of an analysis: one row and column per host class, labelled with its size. What a
 * report shows when the fleet has too many hosts for a host × host picture anyone could read.
 */
public final class ClassMatrix {

    private ClassMatrix() {
    }

    public static VerdictSource of(VerdictSource hosts) {
        List<Host> rows = new ArrayList<>();
        List<HostClass> classes = new ArrayList<>();
        List<Integer> original = new ArrayList<>();
        for (HostClass c : hosts.classes()) {
            if (c.members().isEmpty()) continue;  // every host of it left out of the export
            Host row = c.representative().withName(label(c));
            rows.add(row);
            classes.add(new HostClass(classes.size(), c.key(), List.of(row)));
            original.add(c.index());
        }
        int[] index = original.stream().mapToInt(Integer::intValue).toArray();
        List<Host> fixedRows = List.copyOf(rows);
        List<HostClass> fixedClasses = List.copyOf(classes);
        return new VerdictSource() {
            @Override
            public List<Host> hosts() {
                return fixedRows;
            }

            @Override
            public List<Vm> vms() {
                return hosts.vms();
            }

            @Override
            public List<HostClass> classes() {
                return fixedClasses;
            }

            @Override
            public int classOf(int hostIndex) {
                return hostIndex;
            }

            @Override
            public Verdict classVerdict(int vm, int fromClass, int toClass) {
                return hosts.classVerdict(vm, index[fromClass], index[toClass]);
            }
        };
    }

    /** "class 3: h17 +411" — the representative's name keeps the label recognisable. */
    static String label(HostClass c) {
        int more = c.members().size() - 1;
        return "class " + (c.index() + 1) + ": " + c.representative().name() + (more > 0 ? " +" + more : "");
    }
}
