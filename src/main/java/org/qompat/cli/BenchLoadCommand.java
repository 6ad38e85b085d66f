package org.qompat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.qompat.io.FleetLoader;
import org.qompat.io.LoadProgress;
import org.qompat.io.synthetic.SyntheticFleet;
import org.qompat.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qompat bench load}: how fast {@link FleetLoader} reads the demo fleet and a synthetic fleet generated from
 * it (1,000 hosts by default): files/s and MB/s (bytes on disk, builds gzipped), median of warm iterations.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load benchmark: the demo fleet and an N-host synthetic fleet made from it (files/s, MB/s).")
public final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--demo", paramLabel = "DIR", description = "The demo fleet directory (default: samples)")
    Path demo = Path.of("samples");

    @Option(names = "--hosts", defaultValue = "1000", description = "Synthetic hosts (default ${DEFAULT-VALUE})")
    int hosts;

    @Option(names = "--classes", defaultValue = "24", description = "Host classes (default ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--vms", defaultValue = "100", description = "Synthetic VMs (default ${DEFAULT-VALUE})")
    int vms;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured loads first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured loads (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--keep", paramLabel = "DIR", description = "Write the synthetic fleet here and keep it")
    Path keep;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(demo)) {
            System.err.println("qompat bench load: demo fleet directory not found: " + demo);
            return 2;
        }
        Fleet demoFleet = FleetLoader.load(List.of(demo), LoadProgress.NONE);
        if (demoFleet.hosts().isEmpty()) {
            System.err.println("qompat bench load: no hosts loaded from " + demo + ": " + demoFleet.problems());
            return 1;
        }
        System.out.printf("JVM: %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        measure("demo fleet " + demo, demo);
        Path dir = keep != null ? keep : Files.createTempDirectory("qompat-bench-load");
        try {
            Fleet synthetic = SyntheticFleet.generate(new SyntheticFleet.Spec(hosts, classes, vms, seed),
                    demoFleet.builds(), demoFleet.vms(), demoFleet.hosts());
            long t0 = System.nanoTime();
            SyntheticFleet.write(synthetic, dir);
            System.out.printf("generated %d hosts in %d classes (%d builds), %d VMs in %s (%.1f s)%n",
                    synthetic.hosts().size(), classes, synthetic.builds().size(), synthetic.vms().size(), dir,
                    (System.nanoTime() - t0) / 1e9);
            measure("synthetic fleet, " + hosts + " hosts", dir);
        } finally {
            if (keep == null) deleteTree(dir);
        }
        return 0;
    }

    private void measure(String what, Path dir) {
        for (int i = 0; i < warmup; i++) FleetLoader.loadDetailed(List.of(dir), LoadProgress.NONE);
        double[] seconds = new double[iterations];
        double[] cpu = new double[iterations];
        FleetLoader.Result last = null;
        for (int i = 0; i < iterations; i++) {
            long c0 = processCpuNanos();
            last = FleetLoader.loadDetailed(List.of(dir), LoadProgress.NONE);
            seconds[i] = last.nanos() / 1e9;
            cpu[i] = (processCpuNanos() - c0) / 1e9;
        }
        double median = median(seconds);
        double mb = last.bytesRead() / 1e6;
        Fleet f = last.fleet();
        System.out.printf("%s: %d files, %.1f MB on disk -> %d hosts, %d VMs, %d builds, %d problems%n", what,
                last.filesRead(), mb, f.hosts().size(), f.vms().size(), f.builds().size(), f.problems().size());
        System.out.printf("  median of %d warm loads: %.3f s = %.0f files/s, %.1f MB/s (runs: %s)%n", iterations,
                median, last.filesRead() / median, mb / median, round(seconds));
        // on a shared machine wall time includes waiting for a core; CPU time says what the load itself costs
        System.out.printf("  process CPU per load: median %.3f s (all threads, GC and JIT included)%n", median(cpu));
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static List<String> round(double[] v) {
        List<String> out = new ArrayList<>();
        for (double d : v) out.add(String.format("%.3f", d));
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
