package org.qompat.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.qompat.engine.compat.AnalysisCache;
import org.qompat.engine.rules.HostPairFacts;
import org.qompat.engine.rules.PairContext;
import org.qompat.engine.rules.RuleSet;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The whole fleet's answer: for each VM and ordered host pair, a verdict. Hosts are grouped into equivalence
 * classes ({@link HostClasses}) and VMs into shapes ({@link VmShapes}: VMs that differ only in name and host); the
 * rules run once per (VM shape, class pair), and each VM answers with its shape's findings under its own name. Findings that depend only on the builds
 * are computed once per (VM, source build, destination build) and shared; type-level work (baselines, type diffs,
 * VMState section comparisons) is shared by all VMs. Shapes are spread over at most two worker threads. Immutable
 * once computed; safe to read from any thread.
 */
public final class FleetAnalysis {

    /** The machine this runs on has two cores shared with others; more threads would only contend. */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final List<Host> hosts;
    private final List<Vm> vms;
    private final List<HostClass> classes;
    private final int[] classOfHost;
    /** The shape of each VM (see {@link VmShapes}). */
    private final int[] shapeOfVm;
    /** verdicts[shape][fromClass * classCount + toClass], named after the shape's representative VM */
    private final Verdict[][] verdicts;
    /** Kept for drill-down: re-checking one real host pair reuses every memoised type-level result. */
    private final AnalysisCache cache;

    private FleetAnalysis(List<Host> hosts, List<Vm> vms, List<HostClass> classes, int[] classOfHost,
                          int[] shapeOfVm, Verdict[][] verdicts, AnalysisCache cache) {
        this.hosts = hosts;
        this.vms = vms;
        this.classes = classes;
        this.classOfHost = classOfHost;
        this.shapeOfVm = shapeOfVm;
        this.verdicts = verdicts;
        this.cache = cache;
    }

    public static FleetAnalysis compute(Fleet fleet) {
        return compute(fleet.hosts(), fleet.vms());
    }

    public static FleetAnalysis compute(List<Host> hosts, List<Vm> vms) {
        List<HostClass> classes = new ArrayList<>();
        int[] classOf = new int[hosts.size()];
        Map<String, List<Host>> byKey = new LinkedHashMap<>();
        Map<String, List<Integer>> indexesByKey = new HashMap<>();
        HostClasses.Keys keys = new HostClasses.Keys();
        for (int i = 0; i < hosts.size(); i++) {
            String key = keys.key(hosts.get(i));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(hosts.get(i));
            indexesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Host>> e : byKey.entrySet()) {
            int c = classes.size();
            classes.add(new HostClass(c, e.getKey(), e.getValue()));
            for (int i : indexesByKey.get(e.getKey())) classOf[i] = c;
        }
        VmShapes shapes = VmShapes.of(vms);
        Verdict[][] verdicts = new Verdict[shapes.count()][];
        AnalysisCache cache = new AnalysisCache();
        int[] buildOfClass = buildOrdinals(classes);
        int builds = java.util.Arrays.stream(buildOfClass).max().orElse(-1) + 1;
        HostPairFacts[] pairFacts = new HostPairFacts[classes.size() * classes.size()];
        Map<org.qompat.engine.compat.IdKey, List<String>> missingFlags = new HashMap<>();
        for (int a = 0; a < classes.size(); a++) {
            for (int b = 0; b < classes.size(); b++) {
                pairFacts[a * classes.size() + b] = HostPairFacts.of(classes.get(a).representative(),
                        classes.get(b).representative(), missingFlags);
            }
        }
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            pool.submit(() -> IntStream.range(0, shapes.count()).parallel()
                    .forEach(s -> verdicts[s] = computeVm(vms.get(shapes.representative()[s]), classes, buildOfClass,
                            builds, pairFacts, cache)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fleet analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fleet analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return new FleetAnalysis(List.copyOf(hosts), List.copyOf(vms), List.copyOf(classes), classOf,
                shapes.shapeOfVm(), verdicts, cache);
    }

    private static Verdict[] computeVm(Vm vm, List<HostClass> classes, int[] buildOfClass, int builds,
                                       HostPairFacts[] pairFacts, AnalysisCache cache) {
        int n = classes.size();
        Verdict[] out = new Verdict[n * n];
        List<List<Finding>> byBuilds = new ArrayList<>(java.util.Collections.nCopies(builds * builds, null));
        Object[][] prepared = new Object[builds][];
        VerdictStatus[] sharedStatus = new VerdictStatus[builds * builds];
        List<Finding> scratch = new ArrayList<>();
        // host rules memoise their findings, so many pairs repeat the same merge: share the merged lists
        Map<MergeKey, List<Finding>> merged = new HashMap<>();
        for (int a = 0; a < n; a++) {
            Host from = classes.get(a).representative();
            for (int b = 0; b < n; b++) {
                Host to = classes.get(b).representative();
                PairContext ctx = new PairContext(vm, from, to, cache, pairFacts[a * n + b]);
                int key = buildOfClass[a] * builds + buildOfClass[b];
                List<Finding> shared = byBuilds.get(key);
                if (shared == null) {
                    shared = Verdicts.sorted(RuleSet.buildFindings(ctx));
                    byBuilds.set(key, shared);
                    sharedStatus[key] = Verdicts.status(shared);
                }
                Object[] needs = prepared[buildOfClass[a]];
                if (needs == null) {
                    needs = RuleSet.prepare(ctx);
                    prepared[buildOfClass[a]] = needs;
                }
                scratch.clear();
                RuleSet.hostFindings(ctx, needs, scratch);
                if (scratch.isEmpty()) {
                    out[a * n + b] = new Verdict(vm.name(), from.name(), to.name(), sharedStatus[key], shared);
                } else {
                    MergeKey mk = new MergeKey(key, scratch.toArray(new Finding[0]));
                    List<Finding> findings = merged.get(mk);
                    if (findings == null) {
                        findings = Verdicts.merge(shared, Verdicts.sorted(scratch));
                        merged.put(mk, findings);
                    }
                    out[a * n + b] = new Verdict(vm.name(), from.name(), to.name(), Verdicts.status(findings),
                            findings);
                }
            }
        }
        return out;
    }

    /** A build pair and the host findings of one class pair, compared by identity (findings are shared objects). */
    private static final class MergeKey {
        private final int builds;
        private final Finding[] host;
        private final int hash;

        MergeKey(int builds, Finding[] host) {
            this.builds = builds;
            this.host = host;
            int h = builds;
            for (Finding f : host) h = 31 * h + System.identityHashCode(f);
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof MergeKey k) || k.builds != builds || k.hash != hash || k.host.length != host.length) {
                return false;
            }
            for (int i = 0; i < host.length; i++) if (host[i] != k.host[i]) return false;
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Each class's build as a small ordinal (builds are compared by identity; a missing build is its own). */
    private static int[] buildOrdinals(List<HostClass> classes) {
        int[] out = new int[classes.size()];
        List<Object> seen = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            Object b = classes.get(c).representative().build();
            int i = -1;
            for (int k = 0; k < seen.size(); k++) if (seen.get(k) == b) i = k;
            if (i < 0) {
                i = seen.size();
                seen.add(b);
            }
            out[c] = i;
        }
        return out;
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
        Verdict shaped = verdicts[shapeOfVm[vm]][fromClass * classes.size() + toClass];
        String name = vms.get(vm).name();
        if (name.equals(shaped.vm())) return shaped;
        // the findings are the shape's (they never name the VM); only the verdict's VM name is this VM's
        return new Verdict(name, shaped.from(), shaped.to(), shaped.status(), shaped.findings());
    }

    /** The status of {@link #classVerdict}, without making a verdict object (for loops over the whole matrix). */
    public VerdictStatus classStatus(int vm, int fromClass, int toClass) {
        return verdicts[shapeOfVm[vm]][fromClass * classes.size() + toClass].status();
    }

    public VerdictStatus status(int vm, int fromHost, int toHost) {
        return classStatus(vm, classOfHost[fromHost], classOfHost[toHost]);
    }

    /**
     * The verdict of one real host pair. Same status as the class verdict (equivalent hosts answer alike); the
     * findings are re-derived for these hosts so that host names and provenance point at their own files.
     */
    public Verdict verdict(int vm, int fromHost, int toHost) {
        Host from = hosts.get(fromHost);
        Host to = hosts.get(toHost);
        Verdict v = classVerdict(vm, classOfHost[fromHost], classOfHost[toHost]);
        if (from == classes.get(classOfHost[fromHost]).representative()
                && to == classes.get(classOfHost[toHost]).representative()) return v;
        return Compatibility.check(vms.get(vm), from, to, cache);
    }

    /** How many of the VMs in {@code vmMask} can move (OK or WARN) from one host to another. */
    public int movableCount(int fromHost, int toHost, BitSet vmMask) {
        int count = 0;
        int cell = classOfHost[fromHost] * classes.size() + classOfHost[toHost];
        for (int v = vmMask.nextSetBit(0); v >= 0; v = vmMask.nextSetBit(v + 1)) {
            VerdictStatus s = verdicts[shapeOfVm[v]][cell].status();
            if (s == VerdictStatus.OK || s == VerdictStatus.WARN) count++;
        }
        return count;
    }
}
