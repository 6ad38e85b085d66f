package org.qompat.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.qompat.model.Fleet;

/**
 * Not a test: times every export of a synthetic fleet (default 10,000 hosts in 30 classes × 1,000 VMs) and prints
 * wall time and file size. {@code java -Xmx4g -cp target/qompat.jar:target/test-classes
 * org.qompat.report.ExportBenchmark OUTDIR [HOSTS CLASSES VMS]}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int classes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int vms = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        long t0 = System.nanoTime();
        SyntheticVerdicts source = new SyntheticVerdicts(hosts, classes, vms);
        System.out.printf("fleet: %,d hosts, %d classes, %,d VMs (built in %d ms)%n", hosts, classes, vms, ms(t0));
        ReportContext ctx = new ReportContext(new Fleet(source.hosts(), source.vms(), List.of(), List.of()),
                List.of("synthetic"), Instant.now(), "qompat bench");
        BitSet one = new BitSet();
        one.set(1);
        run(source, ctx, new BitSet(), out.resolve("fleet.html"), 8);
        run(source, ctx, new BitSet(), out.resolve("fleet-scale1.png"), 1);
        run(ClassMatrix.of(source), ctx, new BitSet(), out.resolve("classes-scale16.png"), 16);
        run(source, ctx, one, out.resolve("one-vm-scale1.png"), 1);
        run(source, ctx, new BitSet(), out.resolve("fleet.svg"), 8);
        run(ClassMatrix.of(source), ctx, new BitSet(), out.resolve("classes.svg"), 8);
        run(ClassMatrix.of(source), ctx, new BitSet(), out.resolve("classes.json"), 8);
        run(ClassMatrix.of(source), ctx, new BitSet(), out.resolve("classes.csv"), 8);
        BitSet ten = new BitSet();
        ten.set(0, 10);
        run(new ScaledSourceView(source, 300), ctx, ten, out.resolve("300hosts-10vms.json"), 8);
        run(new ScaledSourceView(source, 300), ctx, ten, out.resolve("300hosts-10vms.csv"), 8);
    }

    private static void run(VerdictSource source, ReportContext ctx, BitSet vms, Path file, int scale)
            throws Exception {
        long t = System.nanoTime();
        ReportExporter.export(new ReportExporter.Request(source, vms, ctx, file, scale, Set.of()), ExportProgress.NONE);
        System.out.printf("%-26s %7d ms %,14d bytes%n", file.getFileName(), ms(t), Files.size(file));
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The first {@code n} hosts of a source (for a verdict export that fits the size cap). */
    private record ScaledSourceView(VerdictSource base, int n) implements VerdictSource {
        @Override
        public List<org.qompat.model.Host> hosts() {
            return base.hosts().subList(0, n);
        }

        @Override
        public List<org.qompat.model.Vm> vms() {
            return base.vms();
        }

        @Override
        public List<org.qompat.engine.HostClass> classes() {
            return base.classes();
        }

        @Override
        public int classOf(int hostIndex) {
            return base.classOf(hostIndex);
        }

        @Override
        public org.qompat.engine.Verdict classVerdict(int vm, int fromClass, int toClass) {
            return base.classVerdict(vm, fromClass, toClass);
        }
    }
}
