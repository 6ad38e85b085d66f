package org.qompat.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.qompat.engine.investigate.LogDecoding;
import org.qompat.engine.investigate.MigrationLogDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qompat bench decode}: how fast the log decoder reads a long journal. The log is synthetic but made of real
 * lines: journal-wrapped libvirt chatter, with a real failing migration's stderr (from the captures) every
 * {@code --every} lines. Reports the median of the measured runs, lines/s and MB/s.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Benchmark the migration log decoder on a long synthetic journal of real lines.")
public final class BenchDecodeCommand implements Callable<Integer> {

    private static final String[] NOISE = {
        "Dec 01 10:00:%02d kvm-b07 libvirtd[1234]: info : qemuMonitorIOProcess:447 : QEMU_MONITOR_IO_PROCESS: "
                + "mon=0x7f0 buf={\"return\": {}, \"id\": \"libvirt-%d\"}",
        "Dec 01 10:00:%02d kvm-b07 systemd[1]: Started Virtual Machine qemu-%d-web.",
        "Dec 01 10:00:%02d kvm-b07 kernel: tap%d: entered promiscuous mode",
        "Dec 01 10:00:%02d kvm-b07 virtqemud[2211]: Domain id=%d name='web' uuid=4b0c… is tainted: custom-argv",
    };
    private static final String[][] FAILURES = {
        {"Features 0x1c0010130bfffa7 unsupported. Allowed features: 0x10179bfffe7",
            "Failed to load virtio-net:virtio",
            "error while loading state for instance 0x0 of device '0000:00:03.0/virtio-net'",
            "load of migration failed: Operation not permitted"},
        {"Machine type received is 'pc-q35-10.0' and local is 'pc-q35-7.2'",
            "load of migration failed: Invalid argument"},
        {"Unknown savevm section or instance '0000:00:02.0/e1000' 0. Make sure that your current VM setup matches "
                + "your saved VM setup, including any hotplugged devices", "load of migration failed: Invalid argument"},
    };

    @Option(names = "--lines", defaultValue = "100000", description = "Log lines (default ${DEFAULT-VALUE})")
    int lines;

    @Option(names = "--every", defaultValue = "500", description = "A failure every N lines (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured runs first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--iterations", defaultValue = "7", description = "Measured runs (default ${DEFAULT-VALUE})")
    int iterations;

    @Override
    public Integer call() {
        String log = synthesize(lines, every, new Random(42));
        double mb = log.getBytes(StandardCharsets.UTF_8).length / 1e6;
        MigrationLogDecoder decoder = MigrationLogDecoder.standard();
        LogDecoding last = null;
        for (int i = 0; i < warmup; i++) last = decoder.decode(log);
        long[] ns = new long[iterations];
        long[] cpu = new long[iterations];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < iterations; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = decoder.decode(log);
            ns[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        double medianMs = ns[ns.length / 2] / 1e6;
        double cpuMs = cpu[cpu.length / 2] / 1e6;
        System.out.printf("decoded %d lines (%.1f MB): %d messages, %d failure stories%n", last.lines().size(), mb,
                last.messages().size(), last.stories().size());
        System.out.printf("wall: median %.1f ms (min %.1f, max %.1f) over %d runs: %.0f lines/s, %.1f MB/s%n", medianMs,
                ns[0] / 1e6, ns[ns.length - 1] / 1e6, iterations, lines / (medianMs / 1000), mb / (medianMs / 1000));
        // CPU time of the decoding thread: what the decoder costs, whatever else shares the machine
        System.out.printf("cpu:  median %.1f ms: %.0f lines/s, %.1f MB/s%n", cpuMs, lines / (cpuMs / 1000),
                mb / (cpuMs / 1000));
        return 0;
    }

    static String synthesize(int n, int every, Random rnd) {
        StringBuilder sb = new StringBuilder(n * 110);
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % every == every - 1) pending.addAll(Arrays.asList(FAILURES[rnd.nextInt(FAILURES.length)]));
            if (!pending.isEmpty()) {
                sb.append(String.format("Dec 01 10:00:%02d kvm-b07 qemu-kvm[%d]: kvm: %s", i % 60, 4000 + i / every,
                        pending.remove(0)));
            } else {
                sb.append(String.format(NOISE[rnd.nextInt(NOISE.length)], i % 60, i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
