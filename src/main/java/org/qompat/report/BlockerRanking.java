package org.qompat.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.Finding;
import org.qompat.engine.HostClass;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;

/**
 * Ranks the blockers of a fleet by impact: the number of (VM, source host, destination host) combinations each
 * blocks, counted per class pair and weighted by the class sizes, so a blocker between two big classes outranks
 * one between two single hosts. Cost: VMs × classes² verdicts, independent of the number of hosts.
 */
public final class BlockerRanking {

    private BlockerRanking() {
    }

    public static List<RankedBlocker> rank(VerdictSource source, BitSet selectedVms) {
        List<HostClass> classes = source.classes();
        Map<Key, Tally> tallies = new LinkedHashMap<>();
        for (int v = selectedVms.nextSetBit(0); v >= 0; v = selectedVms.nextSetBit(v + 1)) {
            for (HostClass a : classes) {
                if (a.members().isEmpty()) continue;
                for (HostClass b : classes) {
                    if (b.members().isEmpty()) continue;
                    Verdict verdict = source.classVerdict(v, a.index(), b.index());
                    // a verdict has a handful of findings: a list beats a map per verdict (VMs × classes² of them)
                    List<Key> keys = new ArrayList<>(4);
                    List<Finding> causes = new ArrayList<>(4);
                    for (Finding f : verdict.findings()) {
                        if (f.severity() != Severity.BLOCKER) continue;
                        Key key = key(f);
                        if (!keys.contains(key)) {
                            keys.add(key);
                            causes.add(f);
                        }
                    }
                    long pairs = (long) a.members().size() * b.members().size();
                    for (int i = 0; i < keys.size(); i++) {
                        Finding f = causes.get(i);
                        Tally t = tallies.computeIfAbsent(keys.get(i), k -> new Tally(f, verdict.vm(), a, b));
                        // an example between two different hosts tells more than a host to itself
                        if (t.from == t.to && a != b) t.moveExample(f, verdict.vm(), a, b);
                        t.combinations += pairs;
                        if (keys.size() == 1) t.sole += pairs;
                        t.vms.add(verdict.vm());
                    }
                }
            }
        }
        List<RankedBlocker> ranked = new ArrayList<>();
        for (Tally t : tallies.values()) {
            Finding f = t.example;
            ranked.add(new RankedBlocker(f.rule(), f.path(), f.property(), t.combinations, t.sole,
                    new ArrayList<>(t.vms), f, t.vm, t.from.representative().name(), destination(t.from, t.to)));
        }
        ranked.sort(Comparator.comparingLong(RankedBlocker::combinations).reversed()
                .thenComparing(Comparator.comparingLong(RankedBlocker::soleCause).reversed())
                .thenComparing(r -> r.rule().id()).thenComparing(RankedBlocker::path)
                .thenComparing(RankedBlocker::property));
        return ranked;
    }

    /** Same rule, same place, same property: the same cause, whatever the values on either side. */
    record Key(org.qompat.engine.Rule rule, String path, String property) {
    }

    static Key key(Finding f) {
        return new Key(f.rule(), f.path(), f.property());
    }

    /** Within one class, name a second member as the destination so the example is not a host to itself. */
    static String destination(HostClass from, HostClass to) {
        return from == to && to.members().size() > 1 ? to.members().get(1).name() : to.representative().name();
    }

    private static final class Tally {
        Finding example;
        String vm;
        HostClass from;
        HostClass to;
        final Set<String> vms = new LinkedHashSet<>();
        long combinations;
        long sole;

        Tally(Finding example, String vm, HostClass from, HostClass to) {
            this.example = example;
            this.vm = vm;
            this.from = from;
            this.to = to;
        }

        void moveExample(Finding f, String newVm, HostClass a, HostClass b) {
            example = f;
            vm = newVm;
            from = a;
            to = b;
        }
    }
}
