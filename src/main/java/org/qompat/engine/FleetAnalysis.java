package org.qompat.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The whole fleet's answer: for each selected VM and ordered host pair, a verdict, computed once per pair of
 * equivalence classes. Immutable once computed; safe to read from any thread.
 */
public final class FleetAnalysis {

    private final List<Host> hosts;
    private final List<Vm> vms;
    private final List<HostClass> classes;
    private final int[] classOfHost;
    /** verdicts[vm][fromClass * classCount + toClass] */
    private final Verdict[][] verdicts;

    private FleetAnalysis(List<Host> hosts, List<Vm> vms, List<HostClass> classes, int[] classOfHost,
                          Verdict[][] verdicts) {
        this.hosts = hosts;
        this.vms = vms;
        this.classes = classes;
        this.classOfHost = classOfHost;
        this.verdicts = verdicts;
    }

    public static FleetAnalysis compute(Fleet fleet) {
        return compute(fleet.hosts(), fleet.vms());
    }

    public static FleetAnalysis compute(List<Host> hosts, List<Vm> vms) {
        List<HostClass> classes = new ArrayList<>();
        int[] classOf = new int[hosts.size()];
        Map<String, List<Host>> byKey = new LinkedHashMap<>();
        for (Host h : hosts) byKey.computeIfAbsent(HostClasses.key(h), k -> new ArrayList<>()).add(h);
        for (Map.Entry<String, List<Host>> e : byKey.entrySet()) {
            classes.add(new HostClass(classes.size(), e.getKey(), e.getValue()));
        }
        Map<String, Integer> indexByKey = new LinkedHashMap<>();
        for (HostClass c : classes) indexByKey.put(c.key(), c.index());
        for (int i = 0; i < hosts.size(); i++) classOf[i] = indexByKey.get(HostClasses.key(hosts.get(i)));
        int n = classes.size();
        Verdict[][] verdicts = new Verdict[vms.size()][n * n];
        for (int v = 0; v < vms.size(); v++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    verdicts[v][a * n + b] = Compatibility.check(vms.get(v), classes.get(a).representative(),
                            classes.get(b).representative());
                }
            }
        }
        return new FleetAnalysis(List.copyOf(hosts), List.copyOf(vms), List.copyOf(classes), classOf, verdicts);
    }

    public List<Host> hosts() {
        return hosts;
    }

    public List<Vm> vms() {
        return vms;
    }

    public List<HostClass> classes() {
        return classes;
    }

    public int classOf(int hostIndex) {
        return classOfHost[hostIndex];
    }

    /** The verdict of VM {@code vm} between the classes {@code fromClass} and {@code toClass}. */
    public Verdict classVerdict(int vm, int fromClass, int toClass) {
        return verdicts[vm][fromClass * classes.size() + toClass];
    }

    public VerdictStatus status(int vm, int fromHost, int toHost) {
        return classVerdict(vm, classOfHost[fromHost], classOfHost[toHost]).status();
    }

    /** The verdict with the real host names filled in (the class verdict names the representatives). */
    public Verdict verdict(int vm, int fromHost, int toHost) {
        Verdict v = classVerdict(vm, classOfHost[fromHost], classOfHost[toHost]);
        return new Verdict(v.vm(), hosts.get(fromHost).name(), hosts.get(toHost).name(), v.status(), v.findings());
    }

    /** How many of the VMs in {@code vmMask} can move (OK or WARN) from one host to another. */
    public int movableCount(int fromHost, int toHost, BitSet vmMask) {
        int count = 0;
        for (int v = vmMask.nextSetBit(0); v >= 0; v = vmMask.nextSetBit(v + 1)) {
            VerdictStatus s = status(v, fromHost, toHost);
            if (s == VerdictStatus.OK || s == VerdictStatus.WARN) count++;
        }
        return count;
    }
}
