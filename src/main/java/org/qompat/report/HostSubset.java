package org.qompat.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.qompat.engine.HostClass;
import org.qompat.engine.Verdict;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The analysis restricted to some hosts (those checked in the window's inventory), so an export shows what the
 * window shows. Class indexes stay those of the analysis (verdicts are looked up by them); a class whose hosts are
 * all left out keeps its index with no members, and the exports skip member-less classes.
 */
public final class HostSubset {

    private HostSubset() {
    }

    /** {@code source} itself when every host is included. */
    public static VerdictSource of(VerdictSource source, BitSet included) {
        int n = source.hosts().size();
        if (included.cardinality() >= n && included.nextClearBit(0) >= n) return source;
        List<Host> hosts = new ArrayList<>();
        List<Integer> original = new ArrayList<>();
        for (int i = included.nextSetBit(0); i >= 0 && i < n; i = included.nextSetBit(i + 1)) {
            hosts.add(source.hosts().get(i));
            original.add(i);
        }
        List<HostClass> classes = new ArrayList<>();
        for (HostClass c : source.classes()) {
            List<Host> kept = c.members().stream().filter(hosts::contains).toList();
            classes.add(new HostClass(c.index(), c.key(), kept));
        }
        int[] classOf = original.stream().mapToInt(source::classOf).toArray();
        List<Host> fixedHosts = List.copyOf(hosts);
        List<HostClass> fixedClasses = List.copyOf(classes);
        return new VerdictSource() {
            @Override
            public List<Host> hosts() {
                return fixedHosts;
            }

            @Override
            public List<Vm> vms() {
                return source.vms();
            }

            @Override
            public List<HostClass> classes() {
                return fixedClasses;
            }

            @Override
            public int classOf(int hostIndex) {
                return classOf[hostIndex];
            }

            @Override
            public Verdict classVerdict(int vm, int fromClass, int toClass) {
                return source.classVerdict(vm, fromClass, toClass);
            }
        };
    }
}
