package org.qompat.model;

import java.util.List;
import java.util.Map;

/**
 * One step of a {@link Scenario}. Hosts are named as the fleet names them; builds by their content id (the label
 * is kept only so that people reading a saved scenario know which build it was).
 */
public sealed interface ScenarioChange {

    /** A sentence for people, e.g. "hosts b1, b2 run QEMU 10.0.2". */
    String describe();

    /** Run another loaded QEMU build on these hosts. */
    record UseBuild(List<String> hosts, String buildId, String buildLabel) implements ScenarioChange {
        public UseBuild {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String describe() {
            return hostList(hosts) + " run QEMU " + (buildLabel == null || buildLabel.isBlank() ? buildId : buildLabel);
        }
    }

    /** Give these hosts the kernel release and platform features of another loaded host (a kernel upgrade). */
    record UseKernelOf(List<String> hosts, String sourceHost) implements ScenarioChange {
        public UseKernelOf {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String describe() {
            return hostList(hosts) + " get the kernel and platform features of " + sourceHost;
        }
    }

    /** Set individual platform features (and optionally the kernel release) on these hosts. */
    record SetFeatures(List<String> hosts, String kernelRelease, Map<String, Boolean> features)
            implements ScenarioChange {
        public SetFeatures {
            hosts = List.copyOf(hosts);
            features = Map.copyOf(features);
        }

        @Override
        public String describe() {
            String kernel = kernelRelease == null || kernelRelease.isBlank() ? "" : " kernel " + kernelRelease + ",";
            return hostList(hosts) + " get" + kernel + " features " + new java.util.TreeMap<>(features);
        }
    }

    /** Add {@code count} hosts equal to {@code template} (same build, kernel, CPU, labels), named prefix-1…N. */
    record AddCopies(String template, int count, String namePrefix) implements ScenarioChange {
        @Override
        public String describe() {
            return "add " + count + " × " + template + " as " + namePrefix + "-1…" + namePrefix + "-" + count;
        }
    }

    /** Take these hosts out of the fleet (their VMs stay, without a host). */
    record RemoveHosts(List<String> hosts) implements ScenarioChange {
        public RemoveHosts {
            hosts = List.copyOf(hosts);
        }

        @Override
        public String describe() {
            return "remove " + hostList(hosts);
        }
    }

    private static String hostList(List<String> hosts) {
        return hosts.size() == 1 ? "host " + hosts.get(0) : "hosts " + String.join(", ", hosts);
    }
}
