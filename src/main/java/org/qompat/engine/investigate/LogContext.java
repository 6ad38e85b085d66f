package org.qompat.engine.investigate;

import java.util.List;

/**
 * What the log says about where it came from: VM names (libvirt's {@code -name guest=…}, {@code vm='…'}), host
 * names (journal host, libvirt's {@code hostname:}), machine types on command lines, QEMU versions and kernels.
 * Used to pick the VM and the host pair to link findings to.
 */
public record LogContext(List<String> vms, List<String> hosts, List<String> machines, List<String> qemuVersions,
                         List<String> kernels) {

    public LogContext {
        vms = List.copyOf(vms);
        hosts = List.copyOf(hosts);
        machines = List.copyOf(machines);
        qemuVersions = List.copyOf(qemuVersions);
        kernels = List.copyOf(kernels);
    }

    public static LogContext empty() {
        return new LogContext(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
