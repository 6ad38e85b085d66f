package org.qompat.report;

import java.util.ArrayList;
import java.util.List;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The constructed fleet's verdicts over many hosts: host i is a copy of host i mod 6 (same class), so the
 * verdicts per class pair are the small fleet's and only the host count grows. For size limits and timings.
 */
final class ScaledSource implements VerdictSource {

    private final ConstructedFleet base;
    private final List<Host> hosts = new ArrayList<>();
    private final int[] classOf;
    private final List<HostClass> classes;

    ScaledSource(ConstructedFleet base, int hostCount) {
        this.base = base;
        classOf = new int[hostCount];
        List<List<Host>> members = new ArrayList<>();
        for (int c = 0; c < base.classes().size(); c++) members.add(new ArrayList<>());
        for (int i = 0; i < hostCount; i++) {
            Host h = base.hosts().get(i % base.hosts().size()).withName(String.format("host-%05d", i));
            hosts.add(h);
            classOf[i] = base.classOf(i % base.hosts().size());
            members.get(classOf[i]).add(h);
        }
        List<HostClass> list = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) list.add(new HostClass(c, "class-" + c, members.get(c)));
        classes = List.copyOf(list);
    }

    @Override
    public List<Host> hosts() {
        return hosts;
    }

    @Override
    public List<Vm> vms() {
        return base.vms();
    }

    @Override
    public List<HostClass> classes() {
        return classes;
    }

    @Override
    public int classOf(int hostIndex) {
        return classOf[hostIndex];
    }

    @Override
    public Verdict classVerdict(int vm, int fromClass, int toClass) {
        return base.classVerdict(vm, fromClass, toClass);
    }
}
