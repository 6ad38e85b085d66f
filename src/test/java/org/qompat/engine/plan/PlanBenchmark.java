package org.qompat.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.engine.Finding;
import org.qompat.engine.Rule;
import org.qompat.engine.Severity;
import org.qompat.engine.Verdict;
import org.qompat.engine.VerdictStatus;
import org.qompat.model.Host;
import org.qompat.model.Provenance;
import org.qompat.model.Vm;

/**
 * Benchmark of the planning algorithms on a synthetic verdict grid the size of a large fleet (not a test):
 * {@code mvn -B -o -q test-compile exec:java} is not configured, so run it with the test class path, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.qompat.engine.plan.PlanBenchmark 10000 30 1000}.
 * Verdicts are precomputed per VM and class pair (as the engine's FleetAnalysis holds them), so the numbers are
 * the planner's own cost.
 */
public final class PlanBenchmark {

    public static void main(String[] args) {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int vms = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        VerdictGrid grid = synthetic(hosts, classes, vms, 1);
        VerdictGrid changed = synthetic(hosts, classes, vms, 2);
        System.out.printf("grid: %d hosts, %d classes, %d VMs%n", hosts, classes, vms);
        List<String> drained = new ArrayList<>();
        for (int h = 0; h < hosts / 20; h++) drained.add(grid.hosts().get(h).name());
        time("FleetSummary.of (fleet)", () -> FleetSummary.of(grid).pareto().size());
        time("FleetSummary.perLabel (10 clusters)", () -> FleetSummary.perLabel(grid, "cluster").size());
        time("MigrationDomains.forAllVms", () -> MigrationDomains.forAllVms(grid).domains().size());
        time("VmReach for every VM", () -> {
            int n = 0;
            for (int v = 0; v < vms; v++) n += VmReach.of(grid, v).direct().size() > 0 ? 1 : 0;
            return n;
        });
        time("DrainCheck (" + drained.size() + " hosts, slots)", () -> DrainCheck.run(grid, drained).placements().size());
        time("MatrixDiff (two grids)", () -> (int) MatrixDiff.compute(grid, changed).changedCells());
    }

    private interface Work {
        int run();
    }

    private static void time(String what, Work w) {
        w.run();
        long[] ns = new long[5];
        int result = 0;
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            result = w.run();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf("%-40s median %8.1f ms  (min %.1f, max %.1f)  -> %d%n", what, ns[2] / 1e6, ns[0] / 1e6,
                ns[4] / 1e6, result);
    }

    /** Hosts in {@code classes} classes and 10 clusters, each with 40 slots; VMs spread over hosts. */
    static VerdictGrid synthetic(int hostCount, int classCount, int vmCount, int seed) {
        List<Host> hosts = new ArrayList<>(hostCount);
        int[] classOf = new int[hostCount];
        for (int h = 0; h < hostCount; h++) {
            classOf[h] = h % classCount;
            hosts.add(PlanFixtures.host("h" + h, null, true, "c" + (h % 10), Set.of())
                    .withLabels(Map.of("cluster", "c" + (h % 10), "slots", "40")));
        }
        List<Vm> vms = new ArrayList<>(vmCount);
        for (int v = 0; v < vmCount; v++) {
            vms.add(PlanFixtures.vm("vm" + v, "pc-q35-7.2", "Haswell-v4", "h" + (v * 7 % hostCount), "true"));
        }
        Verdict[][] table = new Verdict[vmCount][classCount * classCount];
        Map<String, Finding> findings = new HashMap<>();
        for (int v = 0; v < vmCount; v++) {
            for (int a = 0; a < classCount; a++) {
                for (int b = 0; b < classCount; b++) {
                    int x = (v * 31 + a * 17 + b * 13 + seed * 7) % 23;
                    VerdictStatus s = x < 15 ? VerdictStatus.OK : x < 18 ? VerdictStatus.WARN
                            : x < 22 ? VerdictStatus.BLOCKED : VerdictStatus.UNKNOWN;
                    List<Finding> f = s == VerdictStatus.BLOCKED ? List.of(findings.computeIfAbsent("p" + (x % 4),
                            k -> new Finding(Rule.EFFECTIVE_PROPERTIES, Severity.BLOCKER, "/machine/peripheral/net0", k,
                                    "on", "off", "differs", Provenance.UNKNOWN, Provenance.UNKNOWN))) : List.of();
                    table[v][a * classCount + b] = new Verdict("vm" + v, "", "", s, f);
                }
            }
        }
        return new FakeGrid(hosts, vms, classOf, null) {
            @Override
            public Verdict classVerdict(int vm, int fromClass, int toClass) {
                return table[vm][fromClass * classCount + toClass];
            }
        };
    }
}
