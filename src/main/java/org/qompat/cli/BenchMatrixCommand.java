package org.qompat.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qompat.engine.FleetAnalysis;
import org.qompat.engine.VerdictStatus;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.io.synthetic.SyntheticFleet;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qompat bench matrix}: the full fleet matrix (every VM × every class pair) on a synthetic fleet, timed
 * cold and warm, with the heap it keeps. Target: 10,000 hosts in ~30 classes × 1,000 VMs in under 1 s warm on
 * two cores and under 1 GB heap.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times FleetAnalysis.compute on a synthetic fleet (seeded, reproducible).",
            "Run with e.g. java -Xmx1g -jar target/qompat.jar bench matrix"})
public final class BenchMatrixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hosts", defaultValue = "10000", description = "Hosts (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--classes", defaultValue = "30", description = "Host profiles (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--vms", defaultValue = "1000", description = "VMs (default: ${DEFAULT-VALUE}).")
    int vms;

    @Option(names = "--runs", defaultValue = "5", description = "Timed warm runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Where the fleet's builds and VMs come from. */
    enum Source { demo, constructed }

    @Option(names = "--fleet", defaultValue = "demo", description = {"demo: the real builds and VM trees of the demo"
            + " fleet, spread by io's SyntheticFleet; constructed: a smaller hand-built model (default: "
            + "${DEFAULT-VALUE}, constructed when the demo fleet is absent)."})
    Source source;

    @Option(names = "--demo", paramLabel = "DIR", description = "The demo fleet directory (default: samples).")
    Path demo = Path.of("samples");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long g0 = System.nanoTime();
        List<Host> fleetHosts;
        List<Vm> fleetVms;
        int builds;
        Fleet demoFleet = source == Source.demo && Files.isDirectory(demo)
                ? FleetLoader.load(List.of(demo), LoadProgress.NONE) : null;
        if (demoFleet != null && !demoFleet.hosts().isEmpty() && !demoFleet.vms().isEmpty()) {
            Fleet f = SyntheticFleet.generate(new SyntheticFleet.Spec(hosts, classes, vms, seed), demoFleet.builds(),
                    demoFleet.vms(), demoFleet.hosts());
            fleetHosts = f.hosts();
            fleetVms = f.vms();
            builds = f.builds().size();
            out.printf("fleet: io.synthetic.SyntheticFleet from the demo fleet in %s (real builds and QOM trees)%n", demo);
        } else {
            BenchFleet f = new BenchFleet(hosts, classes, vms, seed);
            fleetHosts = f.hosts;
            fleetVms = f.vms;
            builds = f.builds.size();
            out.println("fleet: constructed (BenchFleet: 4 synthetic builds, q35 VMs with 20-25 QOM nodes)");
        }
        long nodes = 0;
        for (Vm v : fleetVms) nodes += v.root() == null ? 0 : v.root().flatten().size();
        out.printf("synthetic fleet: %d hosts, %d VMs (%.0f QOM nodes each on average), %d builds (made in %d ms)%n",
                fleetHosts.size(), fleetVms.size(), fleetVms.isEmpty() ? 0.0 : (double) nodes / fleetVms.size(),
                builds, ms(g0));
        long t0 = System.nanoTime();
        FleetAnalysis fa = FleetAnalysis.compute(fleetHosts, fleetVms);
        long cold = ms(t0);
        int n = fa.classes().size();
        out.printf("classes: %d -> %d class pairs x %d VMs = %,d verdicts%n", n, n * n, fa.vms().size(),
                (long) n * n * fa.vms().size());
        out.printf("cold run (JIT not warm): %d ms%n", cold);
        List<Long> warm = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            fa = null;
            System.gc();
            long c = processCpuNanos();
            long t = System.nanoTime();
            fa = FleetAnalysis.compute(fleetHosts, fleetVms);
            warm.add(ms(t));
            cpu.add((processCpuNanos() - c) / 1_000_000);
        }
        Collections.sort(warm);
        Collections.sort(cpu);
        out.printf("warm runs (wall): %s ms; best %d ms, median %d ms%n", warm, warm.get(0), warm.get(warm.size() / 2));
        out.printf("warm runs (CPU time of the whole JVM, all threads): best %d ms, median %d ms on %d cores;"
                + " load average %.1f%n", cpu.get(0), cpu.get(cpu.size() / 2),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.gc();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = mem.getHeapMemoryUsage().getUsed();
        out.printf("heap in use with the analysis and the fleet held: %d MB (max heap %d MB)%n", used >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        Map<VerdictStatus, Long> counts = new EnumMap<>(VerdictStatus.class);
        for (int v = 0; v < fa.vms().size(); v++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) counts.merge(fa.classStatus(v, a, b), 1L, Long::sum);
            }
        }
        out.printf("class verdicts: %s%n", counts);
        out.printf("host-pair view: %,d host pairs x %d VMs = %,d verdicts answered from the class matrix%n",
                (long) hosts * hosts, vms, (long) hosts * hosts * vms);
        out.flush();
        return 0;
    }

    /** CPU time of this JVM, so that a busy machine does not hide what the computation itself costs. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return 0;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
