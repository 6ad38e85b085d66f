package org.qompat.model;

import java.util.List;
import java.util.Optional;

/** Everything loaded: hosts, VMs (with where each runs), the distinct builds, and what failed to load. */
public record Fleet(List<Host> hosts, List<Vm> vms, List<QemuBuild> builds, List<LoadProblem> problems) {

    public Fleet {
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        builds = List.copyOf(builds);
        problems = List.copyOf(problems);
    }

    public static Fleet empty() {
        return new Fleet(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Host> host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    public Optional<Vm> vm(String name) {
        return vms.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Fleet withHosts(List<Host> newHosts) {
        return new Fleet(newHosts, vms, builds, problems);
    }

    public Fleet withVms(List<Vm> newVms) {
        return new Fleet(hosts, newVms, builds, problems);
    }
}
