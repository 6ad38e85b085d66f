package org.qompat.io.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code qompat collect host} was asked for.
 *
 * @param binary   the QEMU binary (a path, or a name looked up on PATH)
 * @param name     the host's name; null means the machine's hostname
 * @param labels   labels such as cluster=… and rack=…
 * @param machines machine types to dump VMState for, besides the default one
 * @param timeout  time-out for each QMP answer and each QEMU run
 * @param rawDir   when not null, every raw QMP answer is also saved there as QEMU wrote it
 * @param hostRoot "/" normally; another directory to read /proc and /dev from (tests)
 */
public record HostCollectOptions(String binary, String name, Map<String, String> labels, List<String> machines,
                                 Duration timeout, Path rawDir, Path hostRoot) {

    public HostCollectOptions {
        labels = Map.copyOf(labels);
        machines = List.copyOf(machines);
    }

    public static HostCollectOptions of(String binary) {
        return new HostCollectOptions(binary, null, Map.of(), List.of(), Duration.ofSeconds(60), null, Path.of("/"));
    }

    public HostCollectOptions withMachines(List<String> m) {
        return new HostCollectOptions(binary, name, labels, m, timeout, rawDir, hostRoot);
    }

    public HostCollectOptions withName(String n) {
        return new HostCollectOptions(binary, n, labels, machines, timeout, rawDir, hostRoot);
    }

    public HostCollectOptions withLabels(Map<String, String> l) {
        return new HostCollectOptions(binary, name, l, machines, timeout, rawDir, hostRoot);
    }

    public HostCollectOptions withTimeout(Duration t) {
        return new HostCollectOptions(binary, name, labels, machines, t, rawDir, hostRoot);
    }

    public HostCollectOptions withRawDir(Path d) {
        return new HostCollectOptions(binary, name, labels, machines, timeout, d, hostRoot);
    }

    public HostCollectOptions withHostRoot(Path r) {
        return new HostCollectOptions(binary, name, labels, machines, timeout, rawDir, r);
    }
}
